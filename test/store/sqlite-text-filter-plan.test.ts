import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listDocuments } from '../../src/store/sqlite/document-queries';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { documentNode, fileGraph, provinces } from './contract/graph-fixtures';

/**
 * A page of documents filtered by text must test each full-text match while
 * it reads a compact index, not seek every match's row: a row carries its
 * document's text, and a common word matches a third of a 100,000-document
 * store (the seeks took 170 ms for the count and as much for the page).
 * Checked on the plans SQLite chooses for the statements `listDocuments`
 * runs, and on the answers.
 */
describe('documents filtered by text', () => {
  let dir: string;
  let db: Database.Database;

  const doc = (province: 'dak-nong' | 'binh-duong', number: number, issuedOn: string, text: string) =>
    documentNode({
      id: `doc:${province}:${number}/UBND-VX:2021`,
      code: `${number}/UBND-VX`,
      year: 2021,
      issuedOn,
      provinceId: `province:${province}`,
      inCorpus: true,
      text,
    });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dg-text-filter-'));
    const store = await openSqliteStore(dir);
    await store.writeFile(
      fileGraph('letters.txt', {
        documents: [
          doc('dak-nong', 1, '2021-05-03', 'Triển khai tiêm chủng vắc xin cho người dân.'),
          doc('dak-nong', 2, '2021-05-01', 'Tăng cường xét nghiệm tại các chốt kiểm soát.'),
          doc('dak-nong', 3, '2021-04-20', 'Kế hoạch tiêm chủng đợt 2.'),
          doc('binh-duong', 4, '2021-04-25', 'Về việc tiêm chủng cho công nhân.'),
          doc('binh-duong', 5, '2021-06-01', 'Cách ly tập trung.'),
        ],
        provinces: [provinces.daknong, provinces.binhduong],
      }),
    );
    await store.close();
    db = new Database(join(dir, 'graph.db'), { readonly: true });
  });
  afterAll(async () => {
    db.close();
    await rm(dir, { recursive: true, force: true });
  });

  const plan = (sql: string): string =>
    (
      db
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all(...Array.from(sql.matchAll(/\?/g), () => 'x')) as Array<{ detail: string }>
    )
      .map((r) => r.detail)
      .join('\n');

  it('counts and pages the matches in date order', () => {
    const page = listDocuments(db, { text: 'tiem chung' }, { first: 2 });
    expect(page.totalCount).toBe(3);
    expect(page.items.map((i) => i.node.id)).toEqual(['doc:dak-nong:3/UBND-VX:2021', 'doc:binh-duong:4/UBND-VX:2021']);
    expect(page.hasNextPage).toBe(true);
    const rest = listDocuments(db, { text: 'tiem chung' }, { first: 2, after: page.items[1]!.cursor });
    expect(rest.items.map((i) => i.node.id)).toEqual(['doc:dak-nong:1/UBND-VX:2021']);
    expect(rest.hasNextPage).toBe(false);
    const inProvince = listDocuments(db, { text: 'tiêm chủng', province: 'Đắk Nông' }, { first: 20 });
    expect(inProvince.totalCount).toBe(2);
    expect(inProvince.items.map((i) => i.node.id)).toEqual(['doc:dak-nong:3/UBND-VX:2021', 'doc:dak-nong:1/UBND-VX:2021']);
  });

  it('reads compact indexes and reaches no match by its rowid', () => {
    // A connection of its own: statements are cached per connection, and this one prepares them all.
    const own = new Database(join(dir, 'graph.db'), { readonly: true });
    const prepared: string[] = [];
    const prepare = own.prepare.bind(own);
    jest.spyOn(own, 'prepare').mockImplementation(((sql: string) => {
      prepared.push(sql);
      return prepare(sql);
    }) as typeof own.prepare);
    try {
      listDocuments(own, { text: 'tiêm chủng' }, { first: 20 });
      listDocuments(own, { text: 'tiêm chủng', province: 'Đắk Nông' }, { first: 20 });
    } finally {
      own.close();
    }
    const filtering = [...new Set(prepared)].filter((sql) => sql.includes('documents_fts'));
    // The count and the page, with the province filter and without.
    expect(filtering).toHaveLength(4);
    for (const sql of filtering) {
      const p = plan(sql);
      expect(p).not.toMatch(/SEARCH d USING INTEGER PRIMARY KEY/);
      expect(p).toMatch(/(SCAN|SEARCH) d USING COVERING INDEX/);
    }
  });
});
