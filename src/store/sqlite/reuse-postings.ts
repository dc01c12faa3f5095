import type Database from 'better-sqlite3';
import { pluckStatement, statement } from './statement-cache';
import type { ReuseSignature } from '../../domain/graph';
import { bucketKeyList, exactKeyList } from './reuse-keys';
import { withSorterTuning } from './sorter-tuning';

/**
 * Reuse postings are written in two steps. A batch of files appends each
 * document's keys as one row to `reuse_postings_staged` (a plain table whose
 * rows arrive in document order, so both its b-trees grow at the end; one
 * row, not one per key: a document has ≈ 140), and `settleReusePostings`
 * moves everything staged into `reuse_postings` (or, for an increment, the
 * small `reuse_postings_recent`) in key order before anything reads
 * postings; readers take both tables. Inserting each batch straight into
 * the (bucket, doc, file) key dirtied pages all over an index that grows with
 * the corpus (random 52-bit keys: a batch of 256 files put about 38,000 keys
 * into a 10,000-document store's 7,300 pages, i.e. rewrote nearly all of
 * them), and that write grew with every batch of a large ingest.
 * Pending rows are committed with their batch, so an ingest that stops
 * before settling loses nothing: the next settle takes them.
 */

/** Postings to stage: a document's signature as given by the extractor, its id and the contributing file's name. */
export interface PostingRow {
  signature: Pick<ReuseSignature, 'buckets' | 'keys'>;
  documentId: string;
  fileName: string;
}

/**
 * Appends a batch's postings to the staged table, once its documents have
 * rows (a posting holds the document's rowid); postings of a document
 * without a row are dropped.
 */
export function stagePostings(db: Database.Database, rows: readonly PostingRow[]): void {
  if (rows.length === 0) return;
  const rowidOf = pluckStatement(db, 'SELECT rowid FROM documents WHERE id = ?');
  const fileIdOf = pluckStatement(db, 'SELECT id FROM reuse_files WHERE name = ?');
  const addFile = statement(db, 'INSERT INTO reuse_files (name) VALUES (?)');
  const insert = statement(db, 'INSERT INTO reuse_postings_staged (doc, file, keys) VALUES (?, ?, ?)');
  const docs = new Map<string, number | undefined>();
  const files = new Map<string, number>();
  for (const row of rows) {
    let doc = docs.get(row.documentId);
    if (doc === undefined && !docs.has(row.documentId)) docs.set(row.documentId, (doc = rowidOf.get(row.documentId) as number | undefined));
    if (doc === undefined) continue;
    let file = files.get(row.fileName);
    if (file === undefined) {
      file = (fileIdOf.get(row.fileName) as number | undefined) ?? Number(addFile.run(row.fileName).lastInsertRowid);
      files.set(row.fileName, file);
    }
    const { keys } = row.signature;
    if (keys) {
      if (keys.length > 0) insert.run(doc, file, exactKeyList(keys));
    } else if (row.signature.buckets.length > 0) insert.run(doc, file, bucketKeyList(row.signature.buckets));
  }
}

/**
 * Drops a document's postings (those of one contributing file when `file` is
 * given), settled or pending. Settled ones are found by the keys recorded
 * with them (`reuse_postings_settled`), in the table its row names: each is
 * a lookup of that table's own key.
 */
export function dropPostings(db: Database.Database, doc: number, file?: number): void {
  const settled = (
    file === undefined
      ? statement(db, 'SELECT file, keys, recent FROM reuse_postings_settled WHERE doc = ?').all(doc)
      : statement(db, 'SELECT file, keys, recent FROM reuse_postings_settled WHERE doc = ? AND file = ?').all(doc, file)
  ) as Array<{ file: number; keys: string; recent: number }>;
  for (const row of settled) {
    const table = row.recent === 1 ? 'reuse_postings_recent' : 'reuse_postings';
    statement(db, `DELETE FROM ${table} WHERE bucket IN (SELECT value FROM json_each(?)) AND doc = ? AND file = ?`).run(row.keys, doc, row.file);
  }
  if (file === undefined) {
    statement(db, 'DELETE FROM reuse_postings_settled WHERE doc = ?').run(doc);
    statement(db, 'DELETE FROM reuse_postings_staged WHERE doc = ?').run(doc);
  } else {
    statement(db, 'DELETE FROM reuse_postings_settled WHERE doc = ? AND file = ?').run(doc, file);
    statement(db, 'DELETE FROM reuse_postings_staged WHERE doc = ? AND file = ?').run(doc, file);
  }
}

