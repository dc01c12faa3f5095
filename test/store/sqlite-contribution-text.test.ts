import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentType } from '../../src/domain/document-type';
import type { DocumentNode, FileGraph } from '../../src/domain/graph';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import type { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { documentNode, fileA, fileGraph, ID } from './contract/graph-fixtures';

/**
 * In-corpus document contributions leave their text fields to the document's
 * row (src/store/sqlite/contribution-text.ts). Whatever order files come,
 * go and come back in, the store must answer as a fresh store given only the
 * files still there: these tests compare with one.
 */

const DOC = 'doc:dak-nong:12/UBND-VX:2021';

/** One in-corpus copy of DOC as `file` read it: its own text, map, body and field evidence. */
function copy(file: string, text: string): DocumentNode {
  return documentNode({
    id: DOC,
    code: '12/UBND-VX',
    number: '12',
    symbol: 'UBND-VX',
    year: 2021,
    type: DocumentType.CONG_VAN,
    inCorpus: true,
    text,
    textMap: { runs: [[0, 3, text.length]] } as unknown as DocumentNode['textMap'],
    body: { start: 0, end: text.length },
    fieldEvidence: [{ field: 'code', text: `Số: 12/UBND-VX (${file})`, span: { file, start: 0, end: 12 }, confidence: 1 }],
    sources: [{ file, start: 0, end: text.length }],
  });
}

const TEXT_A = 'Bản sao thứ nhất: UBND tỉnh yêu cầu các huyện tăng cường phòng, chống dịch COVID-19.';
const TEXT_B = 'Bản sao thứ hai, đọc khác: UBND tỉnh yêu cầu các huyện tăng cường phòng chống dịch.';

/** A file holding a copy of DOC; `a/…` ranks before `b/…` in the merge. */
const fileWith = (name: string, text: string): FileGraph => fileGraph(name, { documents: [copy(name, text)] });
/** The same name with other content, no longer carrying DOC. */
const fileWithout = (name: string): FileGraph => fileGraph(name, { documents: [] });

interface ContributionRow {
  file_name: string;
  data: string;
}

function contributionRows(dir: string): Map<string, Record<string, unknown>> {
  const db = new Database(join(dir, 'graph.db'), { readonly: true });
  try {
    const rows = db.prepare('SELECT file_name, data FROM document_contributions WHERE document_id = ? ORDER BY file_name').all(DOC) as ContributionRow[];
    return new Map(rows.map((r) => [r.file_name, JSON.parse(r.data) as Record<string, unknown>]));
  } finally {
    db.close();
  }
}

describe('document contributions that leave their text to the row (SQLite)', () => {
  let dir: string;
  let freshDir: string;
  let store: SqliteGraphStore;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dg-contribution-text-'));
    freshDir = await mkdtemp(join(tmpdir(), 'dg-contribution-text-fresh-'));
    store = await openSqliteStore(dir);
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
    await rm(freshDir, { recursive: true, force: true });
  });

  /** The store's dump equals a fresh store's given only `files`. */
  async function expectSameAsFresh(files: FileGraph[]): Promise<void> {
    await rm(freshDir, { recursive: true, force: true });
    const fresh = await openSqliteStore(freshDir);
    try {
      if (files.length > 0) await fresh.writeFiles(files);
      expect(await store.dump()).toEqual(await fresh.dump());
    } finally {
      await fresh.close();
    }
  }

  it('store the text once: the contribution is marked and carries none of it, the row has all of it', async () => {
    const file = fileWith('a/one.txt', TEXT_A);
    await store.writeFile(file);
    const row = contributionRows(dir).get('a/one.txt')!;
    expect(row.textInRow).toBe(true);
    for (const field of ['text', 'textMap', 'body', 'fieldEvidence']) expect(row).not.toHaveProperty(field);
    expect(row.code).toBe('12/UBND-VX');
    const [doc] = await store.getDocuments([DOC]);
    expect(doc).toMatchObject({
      text: TEXT_A,
      textMap: copy('a/one.txt', TEXT_A).textMap,
      body: { start: 0, end: TEXT_A.length },
      fieldEvidence: copy('a/one.txt', TEXT_A).fieldEvidence,
    });
  });

  it('leave reference-only descriptions as they are (no text to leave, and the undated merge moves them)', async () => {
    await store.writeFile(fileA());
    const db = new Database(join(dir, 'graph.db'), { readonly: true });
    try {
      const rows = db.prepare('SELECT document_id AS id, in_corpus AS inCorpus, data FROM document_contributions').all() as Array<{ id: string; inCorpus: number; data: string }>;
      const referenceOnly = rows.filter((r) => r.inCorpus === 0);
      const inCorpus = rows.filter((r) => r.inCorpus === 1);
      expect(referenceOnly.map((r) => r.id)).toContain(ID.kl07);
      expect(inCorpus.length).toBeGreaterThan(0);
      for (const r of referenceOnly) expect(JSON.parse(r.data)).not.toHaveProperty('textInRow');
      for (const r of inCorpus) expect(JSON.parse(r.data)).toMatchObject({ textInRow: true });
    } finally {
      db.close();
    }
  });

  it('two copies with different texts in one batch: the lower-ranked one is written out in full, and takes over when the other goes', async () => {
    await store.writeFiles([fileWith('b/two.txt', TEXT_B), fileWith('a/one.txt', TEXT_A)]);
    const rows = contributionRows(dir);
    expect(rows.get('a/one.txt')!.textInRow).toBe(true);
    expect(rows.get('b/two.txt')).not.toHaveProperty('textInRow');
    expect(rows.get('b/two.txt')!.text).toBe(TEXT_B);
    expect((await store.getDocuments([DOC]))[0]!.text).toBe(TEXT_A);
    await expectSameAsFresh([fileWith('a/one.txt', TEXT_A), fileWith('b/two.txt', TEXT_B)]);

    await store.writeFile(fileWithout('a/one.txt'));
    expect((await store.getDocuments([DOC]))[0]!.text).toBe(TEXT_B);
    await expectSameAsFresh([fileWithout('a/one.txt'), fileWith('b/two.txt', TEXT_B)]);
  });

  it('a copy that ranks first arriving later: the row takes its text and the earlier copy keeps its own, written out', async () => {
    await store.writeFile(fileWith('b/two.txt', TEXT_B));
    expect(contributionRows(dir).get('b/two.txt')!.textInRow).toBe(true);
    await store.writeFile(fileWith('a/one.txt', TEXT_A));
    const rows = contributionRows(dir);
    expect(rows.get('a/one.txt')!.textInRow).toBe(true);
    expect(rows.get('b/two.txt')).not.toHaveProperty('textInRow');
    expect(rows.get('b/two.txt')!.fieldEvidence).toEqual(copy('b/two.txt', TEXT_B).fieldEvidence);
    expect((await store.getDocuments([DOC]))[0]!.text).toBe(TEXT_A);
    await expectSameAsFresh([fileWith('a/one.txt', TEXT_A), fileWith('b/two.txt', TEXT_B)]);

    await store.writeFile(fileWithout('a/one.txt'));
    expect((await store.getDocuments([DOC]))[0]).toMatchObject({ text: TEXT_B, fieldEvidence: copy('b/two.txt', TEXT_B).fieldEvidence });
    await expectSameAsFresh([fileWithout('a/one.txt'), fileWith('b/two.txt', TEXT_B)]);
  });

  it('identical texts stay stored once, and either copy can go', async () => {
    // Same text, so the same text fields but for the evidence's file: give both the same evidence to make the copies identical.
    const same = (name: string): FileGraph => fileGraph(name, { documents: [{ ...copy('a/one.txt', TEXT_A), sources: [{ file: name, start: 0, end: 5 }] }] });
    await store.writeFile(same('b/two.txt'));
    await store.writeFile(same('a/one.txt'));
    const rows = contributionRows(dir);
    expect(rows.get('a/one.txt')!.textInRow).toBe(true);
    expect(rows.get('b/two.txt')!.textInRow).toBe(true);
    await store.writeFile(fileWithout('a/one.txt'));
    expect((await store.getDocuments([DOC]))[0]!.text).toBe(TEXT_A);
    await expectSameAsFresh([fileWithout('a/one.txt'), same('b/two.txt')]);
    await store.writeFile(fileWithout('b/two.txt'));
    expect(await store.getDocuments([DOC])).toEqual([null]);
  });

  it('the same text from two files: the lower-ranked copy keeps its own field evidence (its spans point into its own file)', async () => {
    await store.writeFile(fileWith('b/two.txt', TEXT_A));
    await store.writeFile(fileWith('a/one.txt', TEXT_A));
    const rows = contributionRows(dir);
    expect(rows.get('b/two.txt')).not.toHaveProperty('textInRow');
    expect(rows.get('b/two.txt')!.fieldEvidence).toEqual(copy('b/two.txt', TEXT_A).fieldEvidence);
    await store.writeFile(fileWithout('a/one.txt'));
    expect((await store.getDocuments([DOC]))[0]!.fieldEvidence).toEqual(copy('b/two.txt', TEXT_A).fieldEvidence);
    await expectSameAsFresh([fileWithout('a/one.txt'), fileWith('b/two.txt', TEXT_A)]);
  });

  it('a copy whose text came without map and body keeps them null, whichever copy with a map comes and goes', async () => {
    // Identical texts and evidence, so only the map and body tell the copies apart.
    const evidence = copy('x.txt', TEXT_A).fieldEvidence;
    const bare = (name: string): FileGraph =>
      fileGraph(name, { documents: [{ ...copy(name, TEXT_A), textMap: null, body: null, fieldEvidence: evidence }] });
    const mapped = (name: string): FileGraph => fileGraph(name, { documents: [{ ...copy(name, TEXT_A), fieldEvidence: evidence }] });
    await store.writeFile(bare('b/two.txt'));
    await store.writeFile(mapped('a/one.txt'));
    await expectSameAsFresh([bare('b/two.txt'), mapped('a/one.txt')]);
    await store.writeFile(fileWithout('a/one.txt'));
    expect((await store.getDocuments([DOC]))[0]).toMatchObject({ text: TEXT_A, textMap: null, body: null });
    await expectSameAsFresh([fileWithout('a/one.txt'), bare('b/two.txt')]);
    // A lower-ranked copy with a map, added and gone again.
    await store.writeFile(mapped('c/three.txt'));
    await expectSameAsFresh([fileWithout('a/one.txt'), bare('b/two.txt'), mapped('c/three.txt')]);
    await store.writeFile(fileWithout('c/three.txt'));
    await expectSameAsFresh([fileWithout('a/one.txt'), bare('b/two.txt'), fileWithout('c/three.txt')]);
  });

  it('a file replaced within the batch that wrote it leaves no stale text behind', async () => {
    await store.writeFiles([fileWith('a/one.txt', TEXT_A), fileWith('b/two.txt', TEXT_B), fileWithout('a/one.txt')]);
    expect((await store.getDocuments([DOC]))[0]!.text).toBe(TEXT_B);
    await expectSameAsFresh([fileWithout('a/one.txt'), fileWith('b/two.txt', TEXT_B)]);
    await store.writeFiles([fileWith('a/one.txt', TEXT_B), fileWith('a/one.txt', TEXT_A)]);
    expect((await store.getDocuments([DOC]))[0]!.text).toBe(TEXT_A);
    await expectSameAsFresh([fileWith('a/one.txt', TEXT_A), fileWith('b/two.txt', TEXT_B)]);
  });

  it('contributions written in full, as before this layout, are still read with their own text', async () => {
    await store.writeFile(fileWith('b/two.txt', TEXT_B));
    // Rewrite b's contribution as older versions stored it: the whole node.
    const db = new Database(join(dir, 'graph.db'));
    try {
      db.prepare('UPDATE document_contributions SET data = ? WHERE document_id = ?').run(JSON.stringify(copy('b/two.txt', TEXT_B)), DOC);
    } finally {
      db.close();
    }
    await store.writeFile(fileWith('a/one.txt', TEXT_A));
    expect((await store.getDocuments([DOC]))[0]!.text).toBe(TEXT_A);
    await store.writeFile(fileWithout('a/one.txt'));
    expect((await store.getDocuments([DOC]))[0]!.text).toBe(TEXT_B);
    await expectSameAsFresh([fileWithout('a/one.txt'), fileWith('b/two.txt', TEXT_B)]);
  });
});
