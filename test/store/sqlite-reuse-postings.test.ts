import Database from 'better-sqlite3';
import fc from 'fast-check';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reuseBuckets } from '../../src/extract/reuse';
import { migrate } from '../../src/store/sqlite/migrate';
import { MIGRATIONS } from '../../src/store/sqlite/migrations';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { bucketKey, bucketKeyList, exactBucketKey, exactKeyList, integerDecimal, sqlBucketKey } from '../../src/store/sqlite/reuse-keys';
import { bucketKeyName } from '../../src/extract/reuse/reuse-buckets';
import { KeyedSignature } from '../../src/ingest/keyed-signature';
import { RECENT_POSTINGS_SHARE, settleTarget } from '../../src/store/sqlite/reuse-postings';
import type { ReusePostingIndex } from '../../src/store/port';
import type { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { documentNode, fileGraph } from './contract/graph-fixtures';

const idOf = (i: number): string => `doc:dak-nong:${200 + i}/UBND-VX:2021`;

function letters(name: string, ids: number[], buckets: (i: number) => string[]) {
  const documents = ids.map((i) =>
    documentNode({ id: idOf(i), code: `${200 + i}/UBND-VX`, year: 2021, inCorpus: true, text: `Thư số ${i}.`, sources: [{ file: name, start: 0, end: 9 }] }),
  );
  return fileGraph(name, { documents, signatures: ids.map((i) => ({ documentId: idOf(i), buckets: buckets(i) })) });
}

/** Reads the store's file directly, through a connection of its own. */
function readStore<T>(dir: string, read: (db: Database.Database) => T): T {
  const db = new Database(join(dir, 'graph.db'), { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** Postings stored: indexed ones, and with `table` 'pending' those staged and not yet indexed. */
function postingCount(dir: string, table: 'all' | 'indexed' | 'pending' = 'all'): number {
  return readStore(dir, (db) => {
    const count = (name: string) => db.prepare(`SELECT COUNT(*) FROM ${name}`).pluck().get() as number;
    // Staged postings are one row per document and file, their keys a JSON array.
    const stagedCount = () => db.prepare('SELECT COUNT(*) FROM reuse_postings_staged s, json_each(s.keys)').pluck().get() as number;
    if (table === 'indexed') return count('reuse_postings');
    if (table === 'pending') return stagedCount();
    return count('reuse_postings') + stagedCount();
  });
}

/** The settled postings' key rows, by document rowid. */
function settledKeys(dir: string): Array<{ doc: number; keys: Array<number | bigint> }> {
  return readStore(dir, (db) =>
    (db.prepare('SELECT doc, keys FROM reuse_postings_settled ORDER BY doc, file').all() as Array<{ doc: number; keys: string }>).map((r) => ({
      doc: r.doc,
      keys: (db.prepare('SELECT value FROM json_each(?)').safeIntegers().pluck().all(r.keys) as bigint[]).map((v) => (v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v)),
    })),
  );
}

function indexSql(dir: string): string | undefined {
  return readStore(dir, (db) => db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'reuse_postings_doc'").pluck().get() as string | undefined);
}

describe('bucketKey', () => {
  it('is the band above the 52-bit value for reuseBuckets keys, in JavaScript and in the migration SQL alike', () => {
    expect(bucketKey('b0:0000000000001')).toBe(1);
    expect(bucketKey('b1:fffffffffffff')).toBe(2 ** 53 - 1);
    expect(bucketKey('b2:0000000000000')).toBe(2n ** 53n);
    const keys = reuseBuckets('Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành thực hiện nghiêm Chỉ thị số 16/CT-TTg về cách ly toàn xã hội, '.repeat(3));
    expect(keys.length).toBeGreaterThan(3);
    const db = new Database(':memory:');
    const sql = db.prepare(`SELECT ${sqlBucketKey('k')} FROM (SELECT ? AS k)`).pluck();
    for (const key of [...keys, 'b1:0123456789abc', 'b0:fedcba9876543']) expect(sql.get(key)).toBe(bucketKey(key));
    db.close();
  });

  it('hashes other strings to negative integers, distinct for distinct strings here', () => {
    const others = ['template', 'shared', 'own', 'b1', 'b0:XYZ', 'b1:0123456789ABC'];
    const ints = others.map(bucketKey);
    for (const k of ints) expect(k).toBeLessThan(0);
    expect(new Set(ints).size).toBe(others.length);
  });
});

describe('bucketKeyList', () => {
  it('spells integers as String does, either side of 10^8 and up to 2^53', () => {
    const values = [0, 7, 99_999_999, 100_000_000, 100_000_001, 1_000_000_007, 2 ** 52 + 5, 2 ** 53 - 1, -1, -100_000_000, -(2 ** 53 - 1)];
    for (let k = 0; k < 200; k++) values.push(Math.floor(((k * 7919) % 1000) / 1000 * 2 ** 53) + k);
    for (const v of values) expect(integerDecimal(v)).toBe(String(v));
  });

  it('is the JSON array of the keys, bigints included', () => {
    const keys = ['b0:0000000000001', 'b1:fffffffffffff', 'b2:0000000000000', 'template'];
    expect(bucketKeyList(keys)).toBe(`[1,9007199254740991,9007199254740992,${String(bucketKey('template'))}]`);
  });

  it('is spelt the same from the keys as their exact numbers (exactKeyList)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), fc.bigInt({ min: 0n, max: 2n ** 52n - 1n })), { maxLength: 40 }),
        (pairs) => {
          const keys = pairs.map(([band, value]) => bucketKeyName(band, Number(value)));
          const numbers = Float64Array.from(keys, (k) => exactBucketKey(k)!);
          expect(exactKeyList(numbers)).toBe(bucketKeyList(keys));
        },
      ),
      { numRuns: 500 },
    );
    expect(exactKeyList(new Float64Array(0))).toBe('[]');
  });
});

describe('reuse postings', () => {
  let dir: string;
  let store: SqliteGraphStore;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dg-reuse-postings-'));
    store = await openSqliteStore(dir);
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('go with the file that contributed them, and only those of that file', async () => {
    await store.writeFile(letters('a.txt', [0, 1], () => ['b0:00000000000aa', 'shared']));
    await store.writeFile(letters('b.txt', [1, 2], (i) => ['shared', `own${i}`]));
    // Letter 1 holds 'shared' from both files: one document, counted once.
    expect((await store.reuseBucketFrequencies(['shared', 'b0:00000000000aa'], 10)).get('shared')).toBe(3);
    expect(postingCount(dir)).toBe(8);
    // a.txt replaced by a version without letter 0 and with other buckets.
    await store.writeFile(letters('a.txt', [1], () => ['b1:00000000000bb']));
    expect(postingCount(dir)).toBe(5);
    expect(await store.reuseCandidates(['b0:00000000000aa'], 10)).toEqual([]);
    expect(await store.reuseCandidates(['b1:00000000000bb', 'shared'], 10)).toEqual([
      { documentId: idOf(1), shared: 2 },
      { documentId: idOf(2), shared: 1 },
    ]);
    expect((await store.reuseBucketFrequencies(['shared'], 10)).get('shared')).toBe(2);
  });

  // Staged: written aside by each write, indexed by settleReusePostings or the store's next reuse read.
  it('are staged and indexed in one step, their keys kept by document and file (no index on document since migration 9)', async () => {
    expect(indexSql(dir)).toBeUndefined();
    await store.writeFile(letters('a.txt', [0, 1], (i) => ['shared', `own${i}`]));
    await store.writeFile(letters('b.txt', [2], () => ['shared']));
    expect(postingCount(dir, 'indexed')).toBe(0);
    expect(postingCount(dir, 'pending')).toBe(5);
    expect(await store.settleReusePostings()).toBe(5);
    expect(postingCount(dir, 'indexed')).toBe(5);
    expect(postingCount(dir, 'pending')).toBe(0);
    // One row of keys per document and file, as staged: what a later drop of those postings reads.
    expect(settledKeys(dir)).toEqual([
      { doc: 1, keys: [bucketKey('shared'), bucketKey('own0')] },
      { doc: 2, keys: [bucketKey('shared'), bucketKey('own1')] },
      { doc: 3, keys: [bucketKey('shared')] },
    ]);
    expect(await store.settleReusePostings()).toBe(0);
    expect(await store.reuseCandidates(['shared', 'own0'], 10)).toEqual([
      { documentId: idOf(0), shared: 2 },
      { documentId: idOf(1), shared: 1 },
      { documentId: idOf(2), shared: 1 },
    ]);
  });

  it('are staged alike from keys that came as numbers and from their strings', async () => {
    const texts = ['Triển khai ngay các biện pháp phòng, chống dịch COVID-19 trên địa bàn tỉnh theo chỉ đạo của Thủ tướng Chính phủ.', 'Yêu cầu các sở, ban, ngành tổ chức thực hiện nghiêm túc, báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 15.'];
    const buckets = (i: number) => reuseBuckets(texts[i % 2]!.repeat(3));
    expect(buckets(0).length).toBeGreaterThan(5);
    const staged = () => readStore(dir, (db) => db.prepare('SELECT doc, file, keys FROM reuse_postings_staged ORDER BY doc, file').all());
    await store.writeFile(letters('a.txt', [0, 1], buckets));
    const fromStrings = staged();
    await store.close();
    await rm(dir, { recursive: true, force: true });
    store = await openSqliteStore(dir);
    const keyed = letters('a.txt', [0, 1], buckets);
    keyed.signatures = keyed.signatures.map((s) => new KeyedSignature(s.documentId, Float64Array.from(s.buckets, (b) => exactBucketKey(b)!)));
    const spell = jest.spyOn(KeyedSignature.prototype, 'buckets', 'get');
    await store.writeFile(keyed);
    expect(spell).not.toHaveBeenCalled();
    spell.mockRestore();
    expect(staged()).toEqual(fromStrings);
    expect(fromStrings).toHaveLength(2);
  });

  it('when staged, join indexed ones, and the store reads them without being told to settle', async () => {
    await store.writeFile(letters('a.txt', [0], () => ['shared']));
    await store.settleReusePostings();
    await store.writeFile(letters('b.txt', [1], () => ['shared', 'b1:00000000000bb']));
    expect(postingCount(dir, 'pending')).toBe(2);
    expect(await store.reuseCandidates(['shared'], 10)).toEqual([
      { documentId: idOf(0), shared: 1 },
      { documentId: idOf(1), shared: 1 },
    ]);
    expect(postingCount(dir, 'pending')).toBe(0);
    expect(settledKeys(dir).map((r) => r.doc)).toEqual([1, 2]);
    expect((await store.reuseCandidatesBeyondStops(['shared', 'b1:00000000000bb'], 10, 1)).stop).toEqual(['shared']);
  });

  it('when staged, survive a store closed before they were indexed', async () => {
    await store.writeFile(letters('a.txt', [0, 1], () => ['shared']));
    await store.close();
    store = await openSqliteStore(dir);
    expect(postingCount(dir, 'pending')).toBe(2);
    expect((await store.reuseBucketFrequencies(['shared'], 10)).get('shared')).toBe(2);
  });

  it('when staged, go with their file or document before they are indexed', async () => {
    await store.writeFile(letters('a.txt', [0, 1], (i) => ['shared', `own${i}`]));
    // a.txt replaced by a version without letter 0: its staged postings go, letter 1's are re-staged.
    await store.writeFile(letters('a.txt', [1], () => ['b1:00000000000bb']));
    expect(postingCount(dir, 'pending')).toBe(1);
    expect(await store.reuseCandidates(['shared', 'own0', 'own1'], 10)).toEqual([]);
    expect(await store.reuseCandidates(['b1:00000000000bb'], 10)).toEqual([{ documentId: idOf(1), shared: 1 }]);
  });
});

describe('settleTarget', () => {
  it('sends staged rows to the recent table while they and the recent rows stay within the share of the others', () => {
    expect(RECENT_POSTINGS_SHARE).toBe(1 / 8);
    // A first ingest: nothing settled yet, or only recent rows.
    expect(settleTarget({ staged: 5, recent: 0, settled: 0 })).toBe('postings');
    expect(settleTarget({ staged: 1, recent: 3, settled: 3 })).toBe('postings');
    // 98,945 documents settled, 1,055 staged: the 100k increment.
    expect(settleTarget({ staged: 1055, recent: 0, settled: 98_945 })).toBe('recent');
    // 16 in reuse_postings: up to 2 recent and staged together.
    expect(settleTarget({ staged: 2, recent: 0, settled: 16 })).toBe('recent');
    expect(settleTarget({ staged: 1, recent: 1, settled: 17 })).toBe('recent');
    expect(settleTarget({ staged: 1, recent: 2, settled: 18 })).toBe('postings');
    expect(settleTarget({ staged: 3, recent: 0, settled: 16 })).toBe('postings');
  });
});

describe('recent reuse postings', () => {
  const dirs: string[] = [];
  const stores: SqliteGraphStore[] = [];
  async function freshStore(): Promise<{ dir: string; store: SqliteGraphStore }> {
    const dir = await mkdtemp(join(tmpdir(), 'dg-reuse-recent-'));
    const store = await openSqliteStore(dir);
    dirs.push(dir);
    stores.push(store);
    return { dir, store };
  }
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  // Letters 0–15 in a.txt; later files hold letters from 16 on. 'template' is in every letter, 'pair' in 0 and every later one,
  // 'even' in the even ones, 'own<i>' in one each.
  const keysOf = (i: number): string[] => ['template', `own${i}`, ...(i === 0 || i >= 16 ? ['pair'] : []), ...(i % 2 === 0 ? ['even'] : [])];
  const base = letters('a.txt', Array.from({ length: 16 }, (_, i) => i), keysOf);
  const asked = ['template', 'pair', 'even', 'own0', 'own16', 'own17', 'own18', 'absent'];

  /** Postings rows in each table, and the settled rows marked recent. */
  function tables(dir: string): { postings: number; recent: number; recentRows: number } {
    return readStore(dir, (db) => ({
      postings: db.prepare('SELECT COUNT(*) FROM reuse_postings').pluck().get() as number,
      recent: db.prepare('SELECT COUNT(*) FROM reuse_postings_recent').pluck().get() as number,
      recentRows: db.prepare('SELECT COUNT(*) FROM reuse_postings_settled WHERE recent = 1').pluck().get() as number,
    }));
  }

  /** A posting index as key → stop flag and document ids, independent of rowids. */
  function byKey(index: ReusePostingIndex): Record<string, { stop: number; ids: string[] }> {
    const out: Record<string, { stop: number; ids: string[] }> = {};
    index.keys.forEach((key, i) => {
      const ids = Array.from(index.docs.subarray(index.offsets[i]!, index.offsets[i + 1]!), (d) => index.ids[d]!);
      out[String(key)] = { stop: index.stop?.[i] ?? 0, ids: ids.sort() };
    });
    return out;
  }

  /** Every reuse read, for the keys asked and caps either side of the template's count. */
  async function reads(store: SqliteGraphStore): Promise<unknown> {
    const numeric = Float64Array.from(asked.map(bucketKey).filter((k): k is number => typeof k === 'number').sort((a, b) => a - b));
    return {
      candidates: await store.reuseCandidates(asked, 30),
      frequencies: [...(await store.reuseBucketFrequencies(asked, 30))],
      cappedFrequencies: [...(await store.reuseBucketFrequencies(asked, 16))],
      beyondStops: await store.reuseCandidatesBeyondStops(asked, 30, 16),
      postingsOfKeys: byKey(await store.reusePostingsOfKeys(numeric, 16)),
      widePostingsOfKeys: byKey(await store.reusePostingsOfKeys(numeric, 30)),
    };
  }

  /** The same files written into a fresh store in one batch: every posting then settles into reuse_postings. */
  async function readsOfOneSettle(files: Array<ReturnType<typeof letters>>): Promise<unknown> {
    const { dir, store } = await freshStore();
    await store.writeFiles(files);
    const answers = await reads(store);
    expect(tables(dir)).toMatchObject({ recent: 0, recentRows: 0 });
    return answers;
  }

  it('hold an increment apart, are read with the others, go with their file, and move into reuse_postings past the share', async () => {
    const { dir, store } = await freshStore();
    await store.writeFile(base);
    await store.settleReusePostings();
    expect(tables(dir)).toEqual({ postings: 16 * 2 + 1 + 8, recent: 0, recentRows: 0 });

    // Two letters against 16 settled: within an eighth, so into the recent table.
    const b = letters('b.txt', [16, 17], keysOf);
    await store.writeFile(b);
    expect(await store.settleReusePostings()).toBe(7);
    expect(tables(dir)).toEqual({ postings: 41, recent: 7, recentRows: 2 });
    const afterB = await reads(store);
    expect(afterB).toEqual(await readsOfOneSettle([base, b]));
    // Checked by hand: 'template' is held by 18 letters, 17 counted at cap 16 (a stop); 'pair' by letters 0, 16, 17.
    expect((afterB as { frequencies: Array<[string, number]> }).frequencies).toEqual(
      expect.arrayContaining([['template', 18], ['pair', 3], ['even', 9], ['own16', 1], ['absent', 0]]),
    );
    expect((afterB as { cappedFrequencies: Array<[string, number]> }).cappedFrequencies).toEqual(expect.arrayContaining([['template', 17]]));
    expect((afterB as { beyondStops: { stop: string[] } }).beyondStops.stop).toEqual(['template']);
    expect((afterB as { postingsOfKeys: Record<string, { ids: string[] }> }).postingsOfKeys[String(bucketKey('pair'))]!.ids).toEqual(
      [idOf(0), idOf(16), idOf(17)].sort(),
    );

    // b.txt replaced by a version without letter 17: its recent postings go, letter 16's are settled again (recent).
    const b2 = letters('b.txt', [16], keysOf);
    await store.writeFile(b2);
    await store.settleReusePostings();
    expect(tables(dir)).toEqual({ postings: 41, recent: 4, recentRows: 1 });
    expect(await reads(store)).toEqual(await readsOfOneSettle([base, b2]));

    // Two more letters would make three recent ones against 16: all of them move into reuse_postings.
    const c = letters('c.txt', [17, 18], keysOf);
    await store.writeFile(c);
    expect(await store.settleReusePostings()).toBe(7);
    expect(tables(dir)).toEqual({ postings: 41 + 4 + 7, recent: 0, recentRows: 0 });
    expect(await reads(store)).toEqual(await readsOfOneSettle([base, b2, c]));

    // Settled rows are dropped from the table they are in after the move too.
    await store.writeFile(letters('c.txt', [18], keysOf));
    await store.settleReusePostings();
    expect(tables(dir)).toEqual({ postings: 41 + 4, recent: 4, recentRows: 1 });
  });

  it('are taken by a version 10 store when it opens (migration 11), its settled postings staying where they are', async () => {
    const { dir, store } = await freshStore();
    await store.writeFile(base);
    await store.settleReusePostings();
    await store.close();
    stores.splice(0);
    const db = new Database(join(dir, 'graph.db'));
    db.exec(`DROP TABLE reuse_postings_recent;
             DROP INDEX reuse_postings_settled_recent;
             ALTER TABLE reuse_postings_settled DROP COLUMN recent;
             DELETE FROM schema_version WHERE version >= 11;`);
    db.close();

    const reopened = await openSqliteStore(dir);
    stores.push(reopened);
    expect(tables(dir)).toEqual({ postings: 41, recent: 0, recentRows: 0 });
    const b = letters('b.txt', [16, 17], keysOf);
    await reopened.writeFile(b);
    await reopened.settleReusePostings();
    expect(tables(dir)).toEqual({ postings: 41, recent: 7, recentRows: 2 });
    expect(await reads(reopened)).toEqual(await readsOfOneSettle([base, b]));
  });
});

describe('SqliteGraphStore.reuseCandidatesBeyondStops', () => {
  let dir: string;
  let store: SqliteGraphStore;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dg-reuse-beyond-'));
    store = await openSqliteStore(dir);
    // Six letters hold 'template', letters 0–2 'shared', letter 0 alone 'own'.
    await store.writeFile(letters('l.txt', [0, 1, 2, 3, 4, 5], (i) => ['template', ...(i < 3 ? ['shared'] : []), ...(i === 0 ? ['own'] : [])]));
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('names the buckets above the cap and ranks documents by the others only', async () => {
    const found = await store.reuseCandidatesBeyondStops(['own', 'template', 'shared', 'absent'], 10, 4);
    expect(found.stop).toEqual(['template']);
    expect(found.candidates).toEqual([
      { documentId: idOf(0), shared: 2 },
      { documentId: idOf(1), shared: 1 },
      { documentId: idOf(2), shared: 1 },
    ]);
    // The same answer as the two separate questions.
    const df = await store.reuseBucketFrequencies(['own', 'template', 'shared', 'absent'], 4);
    expect([...df].filter(([, n]) => n > 4).map(([b]) => b)).toEqual(found.stop);
    expect(await store.reuseCandidates(['own', 'shared', 'absent'], 10)).toEqual(found.candidates);
  });

  it('keeps every bucket at or under the cap, and limits the candidates', async () => {
    const found = await store.reuseCandidatesBeyondStops(['template', 'shared'], 2, 6);
    expect(found.stop).toEqual([]);
    expect(found.candidates).toEqual([
      { documentId: idOf(0), shared: 2 },
      { documentId: idOf(1), shared: 2 },
    ]);
    expect(await store.reuseCandidatesBeyondStops([], 2, 6)).toEqual({ candidates: [], stop: [] });
  });
});

describe('migration 3 (reuse postings as integers)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dg-reuse-migrate-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('carries a version 2 store\'s text bucket rows over, and the store keeps answering', async () => {
    const keys = ['b0:0123456789abc', 'b1:00000000000ff', 'b0:fffffffffffff'];
    const db = new Database(join(dir, 'graph.db'));
    migrate(db, MIGRATIONS.filter((m) => m.version <= 2));
    db.exec(`INSERT INTO files (name, hash, length, ingested_at) VALUES ('a.txt', 'aaaaaaaa', 1, '2021-01-01'), ('b.txt', 'bbbbbbbb', 1, '2021-01-01')`);
    const doc = db.prepare(
      `INSERT INTO documents (id, scope, type, recipient_ids, distribution, in_corpus, sources, diagnostics, sort_key)
       VALUES (?, 'dak-nong', 'CONG_VAN', '[]', '[]', 1, '[]', '[]', ?)`,
    );
    doc.run(idOf(0), 'k0');
    doc.run(idOf(1), 'k1');
    const bucket = db.prepare('INSERT INTO reuse_buckets (bucket, document_id, file_name) VALUES (?, ?, ?)');
    bucket.run(keys[0], idOf(0), 'a.txt');
    bucket.run(keys[1], idOf(0), 'a.txt');
    bucket.run(keys[1], idOf(1), 'b.txt');
    bucket.run(keys[2], idOf(1), 'b.txt');
    bucket.run('fixture-key', idOf(1), 'b.txt');
    db.close();

    const store = await openSqliteStore(dir);
    try {
      // The key of no known form has no SQL equivalent and is left behind.
      expect(postingCount(dir)).toBe(4);
      expect(await store.reuseCandidates([keys[1]!], 10)).toEqual([
        { documentId: idOf(0), shared: 1 },
        { documentId: idOf(1), shared: 1 },
      ]);
      expect(await store.reuseCandidates([keys[0]!, keys[1]!], 10)).toEqual([
        { documentId: idOf(0), shared: 2 },
        { documentId: idOf(1), shared: 1 },
      ]);
      expect([...(await store.reuseBucketFrequencies(keys, 10)).values()]).toEqual([1, 2, 1]);
      const check = new Database(join(dir, 'graph.db'), { readonly: true });
      expect(check.prepare("SELECT name FROM sqlite_master WHERE name = 'reuse_buckets'").all()).toEqual([]);
      expect(check.prepare('SELECT MAX(version) FROM schema_version').pluck().get()).toBe(MIGRATIONS.length);
      check.close();
    } finally {
      await store.close();
    }
  });
});