/** `dropPostings` by document id; nothing to drop when the document has no row. */
export function dropPostingsOfDocument(db: Database.Database, documentId: string, file?: number): void {
  const doc = pluckStatement(db, 'SELECT rowid FROM documents WHERE id = ?').get(documentId) as number | undefined;
  if (doc !== undefined) dropPostings(db, doc, file);
}

export function hasPendingPostings(db: Database.Database): boolean {
  return pluckStatement(db, 'SELECT EXISTS (SELECT 1 FROM reuse_postings_staged)').get() === 1;
}

/**
 * Recent postings are moved into `reuse_postings` once their rows (a document
 * and file each) would pass this share of the rows already there. Settling an
 * increment into the large table rewrote most of its pages (1,055 documents'
 * 151,483 postings into the 100k store's 14.2 million: 1.8 s with the commit
 * and checkpoint, against 0.16 s into an empty table of the same key); the
 * move, which does that once for all the recent rows, comes about every
 * eighth of the corpus added.
 */
export const RECENT_POSTINGS_SHARE = 1 / 8;

export type SettleTarget = 'postings' | 'recent';

/**
 * Where staged rows go: into the recent table while the recent rows with
 * them stay within `RECENT_POSTINGS_SHARE` of the others; otherwise, the
 * recent rows with them, into `reuse_postings` (always when it is empty: a
 * first ingest).
 */
export function settleTarget(rows: { staged: number; recent: number; settled: number }): SettleTarget {
  const large = rows.settled - rows.recent;
  return large > 0 && rows.staged + rows.recent <= large * RECENT_POSTINGS_SHARE ? 'recent' : 'postings';
}

/**
 * Moves the staged postings into `reuse_postings` or `reuse_postings_recent`
 * (`settleTarget`) in key order, and their rows into `reuse_postings_settled`
 * (by which a document's postings are dropped); the caller runs it in a
 * write transaction. Returns the staged postings moved.
 */
export function settleReusePostings(db: Database.Database): number {
  if (!hasPendingPostings(db)) return 0;
  const count = (sql: string) => pluckStatement(db, sql).get() as number;
  const target = settleTarget({
    staged: count('SELECT COUNT(*) FROM reuse_postings_staged'),
    recent: count('SELECT COUNT(*) FROM reuse_postings_settled WHERE recent = 1'),
    settled: count('SELECT COUNT(*) FROM reuse_postings_settled'),
  });
  const staged = 'SELECT k.value, s.doc, s.file FROM reuse_postings_staged s, json_each(s.keys) k';
  // Nothing else runs while postings settle (ingest waits for them).
  return withSorterTuning(db, () => {
    let moved: number;
    if (target === 'recent') {
      moved = db.prepare(`INSERT OR IGNORE INTO reuse_postings_recent (bucket, doc, file) ${staged} ORDER BY 1, 2, 3`).run().changes;
    } else {
      // One sorted pass over the large table for the staged and the recent postings together.
      const recent = count('SELECT COUNT(*) FROM reuse_postings_recent');
      moved =
        db
          .prepare(`INSERT OR IGNORE INTO reuse_postings (bucket, doc, file) ${staged} UNION ALL SELECT bucket, doc, file FROM reuse_postings_recent ORDER BY 1, 2, 3`)
          .run().changes - recent;
      db.exec('DELETE FROM reuse_postings_recent; UPDATE reuse_postings_settled SET recent = 0 WHERE recent = 1;');
    }
    db.prepare('INSERT INTO reuse_postings_settled (doc, file, keys, recent) SELECT doc, file, keys, ? FROM reuse_postings_staged').run(target === 'recent' ? 1 : 0);
    db.exec('DELETE FROM reuse_postings_staged');
    return moved;
  });
}
