import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../scripts/lib/corpus/generate';
import { measurePlantedRecall, type TypeRecall } from '../../scripts/lib/bench/planted-recall';
import { ingestPaths } from '../../src/ingest/ingest-paths';
import type { IngestSummary } from '../../src/ingest/ingest-summary';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';

/**
 * End to end at small scale: 1,000 generated documents through the real
 * pipeline into a real SQLite file, then the planted relations looked up.
 *
 * Thresholds (seed 1, so the corpus is fixed; measured 2026-11-23):
 * - IMPLEMENTS, CITES, ATTACHES were all found (945/945, 610/610,
 *   196/196): references are printed in the seeds' forms and their codes
 *   are never damaged, so anything under 0.98 is a regression in reference
 *   parsing, identity or classification, not noise.
 * - REPEATS measured 0.985-0.988 (402-403/408); the misses are copies whose source
 *   ranked below the 20 candidates the reuse pass aligns, behind letters of
 *   the same office that share only template sentences with the copier
 *   (docs/benchmarks.md). 0.95 is the issue's target; a drop under it means
 *   candidate ranking or alignment got worse.
 */
const THRESHOLDS: Record<string, number> = { IMPLEMENTS: 0.98, CITES: 0.98, ATTACHES: 0.98, REPEATS: 0.95 };

describe('small generated corpus through ingestPaths (real SQLite store)', () => {
  let dir: string;
  let summary: IngestSummary;
  let recall: TypeRecall[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dg-scale-'));
    const corpus = join(dir, 'corpus');
    const generated = generateCorpus({ docs: 1000, out: corpus, seed: 1 });
    const store = await openSqliteStore(join(dir, 'data'));
    try {
      summary = await ingestPaths([generated.filesDir], store, { cwd: corpus });
      recall = await measurePlantedRecall(store, generated.groundTruth);
    } finally {
      await store.close();
    }
  }, 240_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('ingests every file and every document', () => {
    expect(summary.filesRejected).toBe(0);
    expect(summary.documents).toBeGreaterThanOrEqual(1000);
  });

  it.each(Object.keys(THRESHOLDS))('finds the planted %s relations', (type) => {
    const r = recall.find((x) => x.type === type)!;
    expect(r.planted).toBeGreaterThan(100);
    // Printed so a reader sees the measured figure, not only pass/fail.
    process.stdout.write(`${type}: recall ${r.recall.toFixed(3)} (${r.found}/${r.planted})\n`);
    expect(r.sourceMissing).toBe(0);
    expect(r.recall).toBeGreaterThanOrEqual(THRESHOLDS[type]!);
  });
});
