import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RelationType } from '../../src/domain/relation-type';
import { ingestPaths } from '../../src/ingest/ingest-paths';
import { openSqliteStore } from '../../src/store/sqlite';

const ROOT = join(__dirname, '..', '..');

/**
 * Evidence text is the source slice, or (for passages found in the cleaned
 * text) that slice with OCR markup and page furniture removed: the same
 * words in the same order, the first and last at the span's ends.
 */
function quotesInOrder(quoted: string, text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  if (!quoted.startsWith(words[0]!) || !quoted.endsWith(words[words.length - 1]!)) return false;
  let at = 0;
  for (const word of words) {
    const found = quoted.indexOf(word, at);
    if (found < 0) return false;
    at = found + word.length;
  }
  return true;
}

// Regression: REPEATS found by the cross-file pass on text read back from the
// store came out without spans, because the stored text had lost its map to
// the source. Every piece of evidence must point at the text it quotes.
describe('evidence spans after ingesting the seeds', () => {
  it('every span of every relation quotes its evidence text from the NFC source, REPEATS included', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dg-evidence-'));
    const store = await openSqliteStore(dir);
    try {
      await ingestPaths(['seeds'], store, { cwd: ROOT });
      const { relations } = await store.dump();
      const sources = new Map<string, string>();
      const source = async (file: string): Promise<string> => {
        if (!sources.has(file)) sources.set(file, (await readFile(join(ROOT, file), 'utf8')).normalize('NFC'));
        return sources.get(file)!;
      };
      let spans = 0;
      for (const relation of relations) {
        for (const evidence of relation.evidence) {
          if (!evidence.span) continue;
          spans += 1;
          const quoted = (await source(evidence.span.file)).slice(evidence.span.start, evidence.span.end);
          expect({ relation: relation.type, quoted, cleaned: quotesInOrder(quoted, evidence.text) }).toEqual({
            relation: relation.type,
            quoted,
            cleaned: true,
          });
        }
      }
      const repeats = relations.filter((r) => r.type === RelationType.REPEATS);
      expect(repeats.length).toBeGreaterThan(0);
      for (const r of repeats) expect(r.evidence.some((e) => e.span !== null)).toBe(true);
      expect(spans).toBeGreaterThan(relations.length);
    } finally {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
