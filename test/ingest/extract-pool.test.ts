import { readFileSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { RejectedInputError } from '../../src/domain/errors';
import { extractFile } from '../../src/extract/pipeline';
import type { FileGraph } from '../../src/domain/graph';
import { ExtractPool } from '../../src/ingest/extract-pool';
import { KeyedSignature } from '../../src/ingest/keyed-signature';
import { exactBucketKey } from '../../src/store/sqlite/reuse-keys';
import { ingestPaths } from '../../src/ingest/ingest-paths';
import { prepareFile } from '../../src/ingest/prepared-file';
import { EXTRACTION_WORKER_NICENESS } from '../../src/ingest/thread-priority';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { bundleForNode } from './support/bundle-for-node';

const SEEDS = resolve(__dirname, '../../seeds');

/** The graph with plain signatures: from a worker they come as `KeyedSignature`s. */
function spelt(graph: FileGraph): FileGraph {
  return { ...graph, signatures: graph.signatures.map((s) => ({ documentId: s.documentId, buckets: s.buckets })) };
}

describe('ExtractPool (worker threads running the real pipeline)', () => {
  let dir: string;
  let script: string;
  let seeds: Array<{ name: string; bytes: Buffer }>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dg-pool-'));
    script = join(dir, 'extract-worker.js');
    // Under ts-jest the sources are TypeScript: bundle the worker so a worker thread can run it.
    bundleForNode(join(__dirname, '../../src/ingest/extract-worker.ts'), script);
    const names = (await readdir(SEEDS)).filter((n) => n.endsWith('.txt')).sort();
    seeds = await Promise.all(names.map(async (name) => ({ name: `seeds/${name}`, bytes: await readFile(join(SEEDS, name)) })));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('gives each file the graph the in-process pipeline gives, in call order', async () => {
    const pool = new ExtractPool(2, script);
    try {
      // Four rounds over the seeds, all in flight at once, so that the two workers interleave.
      const inputs = [0, 1, 2, 3].flatMap((round) => seeds.map((s) => ({ name: `${round}/${s.name}`, bytes: s.bytes })));
      const graphs = await Promise.all(inputs.map((s) => pool.extract(new Uint8Array(s.bytes), s.name)));
      expect(graphs.map((g) => g.file.name)).toEqual(inputs.map((s) => s.name));
      inputs.forEach((s, i) => expect(spelt(graphs[i]!)).toEqual(extractFile(new Uint8Array(s.bytes), { fileName: s.name })));
    } finally {
      await pool.close();
    }
  });

  it('brings signatures back with their keys as numbers, spelling the same strings on demand', async () => {
    const pool = new ExtractPool(1, script);
    try {
      const graph = await pool.extract(new Uint8Array(seeds[0]!.bytes), seeds[0]!.name);
      const inProcess = extractFile(new Uint8Array(seeds[0]!.bytes), { fileName: seeds[0]!.name });
      expect(inProcess.signatures.length).toBeGreaterThan(0);
      expect(graph.signatures.every((s) => s instanceof KeyedSignature)).toBe(true);
      graph.signatures.forEach((s, i) => {
        expect(Array.from(s.keys!)).toEqual(inProcess.signatures[i]!.buckets.map((b) => exactBucketKey(b)));
        expect(s.buckets).toEqual(inProcess.signatures[i]!.buckets);
      });
    } finally {
      await pool.close();
    }
  });

  it('transfers a buffer the caller owns whole instead of copying it', async () => {
    const pool = new ExtractPool(1, script);
    try {
      const owned = new Uint8Array(seeds[0]!.bytes.byteLength);
      owned.set(seeds[0]!.bytes);
      const graph = await pool.extract(owned, 'owned.txt');
      expect(owned.byteLength).toBe(0);
      expect(graph.documents.length).toBeGreaterThan(0);
    } finally {
      await pool.close();
    }
  });

  it('throws the error class, reason and message the pipeline throws in-process', async () => {
    const pool = new ExtractPool(2, script);
    try {
      const binary = Uint8Array.from([0x44, 0x00, 0x01, 0x02, 0x00, 0x00, 0x41]);
      const blank = new TextEncoder().encode('\n\n   \n');
      for (const input of [binary, blank]) {
        let expected: unknown;
        try {
          extractFile(input, { fileName: 'bad.txt' });
        } catch (error) {
          expected = error;
        }
        expect(expected).toBeInstanceOf(RejectedInputError);
        const thrown = await pool.extract(input.slice(), 'bad.txt').catch((error: unknown) => error);
        expect(thrown).toBeInstanceOf(RejectedInputError);
        expect(thrown).toMatchObject({ name: 'RejectedInputError', reason: (expected as RejectedInputError).reason, message: (expected as Error).message });
      }
    } finally {
      await pool.close();
    }
  });

  it('reads and extracts a file by its path as prepareFile does on the calling thread, failures as data', async () => {
    const files = join(dir, 'by-path');
    await mkdir(files, { recursive: true });
    await writeFile(join(files, 'seed.txt'), seeds[0]!.bytes);
    await writeFile(join(files, 'empty.txt'), '');
    await writeFile(join(files, 'big.txt'), seeds[0]!.bytes);
    await writeFile(join(files, 'binary.txt'), Uint8Array.from([0x44, 0x00, 0x01, 0x02, 0x00, 0x00, 0x41]));
    const cases: Array<[string, number, string | undefined]> = [
      ['seed.txt', 1e6, undefined],
      ['empty.txt', 1e6, 'empty'],
      ['big.txt', 100, 'too-large'],
      ['binary.txt', 1e6, 'binary'],
      ['missing.txt', 1e6, 'unreadable'],
    ];
    const pool = new ExtractPool(2, script);
    try {
      for (const [name, maxBytes, reason] of cases) {
        const path = join(files, name);
        const inProcess = await prepareFile(path, name, maxBytes, (bytes, fileName) => extractFile(bytes, { fileName }));
        const onWorker = await pool.prepare(path, name, maxBytes);
        expect({ ...onWorker, graph: onWorker.graph && spelt(onWorker.graph) }).toEqual(inProcess);
        expect(onWorker.rejection?.reason).toBe(reason);
      }
      const seed = await pool.prepare(join(files, 'seed.txt'), 'seed.txt', 1e6);
      expect(seed.bytes).toBe(seeds[0]!.bytes.byteLength);
      expect(spelt(seed.graph!)).toEqual(extractFile(new Uint8Array(seeds[0]!.bytes), { fileName: 'seed.txt' }));
    } finally {
      await pool.close();
    }
  });

  it('fails the files of a worker that dies, and replaces the worker', async () => {
    const dying = join(dir, 'dying-worker.js');
    await writeFile(dying, "require('node:worker_threads').parentPort.on('message', () => process.exit(3));\n");
    const pool = new ExtractPool(1, dying);
    try {
      for (const attempt of [1, 2]) {
        const thrown = await pool.extract(new Uint8Array(seeds[0]!.bytes), `try-${attempt}.txt`).catch((error: unknown) => error);
        expect(thrown).toBeInstanceOf(Error);
        expect((thrown as Error).message).toBe('extraction worker stopped (exit code 3)');
      }
    } finally {
      await pool.close();
    }
  });

  // Linux keeps a niceness per thread, listed under /proc/self/task (field 19 of each thread's stat).
  const onLinux = process.platform === 'linux' ? it : it.skip;
  const nicenessByThread = (): Map<number, number> =>
    new Map(
      readdirSync('/proc/self/task').map((tid) => {
        const fields = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        return [Number(tid), Number(fields[16])] as const;
      }),
    );
  const threadsAt = (niceness: number): number => [...nicenessByThread().values()].filter((n) => n === niceness).length;

  onLinux('runs its workers below the calling thread, which keeps its own priority', async () => {
    expect(EXTRACTION_WORKER_NICENESS).toBeGreaterThan(0);
    expect(threadsAt(EXTRACTION_WORKER_NICENESS)).toBe(0);
    const pool = new ExtractPool(2, script);
    try {
      // Two files in flight at once reach both workers, each past its start-up.
      await Promise.all([0, 1].map((k) => pool.extract(new Uint8Array(seeds[k]!.bytes), `nice-${k}.txt`)));
      expect(nicenessByThread().get(process.pid)).toBe(0);
      expect(threadsAt(EXTRACTION_WORKER_NICENESS)).toBe(2);
    } finally {
      await pool.close();
    }
    expect(threadsAt(EXTRACTION_WORKER_NICENESS)).toBe(0);
  });

  onLinux('leaves its workers at the calling thread\'s priority when asked for niceness 0', async () => {
    const before = threadsAt(0);
    const pool = new ExtractPool(2, script, 0);
    try {
      await Promise.all([0, 1].map((k) => pool.extract(new Uint8Array(seeds[k]!.bytes), `even-${k}.txt`)));
      expect(threadsAt(0)).toBeGreaterThanOrEqual(before + 2);
      expect(threadsAt(EXTRACTION_WORKER_NICENESS)).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it('lets ingestPaths build the same store with two workers as in-process', async () => {
    const dumps = [];
    const sent = jest.spyOn(ExtractPool.prototype, 'prepare');
    for (const workers of [0, 2]) {
      sent.mockClear();
      const store = await openSqliteStore(join(dir, `data-${workers}`));
      try {
        const progress: string[] = [];
        const summary = await ingestPaths([SEEDS], store, {
          workers,
          workerScript: script,
          reuse: null,
          cwd: resolve(SEEDS, '..'),
          now: () => new Date('2026-01-01T00:00:00Z'),
          onProgress: (p) => p.phase === 'files' && progress.push(`${p.done} ${p.outcome} ${p.file}`),
        });
        expect(summary.filesIngested).toBe(5);
        expect(summary.rejected).toEqual([]);
        expect(progress).toEqual(seeds.map((s, i) => `${i + 1} ingested ${s.name}`));
        expect(sent).toHaveBeenCalledTimes(workers === 0 ? 0 : 5);
        dumps.push(await store.dump());
      } finally {
        await store.close();
      }
    }
    sent.mockRestore();
    expect(dumps[0]!.documents.length).toBe(24);
    expect(dumps[1]).toEqual(dumps[0]);
  });
});
