import type Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import type { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { fileA, fileB } from './contract/graph-fixtures';

const FULL = 2;
const NORMAL = 1;

/**
 * The synchronous level in force as each write transaction of the store's
 * connection began, read on that connection just before it.
 */
function recordLevels(store: SqliteGraphStore): { levels: number[]; db: Database.Database } {
  const db = (store as unknown as { db: Database.Database }).db;
  const levels: number[] = [];
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn: (...args: unknown[]) => unknown) => {
    const tx = transaction(fn);
    return Object.assign((...args: unknown[]) => tx(...args), tx, {
      immediate: (...args: unknown[]) => {
        levels.push(db.pragma('synchronous', { simple: true }) as number);
        return tx.immediate(...args);
      },
    });
  }) as typeof db.transaction;
  return { levels, db };
}

describe('commits of a bulk load into an empty store (SQLite)', () => {
  let dir: string;
  let store: SqliteGraphStore;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dg-bulk-sync-'));
    store = await openSqliteStore(dir);
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('do not wait for the disk: file batches commit with NORMAL, everything else with the configured FULL', async () => {
    const { levels, db } = recordLevels(store);
    expect(await store.beginBulkLoad()).toBe(true);
    await store.writeFiles([fileA()]);
    await store.writeFile(fileB());
    const [relation] = fileA().relations;
    await store.applyCorrection({ action: 'remove', type: relation!.type, sourceId: relation!.sourceId, targetId: relation!.targetId, note: null, createdBy: 'test', createdAt: '2026-11-24T00:00:00Z' });
    await store.endBulkLoad();
    await store.writeFile(fileA('dak-nong/a2.txt'));
    // begin (drop indexes), two batches, the correction, end (build indexes), a batch after the load.
    expect(levels).toEqual([FULL, NORMAL, NORMAL, FULL, FULL, FULL]);
    expect(db.pragma('synchronous', { simple: true })).toBe(FULL);
  });

  it('keep the configured level when the store already holds documents, and after a refused batch', async () => {
    await store.writeFile(fileA());
    const { levels } = recordLevels(store);
    expect(await store.beginBulkLoad()).toBe(false);
    await store.writeFile(fileB());
    await store.endBulkLoad();
    expect(levels).toEqual([FULL, FULL, FULL]);

    await store.close();
    await rm(dir, { recursive: true, force: true });
    store = await openSqliteStore(dir);
    const fresh = recordLevels(store);
    await store.beginBulkLoad();
    const refused = { ...fileB(), file: { ...fileB().file, hash: 'not hex' } };
    await expect(store.writeFiles([refused])).rejects.toThrow(/hash/);
    expect(fresh.db.pragma('synchronous', { simple: true })).toBe(FULL);
  });
});
