import type Database from 'better-sqlite3';
import { statement } from './statement-cache';

/** A document that matches a full-text query, with its bm25 rank (lower is better). */
export interface RankedMatch {
  id: string;
  code: string | null;
  subject: string | null;
  text: string | null;
  rank: number;
}

// The index ranks every match, but only `limit + 1` of them reach the join and the texts.
const HEAD = `SELECT d.id, d.code, d.subject, d.text, m.rank
  FROM (SELECT rowid, bm25(documents_fts) AS rank FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?) AS m
  JOIN documents d ON d.rowid = m.rowid
 ORDER BY m.rank, d.id`;

// Every match ranked once, kept; the cut is the limit-th best rank, and all its ties are ordered by id.
const THROUGH_TIES = `WITH m(rid, rank) AS MATERIALIZED (
    SELECT rowid, bm25(documents_fts) FROM documents_fts WHERE documents_fts MATCH ?)
SELECT d.id, d.code, d.subject, d.text, m.rank
  FROM m JOIN documents d ON d.rowid = m.rid
 WHERE m.rank <= (SELECT rank FROM m ORDER BY rank LIMIT 1 OFFSET ?)
 ORDER BY m.rank, d.id
 LIMIT ?`;

/**
 * The `limit` best matches of an FTS5 expression, by bm25 rank and then
 * document id. A common word matches most documents, and joining every match
 * to its row to sort them took 300–400 ms on a 100,000-document store; the
 * index ranks them alone first and the join reads `limit + 1` rows.
 *
 * The one row past the limit says whether documents of equal rank straddle
 * the cut, which the index's own sort breaks in no order we promise. Only
 * then are the matches ranked a second time, to take the cut's ties by id.
 * Both rely on every full-text row having its document, which holds because
 * documents are created and deleted in one place, with their index rows
 * (`materialize.ts`).
 */
export function rankedMatches(db: Database.Database, match: string, limit: number): RankedMatch[] {
  if (limit <= 0) return [];
  const head = statement(db, HEAD).all(match, limit + 1) as RankedMatch[];
  if (head.length <= limit) return head;
  if (head[limit]!.rank > head[limit - 1]!.rank) return head.slice(0, limit);
  return statement(db, THROUGH_TIES).all(match, limit - 1, limit) as RankedMatch[];
}
