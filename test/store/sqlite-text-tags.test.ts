import Database from 'better-sqlite3';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { tagCorpusTopics } from '../../src/api/analytics/count-corpus-topics';
import { TopicCounter, type TopicCountDimension } from '../../src/api/analytics/topic-counts';
import { TOPIC_TAGGER } from '../../src/api/analytics/topic-tagger';
import { tagTopics } from '../../src/api/analytics/topic-tags';
import { InvalidArgumentError } from '../../src/domain/errors';
import type { DocumentNode } from '../../src/domain/graph';
import { extractFile } from '../../src/extract/pipeline';
import type { DocumentQuery, GraphStore, TagCounts, TagGrouping, TextTagger } from '../../src/store/port';
import { documentSortKey } from '../../src/store/shared/sort-key';
import { openSqliteReader } from '../../src/store/sqlite/open-sqlite-reader';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import type { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { countTagsQuery, MONTH_OF_SORT_KEY, untaggedDocumentsQuery } from '../../src/store/sqlite/text-tags';
import { documentNode, fileGraph, ID, provinces } from './contract/graph-fixtures';

const SEEDS = resolve(__dirname, '../../seeds');

/** A tagger that counts the texts it is given. */
function counting(inner: TextTagger): TextTagger & { calls: number } {
  const tagger = { key: inner.key, size: inner.size, calls: 0, tag: (text: string) => (tagger.calls++, inner.tag(text)) };
  return tagger;
}

/** `inner`, doing `meddle` once, just before it tags its first text: a write landing while a batch is tagged. */
function firstDoing(inner: TextTagger, meddle: () => void): TextTagger {
  let done = false;
  return {
    key: inner.key,
    size: inner.size,
    tag: (text) => {
      if (!done) {
        done = true;
        meddle();
      }
      return inner.tag(text);
    },
  };
}

async function everyInCorpus(store: GraphStore, filter: DocumentQuery): Promise<DocumentNode[]> {
  const out: DocumentNode[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.listDocuments({ ...filter, inCorpus: true }, { first: 7, after });
    out.push(...page.items.map(({ node }) => node));
    if (!page.hasNextPage) return out;
    after = page.items.at(-1)!.cursor;
  }
}

/** Topic counts worked out with the full tagger over the paged documents, independently of the store's tags and the counter. */
function reference(documents: readonly DocumentNode[], groupBy: readonly TopicCountDimension[]): Array<[string, number]> {
  const groups = new Map<string, number>();
  for (const d of documents) {
    const keys = new Set(
      tagTopics(d.text ?? '').map((tag) =>
        JSON.stringify([
          groupBy.includes('PROVINCE') ? d.provinceId : null,
          groupBy.includes('TOPIC') ? tag.topic.id : null,
          groupBy.includes('MONTH') && d.issuedOn ? d.issuedOn.slice(0, 7) : null,
        ]),
      ),
    );
    for (const key of keys) groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

const grouping = (groupBy: readonly TopicCountDimension[]): TagGrouping => ({ province: groupBy.includes('PROVINCE'), month: groupBy.includes('MONTH') });

async function counted(store: SqliteGraphStore, filter: DocumentQuery, groupBy: readonly TopicCountDimension[], tagger: TextTagger = TOPIC_TAGGER) {
  const counter = new TopicCounter(groupBy);
  for (const counts of await store.countTextTags(filter, tagger, grouping(groupBy), counter.topicBits)) counter.addTagCounts(counts);
  return counter
    .counts()
    .map((c) => [JSON.stringify([c.provinceId, c.topicId, c.month]), c.documents] as [string, number])
    .sort(([a], [b]) => a.localeCompare(b));
}

describe('topic counts from stored text tags (the seeds)', () => {
  let dir: string;
  let store: SqliteGraphStore;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dg-text-tags-seeds-'));
    store = await openSqliteStore(dir);
    const names = (await readdir(SEEDS)).filter((n) => n.endsWith('.txt')).sort();
    for (const n of names) await store.writeFile(extractFile(await readFile(join(SEEDS, n)), { fileName: `seeds/${n}` }));
  }, 60_000);
  afterAll(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it.each<[string, DocumentQuery]>([
    ['the whole corpus', {}],
    ['a province', { province: 'Đắk Nông' }],
    ['an issuer', { issuer: 'tỉnh ủy' }],
  ])('counts %s as tagging every paged document does', async (_, filter) => {
    const documents = await everyInCorpus(store, filter);
    expect(documents.length).toBeGreaterThan(0);
    for (const groupBy of [['PROVINCE', 'TOPIC', 'MONTH'], ['TOPIC'], ['PROVINCE', 'MONTH'], ['MONTH']] as TopicCountDimension[][]) {
      expect(await counted(store, filter, groupBy)).toEqual(reference(documents, groupBy));
    }
    expect(reference(documents, ['TOPIC']).length).toBeGreaterThan(2);
  });

  it('tags each text once: a second count tags nothing', async () => {
    const tagger = counting({ ...TOPIC_TAGGER, key: 'seeds-once' });
    // In no promised order: the groups counted from stored tags come in SQL's, those tagged in memory after them.
    const byGroup = (rows: readonly TagCounts[]) => [...rows].sort((a, b) => JSON.stringify([a.provinceId, a.month]).localeCompare(JSON.stringify([b.provinceId, b.month])));
    const first = byGroup(await store.countTextTags({}, tagger, { province: true, month: true }, 1));
    const withText = (await everyInCorpus(store, {})).filter((d) => d.text !== null).length;
    expect(tagger.calls).toBe(withText);
    tagger.calls = 0;
    expect(byGroup(await store.countTextTags({}, tagger, { province: true, month: true }, 1))).toEqual(first);
    expect(tagger.calls).toBe(0);
  });

  it('gives nothing for a filter nothing matches', async () => {
    expect(await store.countTextTags({ province: 'no such province' }, TOPIC_TAGGER, { province: true, month: true }, 1)).toEqual([]);
  });
});

describe('stored text tags follow the texts', () => {
  let dir: string;
  let store: SqliteGraphStore;

  const doc = (id: string, text: string | null, issuedOn = '2021-07-20'): DocumentNode =>
    documentNode({ id, code: id.split(':')[2]!, year: 2021, issuedOn, provinceId: ID.daknong, inCorpus: true, text });
  const write = (name: string, documents: DocumentNode[]) =>
    store.writeFile(fileGraph(name, { documents, provinces: [provinces.daknong] }));
  /** The whole corpus, not grouped: documents with each of three tags, and with any of them. */
  const sets = async (tagger: TextTagger) => {
    const rows = await store.countTextTags({}, tagger, { province: false, month: false }, 7);
    return rows.map((r) => ({ withTag: r.withTag, withAnyOf: r.withAnyOf }));
  };
  /** A tagger whose tags spell the words of a text: bit 0 "alpha", bit 1 "beta". */
  const words = (key = 'words'): TextTagger & { calls: number } =>
    counting({ key, size: 3, tag: (text) => (text.includes('alpha') ? 1 : 0) | (text.includes('beta') ? 2 : 0) });
  const counts = (alpha: number, beta: number, third: number, any: number) => [{ withTag: [alpha, beta, third], withAnyOf: any }];

  /** Reads the store file through a connection of its own. */
  const peek = <T>(read: (db: Database.Database) => T): T => {
    const db = new Database(join(dir, 'graph.db'), { readonly: true });
    try {
      return read(db);
    } finally {
      db.close();
    }
  };

  /**
   * Runs `work` on a store reopened with a long busy_timeout while another
   * connection holds the write lock, and checks that it did not wait: a wait
   * blocks the thread, so jest's own timeout could not end it.
   */
  const whileAnotherConnectionWrites = async (work: () => Promise<void>) => {
    const busyTimeoutMs = 10_000;
    await store.close();
    store = await openSqliteStore(dir, { busyTimeoutMs });
    const other = new Database(join(dir, 'graph.db'));
    other.exec('BEGIN IMMEDIATE');
    try {
      const started = Date.now();
      await work();
      expect(Date.now() - started).toBeLessThan(busyTimeoutMs / 2);
    } finally {
      other.exec('COMMIT');
      other.close();
    }
  };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dg-text-tags-'));
    store = await openSqliteStore(dir);
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('tags a document again when a new version of its file changes its text', async () => {
    await write('a.txt', [doc('doc:dak-nong:1/UBND:2021', 'alpha'), doc('doc:dak-nong:2/UBND:2021', 'beta')]);
    const tagger = words();
    expect(await sets(tagger)).toEqual(counts(1, 1, 0, 2));
    await write('a.txt', [doc('doc:dak-nong:1/UBND:2021', 'alpha beta'), doc('doc:dak-nong:2/UBND:2021', 'beta')]);
    tagger.calls = 0;
    expect(await sets(tagger)).toEqual(counts(1, 2, 0, 2));
    expect(tagger.calls).toBe(1);
  });

  it('keeps the tags of a document whose row is written again with the same text', async () => {
    await write('a.txt', [doc('doc:dak-nong:1/UBND:2021', 'alpha')]);
    const tagger = words();
    await sets(tagger);
    // Another file describing the same document re-merges its row; the text stays.
    await write('b.txt', [doc('doc:dak-nong:1/UBND:2021', 'alpha', '2021-07-21')]);
    tagger.calls = 0;
    expect(await sets(tagger)).toEqual(counts(1, 0, 0, 1));
    expect(tagger.calls).toBe(0);
  });

  it('does not give a deleted document’s tags to the document that takes its rowid', async () => {
    await write('a.txt', [doc('doc:dak-nong:1/UBND:2021', 'alpha')]);
    await write('b.txt', [doc('doc:dak-nong:2/UBND:2021', 'alpha')]);
    const tagger = words();
    expect(await sets(tagger)).toEqual(counts(2, 0, 0, 2));
    const scalar = (sql: string) => peek((db) => db.prepare(sql).pluck().get());
    const rowid = () => scalar('SELECT max(rowid) FROM documents');
    const before = rowid();
    await write('b.txt', []); // the document of b.txt goes: no file describes it any more
    expect(scalar('SELECT count(*) FROM text_tags')).toBe(1); // and so do its tags
    await write('c.txt', [doc('doc:dak-nong:3/UBND:2021', 'beta')]);
    expect(rowid()).toBe(before); // the new document took the freed rowid, which is what this test is about
    expect(await sets(tagger)).toEqual(counts(1, 1, 0, 2));
  });

  it('counts no tags for a document without text, and does not ask the tagger about it', async () => {
    await write('a.txt', [doc('doc:dak-nong:1/UBND:2021', null), doc('doc:dak-nong:2/UBND:2021', 'beta')]);
    const tagger = words();
    expect(await sets(tagger)).toEqual(counts(0, 1, 0, 1));
    expect(tagger.calls).toBe(1);
  });

  it('drops tags kept under another key and tags every text again', async () => {
    await write('a.txt', [doc('doc:dak-nong:1/UBND:2021', 'alpha'), doc('doc:dak-nong:2/UBND:2021', 'beta')]);
    await sets(words('first'));
    const other = counting({ key: 'second', size: 3, tag: () => 4 });
    expect(await sets(other)).toEqual(counts(0, 0, 2, 2));
    expect(other.calls).toBe(2);
    const again = words('first');
    expect(await sets(again)).toEqual(counts(1, 1, 0, 2));
    expect(again.calls).toBe(2);
  });

  it("refuses tags outside the tagger's bit set, and stores none of the batch", async () => {
    await write('a.txt', [doc('doc:dak-nong:1/UBND:2021', 'alpha'), doc('doc:dak-nong:2/UBND:2021', 'beta')]);
    for (const bad of [-1, 8, 1.5, Number.NaN]) {
      await expect(sets({ key: 'bad', size: 3, tag: (text) => (text === 'beta' ? bad : 1) })).rejects.toThrow(InvalidArgumentError);
    }
    const tagger = counting({ key: 'bad', size: 3, tag: () => 1 });
    expect(await sets(tagger)).toEqual(counts(2, 0, 0, 2));
    expect(tagger.calls).toBe(2);
  });

  it('is ready for topic counts after tagCorpusTopics, which a server runs before it serves', async () => {
    await write('a.txt', [doc('doc:dak-nong:1/UBND:2021', 'cách ly tập trung'), doc('doc:dak-nong:2/UBND:2021', 'tiêm vắc xin')]);
    expect(await tagCorpusTopics(store)).toBe(2);
    expect(await tagCorpusTopics(store)).toBe(0);
    const tagger = counting(TOPIC_TAGGER);
    const [row] = await store.countTextTags({}, tagger, { province: false, month: false }, 2 ** TOPIC_TAGGER.size - 1);
    expect(tagger.calls).toBe(0);
    expect(row!.withAnyOf).toBe(2);
    expect(row!.withTag.filter((n) => n > 0)).toEqual([1, 1]); // quarantine and vaccination
  });

  it('tags each text once when two counts run together', async () => {
    await write('a.txt', Array.from({ length: 1200 }, (_, i) => doc(`doc:dak-nong:${i + 1}/UBND:2021`, i % 3 ? 'alpha' : 'beta')));
    const tagger = words();
    const [one, two] = await Promise.all([sets(tagger), sets(tagger)]);
    expect(one).toEqual(counts(800, 400, 0, 1200));
    expect(two).toEqual(one);
    expect(tagger.calls).toBe(1200);
  });

  it('refuses a tagger of more than 31 tags and tags outside it, before tagging anything', async () => {
    await write('a.txt', [doc('doc:dak-nong:1/UBND:2021', 'alpha')]);
    const wide = counting({ key: 'wide', size: 32, tag: () => 1 });
    await expect(store.countTextTags({}, wide, { province: false, month: false }, 1)).rejects.toThrow(InvalidArgumentError);
    const tagger = words();
    await expect(store.countTextTags({}, tagger, { province: false, month: false }, 8)).rejects.toThrow(InvalidArgumentError);
    expect(wide.calls + tagger.calls).toBe(0);
  });

  it('counts the snapshot it started from, and leaves documents written meanwhile to the next count', async () => {
    await write('a.txt', Array.from({ length: 1200 }, (_, i) => doc(`doc:dak-nong:${i + 1}/UBND:2021`, i % 2 ? 'alpha' : 'beta')));
    const tagger = words();
    const running = sets(tagger);
    // The count yields between batches of 500: this write lands while it runs.
    await write('b.txt', [doc('doc:dak-nong:5000/UBND:2021', 'alpha beta')]);
    expect(await running).toEqual(counts(600, 600, 0, 1200));
    expect(tagger.calls).toBe(1200);
    tagger.calls = 0;
    expect(await sets(tagger)).toEqual(counts(601, 601, 0, 1201));
    expect(tagger.calls).toBe(1);
  });

  it('does not wait for a writer in another connection: it counts the untagged texts without storing them', async () => {
    await write('a.txt', [doc('doc:dak-nong:1/UBND:2021', 'alpha'), doc('doc:dak-nong:2/UBND:2021', 'beta')]);
    // Another tagger's tags are stored: a count that cannot replace them must not read them as its own.
    expect(await sets(counting({ key: 'other', size: 3, tag: () => 4 }))).toEqual(counts(0, 0, 2, 2));
    // And one document has no tags at all: a warm-up that went on without its key would tag it.
    await write('c.txt', [doc('doc:dak-nong:3/UBND:2021', 'alpha beta')]);
    await whileAnotherConnectionWrites(async () => {
      const tagger = words();
      expect(await sets(tagger)).toEqual(counts(2, 2, 0, 3));
      expect(await sets(tagger)).toEqual(counts(2, 2, 0, 3));
      expect(await store.tagTexts(tagger)).toBe(0); // a server's warm-up cannot adopt its key, and gives up at once
      expect(tagger.calls).toBe(6); // nothing could be stored, so the second count tagged again; the warm-up tagged nothing
    });
    const tagger = words();
    expect(await sets(tagger)).toEqual(counts(2, 2, 0, 3));
    tagger.calls = 0;
    expect(await sets(tagger)).toEqual(counts(2, 2, 0, 3));
    expect(tagger.calls).toBe(0);
  });

  it('stops tagging for a server without waiting when it cannot keep a batch', async () => {
    await write('a.txt', [doc('doc:dak-nong:1/UBND:2021', 'alpha')]);
    const tagger = words();
    expect(await store.tagTexts(tagger)).toBe(1);
    await write('b.txt', [doc('doc:dak-nong:2/UBND:2021', 'beta')]);
    await whileAnotherConnectionWrites(async () => {
      expect(await store.tagTexts(tagger)).toBe(0);
    });
    expect(await store.tagTexts(tagger)).toBe(1);
    tagger.calls = 0;
    expect(await sets(tagger)).toEqual(counts(1, 1, 0, 2));
    expect(tagger.calls).toBe(0);
  });

  it('keeps no tags from texts another connection changed or deleted while they were tagged', async () => {
    await write('a.txt', [1, 2, 3].map((n) => doc(`doc:dak-nong:${n}/UBND:2021`, 'alpha')));
    const other = new Database(join(dir, 'graph.db'));
    const inner = words();
    const tagger = firstDoing(inner, () => {
      other.prepare("UPDATE documents SET text = 'beta' WHERE id = 'doc:dak-nong:2/UBND:2021'").run();
      other.prepare("DELETE FROM documents WHERE id = 'doc:dak-nong:3/UBND:2021'").run();
    });
    try {
      // The count is of the texts as its batch read them.
      expect(await sets(tagger)).toEqual(counts(3, 0, 0, 3));
    } finally {
      other.close();
    }
    const kept = () =>
      peek((db) => db.prepare('SELECT d.text, t.tags FROM text_tags t LEFT JOIN documents d ON d.rowid = t.document').all() as Array<{ text: string | null; tags: number }>);
    expect(kept()).toEqual([]);
    // The next count tags the texts as they are now, and keeps them.
    expect(await sets(inner)).toEqual(counts(1, 1, 0, 2));
    expect(kept().map((r) => r.tags === inner.tag(r.text ?? '')).sort()).toEqual([true, true]);
  });

  it('never holds the write lock while it tags: a writer in another thread gets it within its busy_timeout', async () => {
    await write('a.txt', Array.from({ length: 3000 }, (_, i) => doc(`doc:dak-nong:${i + 1}/UBND:2021`, 'alpha')));
    // A slow tagger (1 ms a text, 0.5 s a batch): a lock held while tagging would be free only between batches.
    const slow: TextTagger = {
      key: 'slow',
      size: 3,
      tag: () => {
        const until = Date.now() + 1;
        while (Date.now() < until);
        return 1;
      },
    };
    const writer = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       const Database = require(workerData.module);
       const db = new Database(workerData.file);
       db.pragma('busy_timeout = 2000');
       parentPort.once('message', () => {
         try { db.exec('BEGIN IMMEDIATE'); db.exec('COMMIT'); parentPort.postMessage('locked'); }
         catch (error) { parentPort.postMessage(error.code); }
         finally { db.close(); }
       });`,
      { eval: true, workerData: { module: require.resolve('better-sqlite3'), file: join(dir, 'graph.db') } },
    );
    try {
      const answer = new Promise((resolve) => writer.once('message', resolve));
      const tagging = store.tagTexts(slow);
      writer.postMessage('go'); // while the first of six batches is being kept and the rest tagged
      expect(await answer).toBe('locked');
      await tagging;
    } finally {
      await writer.terminate();
    }
  }, 30_000);

  it('counts a document by what it is when its batch is read: gone from the filter or the corpus, it is not counted', async () => {
    await write('a.txt', Array.from({ length: 1200 }, (_, i) => doc(`doc:dak-nong:${i + 1}/UBND:2021`, 'alpha')));
    const tagger = words();
    const running = store.countTextTags({ province: 'Đắk Nông' }, tagger, { province: true, month: false }, 7);
    // The first batch of 500 is done when the call returns; these two come last in the province index's order (by code).
    const other = new Database(join(dir, 'graph.db'));
    try {
      other.prepare("UPDATE documents SET province_id = 'province:binh-duong' WHERE id = 'doc:dak-nong:999/UBND:2021'").run();
      other.prepare("UPDATE documents SET in_corpus = 0 WHERE id = 'doc:dak-nong:998/UBND:2021'").run();
    } finally {
      other.close();
    }
    expect(await running).toEqual([{ provinceId: ID.daknong, month: null, withTag: [1198, 0, 0], withAnyOf: 1198 }]);
    expect(tagger.calls).toBe(1198); // the two were read after they changed, not before
  });

  it('keeps nothing when another tagger takes the store over while a batch is tagged', async () => {
    await write('a.txt', Array.from({ length: 600 }, (_, i) => doc(`doc:dak-nong:${i + 1}/UBND:2021`, 'alpha')));
    const other = new Database(join(dir, 'graph.db'));
    const tagger = firstDoing(words(), () =>
      other.exec("DELETE FROM text_tags; INSERT INTO text_tagger (only_row, key) VALUES (1, 'another') ON CONFLICT(only_row) DO UPDATE SET key = excluded.key"),
    );
    try {
      expect(await store.tagTexts(tagger)).toBe(0);
    } finally {
      other.close();
    }
  });

  it('says how many documents it tagged and kept for a server, stopping when another tagger takes the store over', async () => {
    await write('a.txt', Array.from({ length: 1200 }, (_, i) => doc(`doc:dak-nong:${i + 1}/UBND:2021`, 'alpha')));
    const running = store.tagTexts(words());
    // The first batch of 500 is kept when the call returns; then another tagger's key replaces the store's.
    const other = new Database(join(dir, 'graph.db'));
    try {
      other.exec("DELETE FROM text_tags; UPDATE text_tagger SET key = 'another'");
    } finally {
      other.close();
    }
    expect(await running).toBe(500);
  });

  it('counts on a read-only connection, tagging in memory', async () => {
    await write('a.txt', [doc('doc:dak-nong:1/UBND:2021', 'alpha beta')]);
    const reader = openSqliteReader(join(dir, 'graph.db'));
    try {
      const tagger = words();
      const got = await reader.countTextTags({}, tagger, { province: false, month: false }, 7);
      expect(got.map((r) => ({ withTag: r.withTag, withAnyOf: r.withAnyOf }))).toEqual(counts(1, 1, 0, 1));
      expect(tagger.calls).toBe(1);
    } finally {
      await reader.close();
    }
  });

  it("gives each of two taggers counting at once its own counts, and keeps one tagger's tags only", async () => {
    await write('a.txt', Array.from({ length: 1200 }, (_, i) => doc(`doc:dak-nong:${i + 1}/UBND:2021`, 'alpha')));
    const first = words('first');
    const second = counting({ key: 'second', size: 3, tag: () => 4 });
    const [one, two] = await Promise.all([sets(first), sets(second)]);
    expect(one).toEqual(counts(1200, 0, 0, 1200));
    expect(two).toEqual(counts(0, 0, 1200, 1200));
    // Whichever key the store kept, asking with it again gives its own counts.
    expect(await sets(words('first'))).toEqual(counts(1200, 0, 0, 1200));
    expect(await sets(counting({ key: 'second', size: 3, tag: () => 4 }))).toEqual(counts(0, 0, 1200, 1200));
    expect(await sets(counting({ key: 'second', size: 3, tag: () => 4 }))).toEqual(counts(0, 0, 1200, 1200));
  });
});

describe('text tag statements read indexes and the tag table, not the text-bearing rows', () => {
  let dir: string;
  let db: Database.Database;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dg-text-tags-plan-'));
    (await openSqliteStore(dir)).close();
    db = new Database(join(dir, 'graph.db'), { readonly: true });
  });
  afterAll(async () => {
    db.close();
    await rm(dir, { recursive: true, force: true });
  });

  const plan = ({ sql, params }: { sql: string; params: unknown[] }): string =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((r) => r.detail).join('\n');

  it.each<[string, DocumentQuery]>([
    ['the whole corpus', {}],
    ['a province', { province: 'Đắk Nông' }],
    ['a month', { issuedFrom: '2021-07-01', issuedTo: '2021-07-31' }],
  ])('finds the untagged documents of %s in a covering index', (_, filter) => {
    const p = plan(untaggedDocumentsQuery(filter)!);
    expect(p).toMatch(/(SCAN|SEARCH) d USING COVERING INDEX documents_/);
    expect(p).not.toMatch(/SCAN d$|USING INDEX (?!.*COVERING)|INTEGER PRIMARY KEY \(rowid>/m);
  });

  it.each<[string, DocumentQuery, TagGrouping]>([
    ['the whole corpus by province and month', {}, { province: true, month: true }],
    ['the whole corpus', {}, { province: false, month: false }],
    ['a province by month', { province: 'Đắk Nông' }, { province: true, month: true }],
  ])('counts %s from a covering index, documents first', (_, filter, groupBy) => {
    const p = plan(countTagsQuery(filter, 14, groupBy, 3)!);
    const lines = p.split('\n');
    const documents = lines.findIndex((l) => /(SCAN|SEARCH) d USING COVERING INDEX documents_/.test(l));
    const tags = lines.findIndex((l) => /SEARCH t USING INTEGER PRIMARY KEY \(rowid=\?\)/.test(l));
    expect(documents).toBeGreaterThanOrEqual(0);
    expect(tags).toBeGreaterThan(documents);
  });
});

describe('the month of a sort key', () => {
  it('is the first seven characters of the issue date, or null without one', async () => {
    const db = new Database(':memory:');
    try {
      const month = db.prepare(`WITH k(key) AS (SELECT ?) SELECT ${MONTH_OF_SORT_KEY('key')} FROM k`).pluck();
      const dates = fc.oneof(
        fc.constant(null),
        fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        fc.string({ unit: fc.constantFrom(...'0123456789-/. ') }),
      );
      fc.assert(
        fc.property(dates, fc.option(fc.string({ unit: 'grapheme-ascii' })), (issuedOn, code) => {
          const want = issuedOn ? issuedOn.slice(0, 7) : null;
          expect(month.get(documentSortKey(issuedOn, code, 'doc:x:1'))).toBe(want);
        }),
        { numRuns: 2000 },
      );
    } finally {
      db.close();
    }
  });
});
