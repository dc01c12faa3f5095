import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../scripts/lib/corpus/generate';
import { measurePlantedRecall, measureRepeatsPrecision, type RepeatsPrecision, type TypeRecall } from '../../scripts/lib/bench/planted-recall';
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
 * - REPEATS measured 1.000 (408/408) since the reuse pass leaves out stop
 *   buckets (0.985-0.988 before: sources ranked below the 20 aligned
 *   candidates, behind letters of the same office sharing only template
 *   sentences). 0.95 is the issue's target; a drop under it means candidate
 *   ranking or alignment got worse.
 * - REPEATS edges stored: 911 for the 408 planted pairs (3,516 before
 *   template passages were left out of scoring). Besides the planted pairs
 *   they are common-source edges (two letters copying what both implement
 *   point at it) and letters sharing a template sentence that fewer than 50
 *   documents hold, the least stop-bucket cap (src/extract/reuse/stop-buckets.ts),
 *   which at 1,000 documents some office templates are. Three times the
 *   planted pairs leaves that room (2.2× measured) and fails if template
 *   passages count again.
 */
const THRESHOLDS: Record<string, number> = { IMPLEMENTS: 0.98, CITES: 0.98, ATTACHES: 0.98, REPEATS: 0.95 };
const MAX_REPEATS_PER_PLANTED = 3;

describe('small generated corpus through ingestPaths (real SQLite store)', () => {
  let dir: string;
  let summary: IngestSummary;
  let recall: TypeRecall[];
  let precision: RepeatsPrecision;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dg-scale-'));
    const corpus = join(dir, 'corpus');
    const generated = generateCorpus({ docs: 1000, out: corpus, seed: 1 });
    const store = await openSqliteStore(join(dir, 'data'));
    try {
      summary = await ingestPaths([generated.filesDir], store, { cwd: corpus });
      recall = await measurePlantedRecall(store, generated.groundTruth);
      precision = await measureRepeatsPrecision(store, generated.groundTruth, generated.documentsFile);
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

  it('stores few REPEATS edges beyond the planted pairs (template sentences do not count as reuse)', () => {
    const planted = recall.find((x) => x.type === 'REPEATS')!.planted;
    process.stdout.write(`REPEATS stored: ${precision.stored} (${precision.planted} planted pairs, ${precision.commonSource} common-source)\n`);
    expect(precision.stored).toBeLessThanOrEqual(MAX_REPEATS_PER_PLANTED * planted);
  });
});
