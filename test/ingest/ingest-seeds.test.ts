import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Direction } from '../../src/domain/direction';
import { RelationType } from '../../src/domain/relation-type';
import { ingestPaths } from '../../src/ingest/ingest-paths';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import type { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';

/**
 * The whole chain on the seeds: real pipeline, real reuse detection, real
 * SQLite file. Asserted facts were read off the seed texts by hand, e.g.
 * seeds/000 line 24: "Thực hiện ý kiến chỉ đạo của Thường trực Tỉnh ủy tại
 * Công văn 470-CV/TU ngày 22/7/2021" (3953/UBND-KGVX implements 470-CV/TU)
 * and line 26: "đặc biệt là Kết luận số 07-KL/TW ngày 11/6/2021".
 */
describe('ingest of the seeds (real extraction)', () => {
  const seeds = resolve(__dirname, '../../seeds');
  const ub3953 = 'doc:dak-nong:3953/UBND-KGVX:2021';
  const tu470 = 'doc:dak-nong:470-CV/TU:2021';
  const kl07 = 'doc:national:07-KL/TW:2021';
  let dir: string;
  let store: SqliteGraphStore;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dg-seeds-'));
    store = await openSqliteStore(dir);
  });
  afterAll(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('ingests the five files and their nine documents, then finds them unchanged', async () => {
    const first = await ingestPaths([seeds], store, {});
    expect(first).toMatchObject({ filesSeen: 5, filesIngested: 5, filesRejected: 0, documents: 9 });
    expect((await store.stats()).inCorpus).toBe(9);
    const before = await store.dump();
    const second = await ingestPaths([seeds], store, {});
    expect(second).toMatchObject({ filesIngested: 0, filesUnchanged: 5 });
    expect(await store.dump()).toEqual(before);
  });

  it('stores the relations stated in the texts', async () => {
    const out = await store.relations([ub3953], Direction.OUT);
    const has = (type: RelationType, target: string) => out.some((r) => r.type === type && r.targetId === target);
    expect(has(RelationType.IMPLEMENTS, tu470)).toBe(true);
    expect(has(RelationType.CITES, kl07)).toBe(true);
    const chain = await store.chain(ub3953, 'UPSTREAM' as never, [RelationType.IMPLEMENTS], 2);
    expect(chain.documentIds).toContain(tu470);
  });

  it('answers filters and full-text search over the seeds', async () => {
    const dakNong = await store.listDocuments({ province: 'dak nong', inCorpus: true }, { first: 50 });
    expect(dakNong.items.map((i) => i.node.id)).toEqual(expect.arrayContaining([ub3953, tu470]));
    const hits = await store.search('phuong cham 4 tai cho', 5);
    expect(hits.map((h) => h.documentId)).toContain(ub3953);
    expect(hits.find((h) => h.documentId === ub3953)?.snippet).toContain('«phương» «châm» «4» «tại» «chỗ»');
  });
});