describe('migration 8 (staged postings one row per document and file)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dg-reuse-migrate8-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("carries a version 7 store's pending postings over, 64-bit keys exact, and settles them", async () => {
    // Band 2 keys pass 2^53: they must come back as the same integers, not rounded doubles.
    const keys = ['b0:0123456789abc', 'b1:00000000000ff', 'b2:0000000000001', 'b2:0000000000002'];
    const db = new Database(join(dir, 'graph.db'));
    migrate(db, MIGRATIONS.filter((m) => m.version <= 7));
    db.exec(`INSERT INTO files (name, hash, length, ingested_at) VALUES ('a.txt', 'aaaaaaaa', 1, '2021-01-01'), ('b.txt', 'bbbbbbbb', 1, '2021-01-01')`);
    db.exec("INSERT INTO reuse_files (id, name) VALUES (1, 'a.txt'), (2, 'b.txt')");
    const doc = db.prepare(
      `INSERT INTO documents (id, scope, type, recipient_ids, distribution, in_corpus, sources, diagnostics, sort_key)
       VALUES (?, 'dak-nong', 'CONG_VAN', '[]', '[]', 1, '[]', '[]', ?)`,
    );
    const d0 = Number(doc.run(idOf(0), 'k0').lastInsertRowid);
    const d1 = Number(doc.run(idOf(1), 'k1').lastInsertRowid);
    const pending = db.prepare('INSERT INTO reuse_postings_pending (bucket, doc, file) VALUES (?, ?, ?)');
    pending.run(bucketKey(keys[0]!), d0, 1);
    pending.run(bucketKey(keys[2]!), d0, 1);
    pending.run(bucketKey(keys[2]!), d1, 2);
    pending.run(bucketKey(keys[3]!), d1, 2);
    pending.run(bucketKey(keys[1]!), d1, 2);
    db.close();

    expect(readStore(dir, (check) => check.prepare('SELECT COUNT(*) FROM reuse_postings_pending').pluck().get())).toBe(5);
    const store = await openSqliteStore(dir);
    try {
      expect(await store.reuseCandidates([keys[2]!], 10)).toEqual([
        { documentId: idOf(0), shared: 1 },
        { documentId: idOf(1), shared: 1 },
      ]);
      expect(await store.reuseCandidates([keys[1]!, keys[2]!, keys[3]!], 10)).toEqual([
        { documentId: idOf(1), shared: 3 },
        { documentId: idOf(0), shared: 1 },
      ]);
      expect(await store.reuseCandidates([keys[0]!], 10)).toEqual([{ documentId: idOf(0), shared: 1 }]);
    } finally {
      await store.close();
    }
    expect(postingCount(dir, 'indexed')).toBe(5);
    expect(readStore(dir, (check) => check.prepare("SELECT name FROM sqlite_master WHERE name = 'reuse_postings_pending'").all())).toEqual([]);
  });
});

