import Database from 'better-sqlite3';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Direction } from '../../src/domain/direction';
import { RelationType } from '../../src/domain/relation-type';
import { ingestPaths, type Extractor } from '../../src/ingest/ingest-paths';
import { detectReuseStep, type ReuseStep } from '../../src/ingest/reuse-pass';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { READ_INDEXES } from '../../src/store/sqlite/read-indexes';
import type { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { SHARED_REFERENCE_ID, docId, synthesizeGraph } from './support/synthetic-extractor';

const FIXED = new Date('2026-03-04T05:06:07.000Z');

describe('ingestPaths (real SQLite store, synthetic extractor)', () => {
  let dir: string;
  let corpus: string;
  let store: SqliteGraphStore;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dg-ingest-'));
    corpus = join(dir, 'corpus');
    await mkdir(join(corpus, 'sub'), { recursive: true });
    await writeFile(join(corpus, 'one.txt'), 'DOC 1/UBND-A 2021-07-20 chống dịch\nDOC 2/UBND-A 2021-07-21 cách ly\n');
    await writeFile(join(corpus, 'sub/two.md'), 'DOC 3/UBND-A 2021-07-22 xét nghiệm\nCITES 3/UBND-A 16/CT-TTg\n');
    await writeFile(join(corpus, 'sub/three.txt'), 'DOC 4/UBND-A 2021-07-23 tiêm chủng\n');
    await writeFile(join(corpus, 'binary.txt'), 'BINARY\u0000\u0001');
    await writeFile(join(corpus, 'empty.txt'), '');
    await writeFile(join(corpus, 'crash.txt'), 'CRASH');
    await writeFile(join(corpus, 'ignored.pdf'), 'DOC 9/UBND-A 2021-07-01 not walked');
    store = await openSqliteStore(join(dir, 'data'));
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  const run = (paths: string[], extract: Extractor = synthesizeGraph, reuse: ReuseStep | null = null) =>
    ingestPaths(paths, store, { extract, reuse, cwd: dir, now: () => FIXED });

  it('ingests every readable file, collects rejections with reasons, never throws for bad input', async () => {
    const summary = await run(['corpus', 'missing-folder']);
    expect(summary).toMatchObject({
      filesSeen: 7,
      filesIngested: 3,
      filesUnchanged: 0,
      filesRejected: 4,
      documents: 4,
      // one.txt, two.md, three.txt each carry 07-KL/TW (counted once); two.md also 16/CT-TTg.
      references: 2,
      relationsByType: [{ type: RelationType.CITES, count: 5 }],
      mergedUndated: 0,
      startedAt: FIXED.toISOString(),
    });
    expect(summary.rejected.map((r) => [r.file, r.reason])).toEqual([
      ['missing-folder', 'not-found'],
      ['corpus/binary.txt', 'binary'],
      ['corpus/crash.txt', 'extraction-failed'],
      ['corpus/empty.txt', 'empty'],
    ]);
    expect(summary.rejected[2].message).toContain('synthetic extractor bug');
    const docs = await store.getDocuments([docId('1/UBND-A'), docId('4/UBND-A'), docId('9/UBND-A'), SHARED_REFERENCE_ID]);
    expect(docs.map((d) => d?.sources[0]?.file ?? null)).toEqual(['corpus/one.txt', 'corpus/sub/three.txt', null, null]);
    expect(docs[3]?.inCorpus).toBe(false);
    expect((await store.relations([SHARED_REFERENCE_ID], Direction.IN)).length).toBe(4);
  });

  it('is idempotent: a second run finds every file unchanged and the store identical', async () => {
    await run(['corpus']);
    const before = await store.dump();
    const again = await run(['corpus']);
    expect(again).toMatchObject({ filesIngested: 0, filesUnchanged: 3, documents: 0, relationsByType: [] });
    expect(await store.dump()).toEqual(before);
  });

  it('replaces the contribution of a file whose content changed', async () => {
    await run(['corpus']);
    await writeFile(join(corpus, 'one.txt'), 'DOC 1/UBND-A 2021-07-20 chống dịch, bản sửa\n');
    const summary = await run(['corpus']);
    expect(summary).toMatchObject({ filesIngested: 1, filesUnchanged: 2, documents: 1 });
    const [one, two] = await store.getDocuments([docId('1/UBND-A'), docId('2/UBND-A')]);
    expect(one?.text).toBe('chống dịch, bản sửa');
    expect(two).toBeNull();
  });

  it('checks the size before reading: an oversized file never reaches the extractor', async () => {
    const seen: string[] = [];
    const spy: Extractor = (input, options) => {
      seen.push(options.fileName);
      return synthesizeGraph(input, options);
    };
    const summary = await ingestPaths(['corpus/sub'], store, { extract: spy, reuse: null, cwd: dir, maxFileBytes: 40 });
    expect(seen).toEqual(['corpus/sub/three.txt']);
    expect(summary.rejected).toEqual([{ file: 'corpus/sub/two.md', reason: 'too-large', message: expect.stringContaining('over the limit of 40') }]);
  });

  it('merges undated references after writing', async () => {
    await writeFile(join(corpus, 'sub/four.txt'), 'DOC 5/UBND-A 2021-08-01 giãn cách\nCITES 5/UBND-A 07-KL/TW undated\n');
    const summary = await run(['corpus/sub/four.txt', 'corpus/one.txt']);
    expect(summary.mergedUndated).toBe(1);
    expect(await store.getDocuments(['doc:national:07-KL/TW:undated'])).toEqual([null]);
    const out = await store.relations([docId('5/UBND-A')], Direction.OUT);
    expect(out.map((r) => r.targetId)).toEqual([SHARED_REFERENCE_ID]);
    expect(out[0].evidence.map((e) => e.text).sort()).toEqual(['CITES 5/UBND-A 07-KL/TW undated', 'DOC 5/UBND-A 2021-08-01 giãn cách']);
  });

  it('runs the reuse step for each newly written in-corpus document against its bucket candidates', async () => {
    const calls: Array<[string, string[]]> = [];
    const step: ReuseStep = (doc, candidates, citations) => {
      calls.push([doc.id, candidates.map((c) => c.id)]);
      // Citations around the documents reach the shared reference.
      expect(citations.some((c) => c.targetId === SHARED_REFERENCE_ID)).toBe(true);
      return [];
    };
    const paragraph = 'các địa phương khẩn trương rà soát người về từ vùng dịch, thực hiện cách ly tập trung theo quy định của Bộ Y tế';
    await writeFile(join(corpus, 'sub/three.txt'), `DOC 4/UBND-A 2021-07-23 ${paragraph}\n`);
    await writeFile(join(corpus, 'sub/two.md'), `DOC 3/UBND-A 2021-07-22 ${paragraph}\n`);
    await run(['corpus/sub'], synthesizeGraph, step);
    expect(calls).toEqual([
      [docId('4/UBND-A'), [docId('3/UBND-A')]],
      [docId('3/UBND-A'), [docId('4/UBND-A')]],
    ]);
  });

  it('announces each phase after the files with a first event at 0, the reuse pass before its first document', async () => {
    const paragraph = 'các địa phương khẩn trương rà soát người về từ vùng dịch, thực hiện cách ly tập trung theo quy định của Bộ Y tế';
    await writeFile(join(corpus, 'sub/three.txt'), `DOC 4/UBND-A 2021-07-23 ${paragraph}\n`);
    await writeFile(join(corpus, 'sub/two.md'), `DOC 3/UBND-A 2021-07-22 ${paragraph}\n`);
    const events: string[] = [];
    let atFirstStep: string[] | undefined;
    // Recorded, not asserted here: the pass reports a step's exceptions as warnings.
    const step: ReuseStep = () => {
      atFirstStep ??= [...events];
      return [];
    };
    await ingestPaths(['corpus/sub'], store, {
      extract: synthesizeGraph,
      reuse: step,
      cwd: dir,
      onProgress: (p) => p.phase !== 'files' && events.push(`${p.phase} ${p.done}/${p.total}`),
    });
    expect(atFirstStep).toEqual(['postings 0/1', 'postings 1/1', 'merge 0/1', 'merge 1/1', 'reuse 0/2']);
    expect(events).toEqual(['postings 0/1', 'postings 1/1', 'merge 0/1', 'merge 1/1', 'reuse 0/2', 'reuse 1/2', 'reuse 2/2']);
  });

  it('with the real reuse detection, a copied paragraph becomes REPEATS from the later letter to the earlier', async () => {
    const paragraph =
      'Toàn hệ thống chính trị tiếp tục tập trung cao nhất cho công tác phòng chống dịch, với mục tiêu bảo vệ, chăm sóc sức khỏe tính mạng của nhân dân là trên hết, trước hết, tiếp tục thực hiện nghiêm túc và quyết liệt các văn bản chỉ đạo của Bộ Chính trị, Ban Bí thư, Chính phủ, Thủ tướng Chính phủ, Ban Chỉ đạo quốc gia phòng chống dịch Covid-19 và Bộ Y tế';
    await writeFile(join(dir, 'early.txt'), `DOC 10/UBND-B 2021-07-20 Mở đầu thư thứ nhất. ${paragraph}. Kết thúc thư thứ nhất.\n`);
    // The later letter cites the earlier one, so the shared text is a copy of it, not of a common source.
    await writeFile(
      join(dir, 'late.txt'),
      `DOC 11/UBND-B 2021-07-25 Phần riêng của thư sau về xét nghiệm. ${paragraph}. Hết.\nCITES 11/UBND-B 10/UBND-B local\n`,
    );
    const summary = await run(['early.txt', 'late.txt'], synthesizeGraph, detectReuseStep);
    expect(summary.relationsByType).toContainEqual({ type: RelationType.REPEATS, count: 1 });
    const repeats = await store.relations([docId('11/UBND-B')], Direction.OUT, [RelationType.REPEATS]);
    expect(repeats.map((r) => r.targetId)).toEqual([docId('10/UBND-B')]);
    expect(repeats[0].confidence).toBeGreaterThanOrEqual(0.7);
    expect(repeats[0].evidence[0].text).toContain('tiếp tục thực hiện nghiêm túc');
  });
  describe('batches', () => {
    it('reports every file in input order once its batch is written, whatever the batch size', async () => {
      for (const batchFiles of [1, 2, 256]) {
        const data = join(dir, `data-${batchFiles}`);
        const batchStore = await openSqliteStore(data);
        const events: string[] = [];
        const writes: number[] = [];
        const writeFiles = batchStore.writeFiles.bind(batchStore);
        batchStore.writeFiles = async (graphs) => (writes.push(graphs.length), writeFiles(graphs));
        try {
          await ingestPaths(['corpus'], batchStore, {
            extract: synthesizeGraph,
            reuse: null,
            cwd: dir,
            batchFiles,
            onProgress: (p) => p.phase === 'files' && events.push(`${p.done}/${p.total} ${p.outcome} ${p.file}`),
          });
          // expandPaths sorts: binary, crash, empty, one, sub/three, sub/two.
          expect(events).toEqual([
            '1/6 rejected corpus/binary.txt',
            '2/6 rejected corpus/crash.txt',
            '3/6 rejected corpus/empty.txt',
            '4/6 ingested corpus/one.txt',
            '5/6 ingested corpus/sub/three.txt',
            '6/6 ingested corpus/sub/two.md',
          ]);
          // Batches hold files, rejected ones included; only extracted graphs reach the store
          // (by twos: binary+crash write nothing, empty+one one graph, three+two two).
          expect(writes).toEqual({ 1: [1, 1, 1], 2: [1, 2], 256: [3] }[batchFiles]);
          expect((await batchStore.stats()).inCorpus).toBe(4);
        } finally {
          await batchStore.close();
        }
      }
    });

    it('flushes when the batch holds enough bytes, before it holds enough files', async () => {
      const writes: number[] = [];
      const writeFiles = store.writeFiles.bind(store);
      store.writeFiles = async (graphs) => (writes.push(graphs.length), writeFiles(graphs));
      // one.txt is 72 bytes, sub/three.txt 38, sub/two.md 63: 80 bytes are reached at the second of them.
      await ingestPaths(['corpus/one.txt', 'corpus/sub'], store, { extract: synthesizeGraph, reuse: null, cwd: dir, batchBytes: 80 });
      expect(writes).toEqual([2, 1]);
    });

    it('rejects only the file whose graph the store refuses and keeps the rest of its batch', async () => {
      // The same letter twice in one file: a graph with a duplicate document, which the store refuses.
      await writeFile(join(corpus, 'sub/dup.txt'), 'DOC 7/UBND-A 2021-07-25 một\nDOC 7/UBND-A 2021-07-25 một\n');
      const summary = await ingestPaths(['corpus/sub', 'corpus/one.txt'], store, { extract: synthesizeGraph, reuse: null, cwd: dir });
      expect(summary.filesIngested).toBe(3);
      expect(summary.rejected.map((r) => [r.file, r.reason])).toEqual([['corpus/sub/dup.txt', 'extraction-failed']]);
      expect(summary.rejected[0]!.message).toMatch(/^store refused the extracted graph: Document 'doc:dak-nong:7\/UBND-A:2021' appears twice/);
      const docs = await store.getDocuments([docId('1/UBND-A'), docId('3/UBND-A'), docId('4/UBND-A'), docId('7/UBND-A')]);
      expect(docs.map((d) => d?.inCorpus ?? null)).toEqual([true, true, true, null]);
    });
  });

  describe('bulk load into an empty store', () => {
    const readIndexNames = async (): Promise<string[]> => {
      const db = new Database(join(dir, 'data', 'graph.db'), { readonly: true });
      try {
        const present = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").pluck().all() as string[]);
        return READ_INDEXES.map((i) => i.name).filter((name) => present.has(name));
      } finally {
        db.close();
      }
    };

    it('stores what an ingest keeping every index stores, and ends with the indexes built', async () => {
      const summary = await run(['corpus'], synthesizeGraph, detectReuseStep);
      expect(summary.filesIngested).toBe(3);
      expect(await readIndexNames()).toEqual(READ_INDEXES.map((i) => i.name));
      const bulk = await store.dump();

      const keeping = await openSqliteStore(join(dir, 'data-keeping'));
      try {
        // The same ingest with the store declining the bulk load: every index maintained as it goes.
        keeping.beginBulkLoad = async () => false;
        await ingestPaths(['corpus'], keeping, { extract: synthesizeGraph, reuse: detectReuseStep, cwd: dir, now: () => FIXED });
        expect(bulk).toEqual(await keeping.dump());
      } finally {
        await keeping.close();
      }
    });

    it('builds the indexes again when the ingest stops with an error', async () => {
      const stop = new Error('stopped by the caller');
      await expect(
        ingestPaths(['corpus'], store, {
          extract: synthesizeGraph,
          reuse: null,
          cwd: dir,
          batchFiles: 1,
          onProgress: () => {
            throw stop;
          },
        }),
      ).rejects.toBe(stop);
      expect(await readIndexNames()).toEqual(READ_INDEXES.map((i) => i.name));
    });

    it('keeps the indexes of a store that already holds documents', async () => {
      await run(['corpus/one.txt']);
      let began: boolean | undefined;
      const begin = store.beginBulkLoad.bind(store);
      store.beginBulkLoad = async () => (began = await begin());
      await run(['corpus/sub']);
      expect(began).toBe(false);
      expect(await readIndexNames()).toEqual(READ_INDEXES.map((i) => i.name));
    });
  });
});
