import type Database from 'better-sqlite3';

/**
 * Prepared statements per connection, keyed by SQL text: the write path runs
 * the same few dozen statements for every file, and preparing them each time
 * cost more than running them.
 */
const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function cached(db: Database.Database, key: string, prepare: () => Database.Statement): Database.Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let stmt = cache.get(key);
  if (!stmt) cache.set(key, (stmt = prepare()));
  return stmt;
}

export function statement(db: Database.Database, sql: string): Database.Statement {
  return cached(db, sql, () => db.prepare(sql));
}

/** A cached statement returning the first column only. */
export function pluckStatement(db: Database.Database, sql: string): Database.Statement {
  return cached(db, `pluck:${sql}`, () => db.prepare(sql).pluck());
}

/** A cached statement returning rows as arrays of column values (no object per row). */
export function rawStatement(db: Database.Database, sql: string): Database.Statement {
  return cached(db, `raw:${sql}`, () => db.prepare(sql).raw());
}
