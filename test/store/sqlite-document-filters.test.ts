import Database from 'better-sqlite3';
import fc from 'fast-check';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentType } from '../../src/domain/document-type';
import type { DocumentNode } from '../../src/domain/graph';
import { matchKey } from '../../src/shared/fold';
import type { DocumentQuery } from '../../src/store/port';
import { foldForIndex, queryTerms } from '../../src/store/shared/full-text';
import { documentSortKey } from '../../src/store/shared/sort-key';
import { listDocuments } from '../../src/store/sqlite/document-queries';
import { migrate } from '../../src/store/sqlite/migrate';
import { MIGRATIONS } from '../../src/store/sqlite/migrations';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { writeFileGraphs } from '../../src/store/sqlite/write-file';
import { documentNode, fileGraph, organizations, provinces } from './contract/graph-fixtures';

const PROVINCES = [provinces.daknong, provinces.binhduong];
const ISSUERS = [organizations.ubndDN, organizations.tinhUyDN, organizations.ubndBD];
const WORDS = ['tiêm', 'chủng', 'cách', 'ly', 'dịch'];
const TYPES = [DocumentType.CONG_VAN, DocumentType.CHI_THI, DocumentType.KE_HOACH];
const NOW = new Date('2026-01-01T00:00:00Z');

interface Described {
  province: number | null;
  issuer: number | null;
  type: number;
  inCorpus: boolean;
  day: number | null;
  coded: boolean;
  words: string[];
}

const dateOf = (day: number): string => new Date(Date.UTC(2021, 0, 1 + day)).toISOString().slice(0, 10);

function documentOf(d: Described, n: number): DocumentNode {
  const province = d.province === null ? null : PROVINCES[d.province]!;
  return documentNode({
    id: `doc:${province ? province.id.split(':')[1] : 'national'}:${n}/X:2021`,
    code: d.coded ? `${n}/X` : null,
    year: 2021,
    type: TYPES[d.type]!,
    issuedOn: d.day === null ? null : dateOf(d.day),
    provinceId: province?.id ?? null,
    issuerId: d.issuer === null ? null : ISSUERS[d.issuer]!.id,
    inCorpus: d.inCorpus,
    text: d.inCorpus ? d.words.join(' ') : null,
  });
}

function writeAll(db: Database.Database, docs: DocumentNode[]): void {
  const graph = fileGraph('all.txt', { documents: docs, provinces: PROVINCES, organizations: ISSUERS });
  db.transaction(() => writeFileGraphs(db, [graph], NOW))();
}

/** What each filter means, worked out over the documents themselves. */
function expected(docs: readonly DocumentNode[], filter: DocumentQuery): string[] {
  const nameOf = (list: ReadonlyArray<{ id: string; name: string }>, id: string | null) => list.find((x) => x.id === id)?.name;
  const contains = (name: string | undefined, wanted: string) => name !== undefined && matchKey(name).includes(matchKey(wanted));
  const words = (d: DocumentNode) => new Set([d.text, d.code, d.subject].flatMap((t) => foldForIndex(t ?? '').split(/[^\p{L}\p{N}]+/u)));
  return docs
    .filter((d) => filter.code === undefined || d.code === filter.code)
    .filter((d) => filter.type === undefined || d.type === filter.type)
    .filter((d) => filter.province === undefined || contains(nameOf(PROVINCES, d.provinceId), filter.province))
    .filter((d) => filter.issuer === undefined || contains(nameOf(ISSUERS, d.issuerId), filter.issuer))
    .filter((d) => filter.inCorpus === undefined || d.inCorpus === filter.inCorpus)
    .filter((d) => filter.issuedFrom === undefined || (d.issuedOn !== null && d.issuedOn >= filter.issuedFrom))
    .filter((d) => filter.issuedTo === undefined || (d.issuedOn !== null && d.issuedOn <= filter.issuedTo))
    .filter((d) => filter.text === undefined || queryTerms(filter.text).every((t) => words(d).has(t)))
    .sort((a, b) => (documentSortKey(a.issuedOn, a.code, a.id) < documentSortKey(b.issuedOn, b.code, b.id) ? -1 : 1))
    .map((d) => d.id);
}

function allPages(db: Database.Database, filter: DocumentQuery, first: number): { totalCount: number; ids: string[] } {
  const ids: string[] = [];
  let after: string | undefined;
  let totalCount = -1;
  for (;;) {
    const page = listDocuments(db, filter, { first, after });
    totalCount = page.totalCount;
    ids.push(...page.items.map((i) => i.node.id));
    if (!page.hasNextPage) return { totalCount, ids };
    after = page.items.at(-1)!.cursor;
  }
}

