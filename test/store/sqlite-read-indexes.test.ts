import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../src/store/sqlite/migrate';
import { openSqliteStore, PAGE_SIZE } from '../../src/store/sqlite/open-sqlite-store';
import { READ_INDEXES } from '../../src/store/sqlite/read-indexes';
import { fileA, fileB } from './contract/graph-fixtures';

/** Every index of the store's file and its statement, by name. */
function indexes(dir: string): Map<string, string> {
  const db = new Database(join(dir, 'graph.db'), { readonly: true });
  try {
    const rows = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").all() as Array<{ name: string; sql: string }>;
    return new Map(rows.map((r) => [r.name, r.sql]));
  } finally {
    db.close();
  }
}

describe('read indexes (dropped for a bulk load into an empty store, rebuilt after)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dg-read-indexes-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('are the migrations’ own statements', () => {
    const db = new Database(':memory:');
    migrate(db);
    const schema = new Map(
      (db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index'").all() as Array<{ name: string; sql: string }>).map((r) => [r.name, r.sql]),
    );
    db.close();
    for (const { name, sql } of READ_INDEXES) expect([name, schema.get(name)]).toEqual([name, sql]);
    // The ones readers name in INDEXED BY are kept.
    expect(READ_INDEXES.map((i) => i.name)).not.toEqual(expect.arrayContaining(['documents_in_corpus']));
    expect(READ_INDEXES.map((i) => i.name)).not.toEqual(expect.arrayContaining(['documents_undated']));
  });

  it('are dropped by beginBulkLoad on an empty store and rebuilt as they were by endBulkLoad', async () => {
    const store = await openSqliteStore(dir);
    const before = indexes(dir);
    try {
      expect(await store.beginBulkLoad()).toBe(true);
      const during = indexes(dir);
      for (const { name } of READ_INDEXES) expect(during.has(name)).toBe(false);
      expect(during.size).toBe(before.size - READ_INDEXES.length);
      await store.writeFiles([fileA(), fileB()]);
      await store.endBulkLoad();
      expect(indexes(dir)).toEqual(before);
    } finally {
      await store.close();
    }
  });

  it('are kept when the store already holds documents', async () => {
    const store = await openSqliteStore(dir);
    try {
      await store.writeFile(fileA());
      const before = indexes(dir);
      expect(await store.beginBulkLoad()).toBe(false);
      expect(indexes(dir)).toEqual(before);
    } finally {
      await store.close();
    }
  });

  it('are rebuilt when a store left in a bulk load is opened again', async () => {
    const first = await openSqliteStore(dir);
    const before = indexes(dir);
    expect(await first.beginBulkLoad()).toBe(true);
    await first.writeFile(fileA());
    await first.close();
    expect(indexes(dir).size).toBe(before.size - READ_INDEXES.length);
    const again = await openSqliteStore(dir);
    try {
      expect(indexes(dir)).toEqual(before);
      expect((await again.findByCode('470-CV/TU')).length).toBe(1);
    } finally {
      await again.close();
    }
  });
});

describe('page size', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dg-page-size-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const pageSize = (): number => {
    const db = new Database(join(dir, 'graph.db'), { readonly: true });
    try {
      return db.pragma('page_size', { simple: true }) as number;
    } finally {
      db.close();
    }
  };

  it('is 16 KiB for a new store', async () => {
    const store = await openSqliteStore(dir);
    await store.writeFile(fileA());
    await store.close();
    expect(PAGE_SIZE).toBe(16384);
    expect(pageSize()).toBe(16384);
  });

  it('stays what it was for a store made with another', async () => {
    const db = new Database(join(dir, 'graph.db'));
    db.pragma('page_size = 4096');
    db.pragma('journal_mode = WAL');
    migrate(db);
    db.close();
    const store = await openSqliteStore(dir);
    try {
      await store.writeFile(fileA());
      expect((await store.findByCode('470-CV/TU')).length).toBe(1);
    } finally {
      await store.close();
    }
    expect(pageSize()).toBe(4096);
  });
});
