import type Database from 'better-sqlite3';
import { statement } from './statement-cache';

/**
 * `PRAGMA data_version` changes when another connection (or process)
 * commits, but not for this connection's own commits; `total_changes()`
 * counts this connection's row changes. Together they change after any
 * commit that wrote a row (and sometimes after one that did not: a
 * rolled-back or same-value write also counts, which only costs a cache miss).
 */
export function dataVersion(db: Database.Database): string {
  const row = statement(db, 'SELECT (SELECT data_version FROM pragma_data_version) AS v, total_changes() AS c').get() as {
    v: number;
    c: number;
  };
  return `${row.v}:${row.c}`;
}
