import Database from 'better-sqlite3';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractFile } from '../../src/extract/pipeline';
import { search } from '../../src/store/sqlite/document-queries';
import { migrate } from '../../src/store/sqlite/migrate';
import { MIGRATIONS } from '../../src/store/sqlite/migrations';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { writeFileGraphs } from '../../src/store/sqlite/write-file';

const SEEDS = resolve(__dirname, '../../seeds');
const QUERIES = ['phòng chống dịch', 'Đắk Nông', 'CT-TTg', 'cách ly xã hội', 'khẩn'];

/**
 * Migration 7 drops the full-text index's own copy of the text. A store
 * written at version 6 must answer every search the same after it, and go
 * on forgetting a replaced text's words (a contentless table deletes by
 * rowid only when created with `contentless_delete`).
 */
describe('full-text index without its own copy of the text (migration 7)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dg-fts7-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("carries a version 6 store's index over: same hits, same order, no content table", async () => {
    const names = (await readdir(SEEDS)).filter((n) => n.endsWith('.txt')).sort();
    // Without reuse signatures: today's writer stages postings in a table version 6 does not have.
    const graphs = await Promise.all(
      names.map(async (n) => ({ ...extractFile(await readFile(join(SEEDS, n)), { fileName: `seeds/${n}` }), signatures: [] })),
    );
    const db = new Database(join(dir, 'graph.db'));
    migrate(db, MIGRATIONS.filter((m) => m.version <= 6));
    db.transaction(() => writeFileGraphs(db, graphs, new Date('2026-01-01T00:00:00Z')))();
    const before = QUERIES.map((q) => search(db, q, 50));
    db.close();
    expect(before.every((hits) => hits.length > 0)).toBe(true);

    const store = await openSqliteStore(dir);
    try {
      for (const [i, q] of QUERIES.entries()) expect(await store.search(q, 50)).toEqual(before[i]);
    } finally {
      await store.close();
    }
    const check = new Database(join(dir, 'graph.db'), { readonly: true });
    try {
      const tables = (check.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'documents_fts%' ORDER BY name").pluck().all() as string[]);
      expect(tables).not.toContain('documents_fts_content');
      expect(tables.some((t) => t.startsWith('documents_fts_v6'))).toBe(false);
    } finally {
      check.close();
    }
  });

  it('forgets the words of a replaced text and finds the new ones', async () => {
    const store = await openSqliteStore(dir);
    try {
      const letter = (subject: string): Uint8Array =>
        new TextEncoder().encode(
          `UBND TỈNH ĐẮK NÔNG\nSố: 12/UBND-KGVX\nĐắk Nông, ngày 3 tháng 5 năm 2021\nV/v ${subject}\n\nKính gửi: Sở Y tế\n\nNội dung ${subject}.\n\nCHỦ TỊCH\nNguyễn Văn A\n`,
        );
      await store.writeFile(extractFile(letter('khoanh vùng ổ dịch'), { fileName: 'a.txt' }));
      expect((await store.search('khoanh vùng', 10)).length).toBe(1);
      await store.writeFile(extractFile(letter('tiêm chủng vắc xin'), { fileName: 'a.txt' }));
      expect(await store.search('khoanh vùng', 10)).toEqual([]);
      expect((await store.search('tiêm chủng', 10)).length).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('applies a batch that adds a document and replaces an earlier one: old words gone, new ones found', async () => {
    const store = await openSqliteStore(dir);
    try {
      const letter = (number: number, subject: string): Uint8Array =>
        new TextEncoder().encode(
          `UBND TỈNH ĐẮK NÔNG\nSố: ${number}/UBND-KGVX\nĐắk Nông, ngày 3 tháng 5 năm 2021\nV/v ${subject}\n\nKính gửi: Sở Y tế\n\nNội dung ${subject}.\n\nCHỦ TỊCH\nNguyễn Văn A\n`,
        );
      await store.writeFile(extractFile(letter(12, 'khoanh vùng ổ dịch'), { fileName: 'a.txt' }));
      // The new document comes first and gets the higher rowid; the replaced one keeps its lower rowid.
      await store.writeFiles([
        extractFile(letter(13, 'giãn cách xã hội'), { fileName: 'c.txt' }),
        extractFile(letter(12, 'tiêm chủng vắc xin'), { fileName: 'a.txt' }),
      ]);
      expect(await store.search('khoanh vùng', 10)).toEqual([]);
      expect((await store.search('tiêm chủng', 10)).map((h) => h.documentId)).toEqual([expect.stringContaining('12/UBND-KGVX')]);
      expect((await store.search('giãn cách', 10)).map((h) => h.documentId)).toEqual([expect.stringContaining('13/UBND-KGVX')]);
      expect((await store.search('Đắk Nông', 10)).length).toBe(2);
    } finally {
      await store.close();
    }
  });
});
