import type Database from 'better-sqlite3';
import { availableParallelism } from 'node:os';

/**
 * Memory SQLite's sorter fills before it sorts a run and starts the next (a
 * connection's `cache_size` sets it). Smaller runs sorted on the helper
 * threads, then merged, beat large ones on this machine: the settle of the
 * 100k corpus's 14.2 million postings (statement and commit, three runs each,
 * alternating) took 10.9–11.5 s with 16 MiB against 12.1–14.6 s with the
 * store's 64 MiB, and its CPU 15.5–16.7 against 18.0–21.2 s; 8 and 12 MiB
 * did as well as 16, 32 MiB as badly as 64. The read indexes built after
 * the 100k bulk load: 3.4–3.7 against 4.0–4.3 s.
 */
export const SORTER_MEMORY_KIB = 16 * 1024;

/**
 * Runs `work` tuned for the large sorts of steps that nothing else runs
 * beside (the settle of an ingest's reuse postings, the indexes built after a
 * bulk load): SQLite's sorter may use helper threads (one per core, at most
 * 8; two took the 100k settle from 34–36 s to 31–32 s), and sorts runs of at
 * most `SORTER_MEMORY_KIB` (a smaller cache is kept). Both are restored
 * after, whatever `work` does.
 */
export function withSorterTuning<T>(db: Database.Database, work: () => T): T {
  const threads = db.pragma('threads', { simple: true }) as number;
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  // A positive cache_size counts pages, a negative one KiB.
  const cacheKiB = cacheSize < 0 ? -cacheSize : (cacheSize * (db.pragma('page_size', { simple: true }) as number)) / 1024;
  db.pragma(`threads = ${Math.min(8, availableParallelism())}`);
  if (cacheKiB > SORTER_MEMORY_KIB) db.pragma(`cache_size = -${SORTER_MEMORY_KIB}`);
  try {
    return work();
  } finally {
    db.pragma(`threads = ${threads}`);
    db.pragma(`cache_size = ${cacheSize}`);
  }
}