describe('migration 9 (settled postings dropped by their keys, no index on document)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dg-reuse-migrate9-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("records a version 8 store's settled postings by document and file, 64-bit keys exact, so that replacing a file drops exactly its own", async () => {
    // Postings of a.txt (letters 0, 1) and b.txt (letter 1) staged by today's writer, then settled the way
    // version 8 did (into reuse_postings, with its index on document), and the store set back to version 8
    // (migration 11's table dropped with it).
    const wide = 'b2:0000000000001'; // past 2^53: must come back as the same integer
    const writer = await openSqliteStore(dir);
    await writer.writeFile(letters('a.txt', [0, 1], (i) => ['shared', `own${i}`, wide]));
    await writer.writeFile(letters('b.txt', [1], () => ['shared', 'b1:00000000000bb']));
    await writer.close();
    const db = new Database(join(dir, 'graph.db'));
    db.exec(`INSERT INTO reuse_postings (bucket, doc, file) SELECT k.value, s.doc, s.file FROM reuse_postings_staged s, json_each(s.keys) k;
             DELETE FROM reuse_postings_staged;
             CREATE INDEX reuse_postings_doc ON reuse_postings(doc, file);
             DROP TABLE reuse_postings_settled;
             DROP TABLE reuse_postings_recent;
             DELETE FROM schema_version WHERE version >= 9;`);
    db.close();
    expect(indexSql(dir)).toContain('reuse_postings(doc, file)');
    expect(postingCount(dir, 'indexed')).toBe(8);

    const store = await openSqliteStore(dir);
    try {
      expect(indexSql(dir)).toBeUndefined();
      const ascending = (keys: Array<number | bigint>) => [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect(settledKeys(dir).map((r) => ({ doc: r.doc, keys: ascending(r.keys) }))).toEqual([
        // Grouped from the postings (compared as sets: the order within a row is the query's).
        { doc: 1, keys: ascending([bucketKey('shared'), bucketKey('own0'), bucketKey(wide)]) },
        { doc: 2, keys: ascending([bucketKey('shared'), bucketKey('own1'), bucketKey(wide)]) },
        { doc: 2, keys: ascending([bucketKey('shared'), bucketKey('b1:00000000000bb')]) },
      ]);
      // a.txt replaced by a version holding letter 1 alone, with one key: a.txt's other postings go, b.txt's stay.
      await store.writeFile(letters('a.txt', [1], () => ['b0:00000000000aa']));
      expect(await store.reuseCandidates(['shared', 'b1:00000000000bb', 'b0:00000000000aa', wide], 10)).toEqual([{ documentId: idOf(1), shared: 3 }]);
      expect(postingCount(dir)).toBe(3);
    } finally {
      await store.close();
    }
  });
});

describe('migration 4 (documents by province in page order)', () => {
  it('lets a province page be ordered from the index alone', () => {
    const db = new Database(':memory:');
    migrate(db);
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT rowid FROM documents d
          WHERE d.province_id IN (SELECT id FROM provinces WHERE name_key LIKE ?) ORDER BY d.sort_key LIMIT 21`,
      )
      .all('%ha noi%') as Array<{ detail: string }>;
    expect(plan.map((r) => r.detail).join('\n')).toContain('COVERING INDEX documents_province_sort');
    db.close();
  });
});
