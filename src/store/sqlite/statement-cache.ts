import type Database from 'better-sqlite3';

/**
 * Prepared statements per connection, keyed by SQL text: the write path runs
 * the same few dozen statements for every file, and preparing them each time
 * cost more than running them.
 */
const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function statement(db: Database.Database, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) cache.set(sql, (stmt = db.prepare(sql)));
  return stmt;
}

/** A cached statement returning the first column only. */
export function pluckStatement(db: Database.Database, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const key = `pluck:${sql}`;
  let stmt = cache.get(key);
  if (!stmt) cache.set(key, (stmt = db.prepare(sql).pluck()));
  return stmt;
}