describe('documents filtered by province, issuer, type, corpus, dates and text', () => {
  it('pages exactly the documents each filter describes, in sort-key order', () => {
    const described = fc.record<Described>({
      province: fc.option(fc.integer({ min: 0, max: PROVINCES.length - 1 })),
      issuer: fc.option(fc.integer({ min: 0, max: ISSUERS.length - 1 })),
      type: fc.integer({ min: 0, max: TYPES.length - 1 }),
      inCorpus: fc.boolean(),
      day: fc.option(fc.integer({ min: 0, max: 90 })),
      coded: fc.boolean(),
      words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }),
    });
    const filter = fc.record(
      {
        province: fc.constantFrom('dak nong', 'Bình Dương', 'nông'),
        issuer: fc.constantFrom('Ủy ban nhân dân', 'tinh uy', 'Bình Dương'),
        type: fc.constantFrom(...TYPES),
        inCorpus: fc.boolean(),
        issuedFrom: fc.integer({ min: 0, max: 90 }).map(dateOf),
        issuedTo: fc.integer({ min: 0, max: 90 }).map(dateOf),
        text: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 2 }).map((w) => w.join(' ')),
        code: fc.integer({ min: 0, max: 12 }).map((n) => `${n}/X`),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(described, { minLength: 1, maxLength: 30 }), filter, fc.integer({ min: 1, max: 5 }), (list, query, first) => {
        const docs = list.map(documentOf);
        const db = new Database(':memory:');
        try {
          migrate(db, MIGRATIONS);
          writeAll(db, docs);
          const want = expected(docs, query);
          expect(allPages(db, query, first)).toEqual({ totalCount: want.length, ids: want });
        } finally {
          db.close();
        }
      }),
      { numRuns: 150 },
    );
  });

  describe('on a store with its read indexes', () => {
    let dir: string;

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'dg-document-filters-'));
      const store = await openSqliteStore(dir);
      const docs: Described[] = [
        { province: 0, issuer: 0, type: 0, inCorpus: true, day: 122, coded: true, words: ['tiêm', 'chủng'] },
        { province: 0, issuer: 1, type: 1, inCorpus: true, day: 120, coded: true, words: ['cách', 'ly'] },
        { province: 0, issuer: 0, type: 2, inCorpus: true, day: 109, coded: true, words: ['tiêm', 'chủng', 'dịch'] },
        { province: 1, issuer: 2, type: 0, inCorpus: true, day: 114, coded: true, words: ['tiêm', 'chủng'] },
        { province: 1, issuer: 2, type: 0, inCorpus: false, day: null, coded: true, words: [] },
      ];
      await store.writeFile(fileGraph('letters.txt', { documents: docs.map(documentOf), provinces: PROVINCES, organizations: ISSUERS }));
      await store.close();
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('counts and pages the matches in date order', () => {
      const db = new Database(join(dir, 'graph.db'), { readonly: true });
      try {
        const page = listDocuments(db, { text: 'tiem chung' }, { first: 2 });
        expect(page.totalCount).toBe(3);
        // 2021-04-20 (day 109) and 2021-04-25 (day 114) come before 2021-05-03 (day 122).
        expect(page.items.map((i) => i.node.id)).toEqual(['doc:dak-nong:2/X:2021', 'doc:binh-duong:3/X:2021']);
        expect(page.hasNextPage).toBe(true);
        const rest = listDocuments(db, { text: 'tiem chung' }, { first: 2, after: page.items[1]!.cursor });
        expect(rest.items.map((i) => i.node.id)).toEqual(['doc:dak-nong:0/X:2021']);
        const may = listDocuments(db, { province: 'Đắk Nông', issuedFrom: '2021-05-01', issuedTo: '2021-05-31' }, { first: 20 });
        expect(may.items.map((i) => i.node.id)).toEqual(['doc:dak-nong:1/X:2021', 'doc:dak-nong:0/X:2021']);
        expect(listDocuments(db, { inCorpus: false }, { first: 20 }).items.map((i) => i.node.id)).toEqual(['doc:binh-duong:4/X:2021']);
      } finally {
        db.close();
      }
    });

    it('counts and pages from indexes alone: no row is read to filter or order', () => {
      // A connection of its own: statements are cached per connection, and this one prepares them all.
      const db = new Database(join(dir, 'graph.db'), { readonly: true });
      const prepared: string[] = [];
      const prepare = db.prepare.bind(db);
      jest.spyOn(db, 'prepare').mockImplementation(((sql: string) => {
        prepared.push(sql);
        return prepare(sql);
      }) as typeof db.prepare);
      const filters: DocumentQuery[] = [
        { text: 'tiêm chủng' },
        { text: 'tiêm chủng', province: 'Đắk Nông' },
        { text: 'tiêm chủng', issuedFrom: '2021-05-01' },
        { province: 'Đắk Nông', inCorpus: true },
        { issuer: 'Ủy ban nhân dân' },
        { type: DocumentType.CHI_THI, inCorpus: true },
        { inCorpus: true },
        { issuedFrom: '2021-05-01', issuedTo: '2021-05-31' },
        { province: 'Đắk Nông', issuedFrom: '2021-05-01' },
      ];
      try {
        for (const filter of filters) listDocuments(db, filter, { first: 20 });
        // A later page of a date range: the cursor, not the range's start, begins the index range.
        const deep = { issuedFrom: '2021-04-01', issuedTo: '2021-05-31' };
        const first = listDocuments(db, deep, { first: 1 });
        listDocuments(db, deep, { first: 1, after: first.items[0]!.cursor });
        // The count and the page of each filter; the rows shown are read afterwards, by rowid.
        const filtering = [...new Set(prepared)].filter((sql) => /FROM documents d WHERE/.test(sql) && !sql.includes('json_each'));
        // The later page's count and first page are the date filter's above; its page after a cursor is new.
        expect(filtering).toHaveLength(filters.length * 2 + 1);
        for (const sql of filtering) {
          const plan = (prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...Array.from(sql.matchAll(/\?/g), () => 'x')) as Array<{ detail: string }>)
            .map((r) => r.detail)
            .join('\n');
          expect([sql, plan]).toEqual([sql, expect.stringMatching(/^(SCAN|SEARCH) d USING COVERING INDEX/m)]);
          expect([sql, plan]).toEqual([sql, expect.not.stringMatching(/(SCAN d$|SEARCH d USING INTEGER PRIMARY KEY|SEARCH d USING INDEX)/m)]);
          // SQLite starts an index range at one lower bound and only tests the others.
          expect(sql.match(/d\.sort_key >=? \?/g)?.length ?? 0).toBeLessThanOrEqual(1);
        }
      } finally {
        db.close();
      }
    });
  });
});
