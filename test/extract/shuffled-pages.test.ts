import * as fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RejectedInputError } from '../../src/domain/errors';
import { extractFile } from '../../src/extract/pipeline';

/**
 * Pages out of order, duplicated or missing are the normal case: any
 * arrangement of seed paragraphs must give a well-formed graph (spans inside
 * the source, edges between known nodes) and never throw anything but a
 * RejectedInputError.
 */
const SEEDS = join(__dirname, '..', '..', 'seeds');
const paragraphs = readdirSync(SEEDS).flatMap((f) =>
  readFileSync(join(SEEDS, f), 'utf8')
    .split(/\n\s*\n/)
    .filter((p) => p.trim().length > 0),
);

describe('shuffled seed paragraphs', () => {
  it('always give a well-formed graph', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...paragraphs), { minLength: 1, maxLength: 60 }), (parts) => {
        const text = parts.join('\n\n');
        let graph;
        try {
          graph = extractFile(text, { fileName: 'shuffled.txt' });
        } catch (error) {
          expect(error).toBeInstanceOf(RejectedInputError);
          return;
        }
        const length = graph.file.length;
        const ids = new Set(graph.documents.map((d) => d.id));
        expect(ids.size).toBe(graph.documents.length);
        for (const d of graph.documents) {
          for (const s of d.sources) {
            expect(s.start).toBeGreaterThanOrEqual(0);
            expect(s.end).toBeLessThanOrEqual(length);
            expect(s.start).toBeLessThanOrEqual(s.end);
          }
        }
        for (const r of graph.relations) {
          expect(ids.has(r.sourceId) && ids.has(r.targetId)).toBe(true);
          for (const e of r.evidence) expect(e.span!.end).toBeLessThanOrEqual(length);
        }
      }),
      { numRuns: 150 },
    );
  });
});
