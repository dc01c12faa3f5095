import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { StoreUnavailableError } from '../../domain/errors';
import { BackgroundCheckpointer, DEFAULT_CHECKPOINT_SCRIPT } from './background-checkpointer';
import { migrate } from './migrate';
import { ensureReadIndexes } from './read-indexes';
import { mapSqliteError } from './sqlite-errors';
import { SqliteGraphStore } from './sqlite-graph-store';

export const DATABASE_FILE_NAME = 'graph.db';

/** Bytes per page of a store created here (see below). */
export const PAGE_SIZE = 16384;

export interface OpenSqliteOptions {
  /** Milliseconds a writer waits for another's lock before giving up. */
  busyTimeoutMs?: number;
  /** FULL by default (see below); NORMAL trades the last commits on power loss for speed in throwaway stores. */
  synchronous?: 'FULL' | 'NORMAL';
  /** Clock for `files.ingested_at` (tests pin it). */
  now?: () => Date;
  /**
   * Worker script checkpointing the WAL on its own thread (`BackgroundCheckpointer`);
   * default: the compiled one when it exists (dist). `null`: SQLite's automatic checkpoint in the writer.
   */
  checkpointScript?: string | null;
  /** WAL length past which a write waits for the background checkpoint first (`WAL_LIMIT_BYTES`; tests set it small). */
  walLimitBytes?: number;
}

/**
 * Opens (creating when absent) `<dataDir>/graph.db` and migrates it.
 *
 * Pragmas:
 * - page_size 16 KiB for a new store (an existing one keeps its own): a
 *   document row (≈ 5 KB of text and evidence) fits in one page instead of
 *   a chain, and a commit writes a quarter as many WAL frames for the same
 *   bytes; each commit of the 10k corpus's ingest took 0.3 s instead of 0.5.
 * - WAL: readers (the API) never block the writer (ingest) and a killed
 *   process leaves the last committed transaction intact.
 * - synchronous=FULL: WAL with NORMAL is already safe against a killed
 *   process, but after a power loss it may lose the most recent commits.
 *   Extraction can be re-run, an analyst's correction cannot, so we pay one
 *   fsync per transaction (≈ 22 ms here: ingest writes a batch of files per
 *   transaction so that it is paid once for hundreds of files). The batches
 *   of a bulk load into an empty store commit with NORMAL
 *   (`SqliteGraphStore.writeBatch`).
 * - foreign_keys: relations must join documents; cascades clean provenance.
 * - busy_timeout: the CLI and the server may open the same file.
 * - ensureReadIndexes: an ingest into an empty store drops the indexes only
 *   readers use and builds them at its end; one stopped before that left
 *   them dropped.
 * - cache_size 64 MiB (default 2 MiB): a batch of files writes postings,
 *   documents and full text all over their b-trees; with the default cache
 *   it spilled and re-read pages through the WAL within one transaction.
 */
export async function openSqliteStore(dataDir: string, options: OpenSqliteOptions = {}): Promise<SqliteGraphStore> {
  let db: Database.Database;
  try {
    mkdirSync(dataDir, { recursive: true });
    db = new Database(join(dataDir, DATABASE_FILE_NAME));
  } catch (error) {
    throw new StoreUnavailableError(
      `Cannot open the store in '${dataDir}': ${(error as Error).message}. Set DATA_DIR to a writable folder.`,
      { cause: error },
    );
  }
  try {
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    db.pragma(`page_size = ${PAGE_SIZE}`);
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${options.synchronous === 'NORMAL' ? 'NORMAL' : 'FULL'}`);
    db.pragma('foreign_keys = ON');
    db.pragma('cache_size = -65536');
    migrate(db);
    db.transaction(() => ensureReadIndexes(db)).immediate();
  } catch (error) {
    db.close();
    throw mapSqliteError(error);
  }
  const script = options.checkpointScript === undefined ? DEFAULT_CHECKPOINT_SCRIPT : options.checkpointScript;
  let checkpointer: BackgroundCheckpointer | undefined;
  if (script !== null && BackgroundCheckpointer.available(script)) {
    try {
      checkpointer = new BackgroundCheckpointer(db, script, options.busyTimeoutMs ?? 5000, options.walLimitBytes);
    } catch (error) {
      db.close();
      throw mapSqliteError(error);
    }
  }
  return new SqliteGraphStore(db, options.now, checkpointer);
}
