import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../scripts/lib/corpus/generate';
import { StoreUnavailableError } from '../../src/domain/errors';
import type { FileGraph } from '../../src/domain/graph';
import { RelationType } from '../../src/domain/relation-type';
import { extractFile } from '../../src/extract/pipeline';
import { ingestPaths } from '../../src/ingest/ingest-paths';
import { detectReuseStep, runReusePass } from '../../src/ingest/reuse-pass';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { WorkerPool } from '../../src/ingest/worker-pool';
import { buildCandidateIndex, CandidateIndex } from '../../src/ingest/candidate-index';
import { PackedSignatures } from '../../src/ingest/packed-signatures';
import { bundleForNode } from './support/bundle-for-node';
import { bucketKey } from '../../src/store/sqlite/reuse-keys';

/**
 * The reuse pass on worker threads reading their own read-only connections
 * must write exactly what the pass on the main thread writes: same edges,
 * same evidence, same confidence. A generated corpus (planted copies, OCR
 * noise, template letters) is ingested once without the pass; the pass then
 * runs on two copies of that store, in-process and on two workers.
 */
class PackedSignaturesOf extends PackedSignatures {
  constructor(signatures: FileGraph['signatures']) {
    super();
    this.push(signatures);
  }
}

describe('runReusePass on worker threads and with the in-memory candidate index', () => {
  let dir: string;
  let script: string;
  let signatures: FileGraph['signatures'];
  let corpus: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dg-reuse-workers-'));
    script = join(dir, 'reuse-worker.js');
    // Under ts-jest the sources are TypeScript: bundle the worker so a worker thread can run it.
    bundleForNode(join(__dirname, '../../src/ingest/reuse-worker.ts'), script);
    corpus = join(dir, 'corpus');
    const generated = generateCorpus({ docs: 1000, out: corpus, seed: 3 });
    const store = await openSqliteStore(join(dir, 'base'), { synchronous: 'NORMAL' });
    signatures = [];
    const extract = (bytes: Uint8Array, options: { fileName: string }): FileGraph => {
      const graph = extractFile(bytes, options);
      signatures.push(...graph.signatures);
      return graph;
    };
    try {
      await ingestPaths([generated.filesDir], store, { cwd: corpus, reuse: null, extract });
    } finally {
      await store.close();
    }
  }, 240_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function passOn(
    name: string,
    tuning: { workers: number; workerScript?: string; batchSize?: number; signaturesCoverStore?: boolean; storeIndex?: boolean },
  ) {
    const copy = join(dir, name);
    await cp(join(dir, 'base'), copy, { recursive: true });
    const store = await openSqliteStore(copy);
    try {
      const result = await runReusePass(store, signatures, detectReuseStep, undefined, tuning);
      const ids = signatures.map((s) => s.documentId);
      const edges = (await store.dump()).relations.filter((r) => r.type === RelationType.REPEATS);
      return { result, ids, edges: edges.sort((a, b) => (a.sourceId + a.targetId < b.sourceId + b.targetId ? -1 : 1)) };
    } finally {
      await store.close();
    }
  }

  it('writes the same REPEATS edges, evidence and confidence as the pass on the main thread', async () => {
    const inProcess = await passOn('in-process', { workers: 0, batchSize: 64, storeIndex: false });
    const sent = jest.spyOn(WorkerPool.prototype, 'run');
    const onWorkers = await passOn('workers', { workers: 2, workerScript: script, batchSize: 64, storeIndex: false });
    // Every batch went to a worker (not the main-thread fallback).
    expect(sent).toHaveBeenCalledTimes(Math.ceil(signatures.length / 64));
    sent.mockRestore();
    // The corpus plants hundreds of copies: an empty answer on both sides would prove nothing.
    expect(inProcess.edges.length).toBeGreaterThan(300);
    expect(onWorkers.result.warnings).toEqual([]);
    expect(onWorkers.result.relations).toBe(inProcess.result.relations);
    expect(onWorkers.edges).toEqual(inProcess.edges);
  }, 240_000);

  it('writes the same edges when candidates come from an in-memory index (of the signatures, or of the store\'s postings of their keys), on the main thread and on workers', async () => {
    const fromStore = await passOn('store-candidates', { workers: 0, batchSize: 64, storeIndex: false });
    const inMemory = await passOn('index-main', { workers: 0, batchSize: 64, signaturesCoverStore: true });
    const inMemoryOnWorkers = await passOn('index-workers', { workers: 2, workerScript: script, batchSize: 64, signaturesCoverStore: true });
    const storeIndex = await passOn('store-index-main', { workers: 0, batchSize: 64 });
    const storeIndexOnWorkers = await passOn('store-index-workers', { workers: 2, workerScript: script, batchSize: 64 });
    expect(fromStore.edges.length).toBeGreaterThan(300);
    expect(inMemory.edges).toEqual(fromStore.edges);
    expect(inMemoryOnWorkers.result.warnings).toEqual([]);
    expect(inMemoryOnWorkers.edges).toEqual(fromStore.edges);
    expect(storeIndex.edges).toEqual(fromStore.edges);
    expect(storeIndexOnWorkers.result.warnings).toEqual([]);
    expect(storeIndexOnWorkers.edges).toEqual(fromStore.edges);
  }, 240_000);

  it("finds, for every document of an increment, the stop buckets and top candidates the store finds, from the store's postings of its keys", async () => {
    const store = await openSqliteStore(join(dir, 'base'));
    try {
      // The last 100 documents as an increment: their candidates are mostly documents outside it.
      const increment = signatures.slice(-100);
      const keys = [...new Set(increment.flatMap((s) => s.buckets.map((b) => bucketKey(b) as number)))].sort((a, b) => a - b);
      for (const cap of [3, 50]) {
        const data = await store.reusePostingsOfKeys!(Float64Array.from(keys), cap);
        // Each key's documents ascending and distinct, as the index's data promises.
        for (let i = 0; i + 1 < data.offsets.length; i++) {
          const list = Array.from(data.docs.subarray(data.offsets[i]!, data.offsets[i + 1]!));
          expect(list).toEqual([...new Set(list)].sort((a, b) => a - b));
        }
        const index = new CandidateIndex(data);
        let stops = 0;
        let outside = 0;
        const inIncrement = new Set(increment.map((s) => s.documentId));
        for (const s of increment) {
          const fromStore = await store.reuseCandidatesBeyondStops!(s.buckets, 21, cap);
          const fromIndex = index.candidates(s.buckets, 21, cap);
          expect(new Set(fromIndex.stop)).toEqual(new Set(fromStore.stop));
          expect(fromIndex.candidates).toEqual(fromStore.candidates);
          stops += fromIndex.stop.length;
          outside += fromIndex.candidates.filter((c) => !inIncrement.has(c.documentId)).length;
        }
        if (cap === 3) expect(stops).toBeGreaterThan(0);
        expect(outside).toBeGreaterThan(0);
      }
    } finally {
      await store.close();
    }
  }, 240_000);

  it('finds, for every document, the stop buckets and the top candidates the store finds', async () => {
    const store = await openSqliteStore(join(dir, 'base'));
    try {
      const index = new CandidateIndex(buildCandidateIndex(new PackedSignaturesOf(signatures))!);
      // A low cap puts some buckets over it at this size, so the stop answer is exercised too.
      for (const cap of [3, 50]) {
        let stops = 0;
        for (const s of signatures) {
          const fromStore = await store.reuseCandidatesBeyondStops!(s.buckets, 21, cap);
          const fromIndex = index.candidates(s.buckets, 21, cap);
          expect(new Set(fromIndex.stop)).toEqual(new Set(fromStore.stop));
          stops += fromIndex.stop.length;
          const others = (list: Array<{ documentId: string; shared: number }>) => list.filter((c) => c.documentId !== s.documentId).slice(0, 20);
          expect(others(fromIndex.candidates)).toEqual(others(fromStore.candidates));
        }
        if (cap === 3) expect(stops).toBeGreaterThan(0);
      }
    } finally {
      await store.close();
    }
  }, 240_000);

  it('fails the pass with a store error when a worker cannot open the store', async () => {
    const copy = join(dir, 'vanishing');
    await cp(join(dir, 'base'), copy, { recursive: true });
    const store = await openSqliteStore(copy);
    try {
      // The spec names a file that does not exist: every worker's open fails, and so must the pass, loudly.
      store.readerSpec = () => ({ kind: 'sqlite', file: join(dir, 'no-such-store', 'graph.db') });
      const failed = await runReusePass(store, signatures.slice(0, 10), detectReuseStep, undefined, { workers: 1, workerScript: script }).catch(
        (error: unknown) => error,
      );
      expect(failed).toBeInstanceOf(StoreUnavailableError);
      expect((failed as Error).message).toMatch(/Cannot open the store .*no-such-store/);
    } finally {
      await store.close();
    }
  }, 60_000);
});
