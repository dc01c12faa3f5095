import Database from 'better-sqlite3';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidArgumentError, StoreUnavailableError } from '../../src/domain/errors';
import { RelationType } from '../../src/domain/relation-type';
import { Direction } from '../../src/domain/direction';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import type { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { MIGRATIONS } from '../../src/store/sqlite/migrations';
import { ID, fileA, fileB, fileGraph, relation } from './contract/graph-fixtures';

const TABLES = [
  'files',
  'document_contributions',
  'node_contributions',
  'relation_contributions',
  'documents',
  'organizations',
  'persons',
  'provinces',
  'document_recipients',
  'relations',
  'reuse_postings',
  'reuse_postings_recent',
  'reuse_relations',
  'corrections',
  'documents_fts',
];

function tableCounts(dbFile: string): Record<string, number> {
  const db = new Database(dbFile, { readonly: true });
  try {
    return Object.fromEntries(TABLES.map((t) => [t, (db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
}

describe('SqliteGraphStore on disk', () => {
  let dir: string;
  let store: SqliteGraphStore;
  const dbFile = (): string => join(dir, 'graph.db');

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dg-sqlite-dur-'));
    store = await openSqliteStore(dir);
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('opens <dataDir>/graph.db in WAL mode with FULL sync, foreign keys and the latest schema version', () => {
    const db = new Database(dbFile(), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT MAX(version) FROM schema_version').pluck().get()).toBe(MIGRATIONS.length);
    db.close();
    expect(store.path).toBe(dbFile());
  });

  it('re-ingesting the same hash twice changes no row', async () => {
    await store.writeFile(fileA());
    await store.writeFile(fileB());
    const before = tableCounts(dbFile());
    expect(before.documents).toBe(6);
    expect(before.relations).toBe(9);
    expect((await store.writeFile(fileA())).skipped).toBe(true);
    expect((await store.writeFile(fileB())).skipped).toBe(true);
    expect(tableCounts(dbFile())).toEqual(before);
  });

  it('a write that fails midway leaves the store exactly as before', async () => {
    await store.writeFile(fileA());
    await store.writeFile(fileB());
    const before = await store.dump();
    const countsBefore = tableCounts(dbFile());
    // Same name as A, new content: the old contribution is deleted and new rows are
    // inserted before the dangling relation fails the foreign key at commit.
    const a = fileA();
    const broken = fileGraph(a.file.name, {
      ...a,
      documents: a.documents.slice(0, 1),
      relations: [relation(RelationType.CITES, ID.tu470, 'doc:national:404/XX:2021', 'ghost', a.file.name)],
    });
    await expect(store.writeFile(broken)).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(await store.dump()).toEqual(before);
    expect(tableCounts(dbFile())).toEqual(countsBefore);
    expect(await store.hasFile(a.file.hash)).toBe(true);
    expect(await store.hasFile(broken.file.hash)).toBe(false);
  });

  it('reopening finds everything, corrections included', async () => {
    await store.writeFile(fileA());
    await store.writeFile(fileB());
    await store.applyCorrection({
      action: 'remove',
      type: RelationType.CITES,
      sourceId: ID.bd100,
      targetId: ID.ct16,
      note: 'OCR misread',
      createdBy: 'ana',
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    const before = await store.dump();
    await store.close();
    store = await openSqliteStore(dir);
    expect(await store.dump()).toEqual(before);
    expect((await store.relations([ID.bd100], Direction.OUT, [RelationType.CITES])).map((r) => r.targetId)).toEqual([ID.kl07]);
    const db = new Database(dbFile(), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('corrections survive re-ingest of the cited file with changed content', async () => {
    await store.writeFile(fileA());
    await store.writeFile(fileB());
    await store.applyCorrection({
      action: 'add',
      type: RelationType.REPEATS,
      sourceId: ID.ub3953,
      targetId: ID.bd100,
      note: null,
      createdBy: 'ana',
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    const b = fileB();
    await store.writeFile(fileGraph(b.file.name, { ...b, relations: b.relations.slice(1) }));
    const repeats = await store.relations([ID.ub3953], Direction.OUT, [RelationType.REPEATS]);
    expect(repeats.map((r) => [r.targetId, r.origin])).toEqual([[ID.bd100, 'correction']]);
  });

  it('lets two connections share the file: each sees the other’s committed writes', async () => {
    const other = await openSqliteStore(dir);
    try {
      await store.writeFile(fileA());
      expect((await other.getDocuments([ID.ub3953]))[0]?.id).toBe(ID.ub3953);
      await other.writeFile(fileB());
      expect((await store.getDocuments([ID.bd100]))[0]?.id).toBe(ID.bd100);
      expect((await store.stats()).documents).toBe(6);
    } finally {
      await other.close();
    }
  });

  it('refuses a store written by a newer schema version', async () => {
    await store.close();
    const db = new Database(dbFile());
    db.prepare("INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'future', 'x')").run();
    db.close();
    await expect(openSqliteStore(dir)).rejects.toBeInstanceOf(StoreUnavailableError);
    store = await openSqliteStoreAfterCleanup(dir);
  });

  it('reports an unusable DATA_DIR and a closed store as StoreUnavailableError', async () => {
    const file = join(dir, 'plain-file');
    await writeFile(file, 'x');
    await expect(openSqliteStore(file)).rejects.toBeInstanceOf(StoreUnavailableError);
    await store.close();
    await expect(store.stats()).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});

/** Removes the future version row so afterEach can close a valid store. */
async function openSqliteStoreAfterCleanup(dir: string): Promise<SqliteGraphStore> {
  const db = new Database(join(dir, 'graph.db'));
  db.prepare('DELETE FROM schema_version WHERE version = 99').run();
  db.close();
  return openSqliteStore(dir);
}
