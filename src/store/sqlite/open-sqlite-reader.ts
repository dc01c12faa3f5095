import Database from 'better-sqlite3';
import { StoreUnavailableError } from '../../domain/errors';
import { MIGRATIONS } from './migrations';
import { mapSqliteError } from './sqlite-errors';
import { SqliteGraphStore } from './sqlite-graph-store';

/**
 * Opens an existing store file read-only, for a worker thread that reads
 * while the owning connection writes (WAL: each read transaction sees the
 * last commit before it began). Never migrates: a file whose schema is not
 * the one this program writes is refused rather than read wrongly.
 */
export function openSqliteReader(file: string): SqliteGraphStore {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new StoreUnavailableError(`Cannot open the store '${file}' for reading: ${(error as Error).message}.`, { cause: error });
  }
  try {
    db.pragma('busy_timeout = 5000');
    // 16 MiB per reader (the writer has 64): the reuse pass's reads are random over the whole
    // store, so a larger cache kept no more hits (same pass time on 3,000 documents of the 100k
    // store) and only added to every worker's memory.
    db.pragma('cache_size = -16384');
    const newest = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);
    const row = db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number | null };
    if (row.v !== newest) {
      throw new StoreUnavailableError(`The store '${file}' has schema version ${row.v ?? 0}, this program reads ${newest}; open it for writing first.`);
    }
  } catch (error) {
    db.close();
    throw error instanceof StoreUnavailableError ? error : mapSqliteError(error);
  }
  return new SqliteGraphStore(db);
}
