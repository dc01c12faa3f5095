import type Database from 'better-sqlite3';
import type { DocumentNode } from '../../domain/graph';
import { assertWellFormedId } from '../../domain/identity';
import type { DocumentPage, DocumentQuery, PageRequest, SearchHit } from '../port';
import { assertPageSize, decodeCursor, encodeCursor } from '../shared/cursor';
import { documentsFromLeanRows, LEAN_DOCUMENT_COLUMNS, type LeanDocumentRow } from './deferred-document-fields';
import { ftsMatchExpression, markedSnippet, queryTerms } from '../shared/full-text';
import { boundedBelow, filterClause } from './document-filter';
import { rankedMatches } from './ranked-matches';
import { statement } from './statement-cache';

// Statements come from the per-connection cache: the SQL varies only with which filter fields are set.
const SELECT_DOC = `SELECT ${LEAN_DOCUMENT_COLUMNS.map((c) => 'd.' + c).join(', ')} FROM documents d`;

export function getDocuments(db: Database.Database, ids: readonly string[]): (DocumentNode | null)[] {
  ids.forEach((id) => assertWellFormedId(id, 'doc'));
  if (ids.length === 0) return [];
  const unique = JSON.stringify([...new Set(ids)]);
  const rows = statement(db, `${SELECT_DOC} WHERE d.id IN (SELECT value FROM json_each(?))`).all(unique) as LeanDocumentRow[];
  const byId = new Map(documentsFromLeanRows(db, rows).map((node) => [node.id, node]));
  return ids.map((id) => byId.get(id) ?? null);
}

export function findByCode(db: Database.Database, code: string, narrow?: { scope?: string; year?: number }): DocumentNode[] {
  const where = ['d.code = ?'];
  const params: unknown[] = [code];
  if (narrow?.scope !== undefined) {
    where.push('d.scope = ?');
    params.push(narrow.scope);
  }
  if (narrow?.year !== undefined) {
    where.push('d.year = ?');
    params.push(narrow.year);
  }
  const rows = statement(db, `${SELECT_DOC} WHERE ${where.join(' AND ')} ORDER BY d.sort_key`).all(...params) as LeanDocumentRow[];
  return documentsFromLeanRows(db, rows);
}

export function listDocuments(db: Database.Database, filter: DocumentQuery, page: PageRequest): DocumentPage {
  assertPageSize(page.first);
  const after = page.after ? decodeCursor(page.after) : null;
  const clause = filterClause(filter);
  if (clause === null) return { totalCount: 0, items: [], hasNextPage: false };
  const all = boundedBelow(clause, null);
  const whereAll = all.where.length > 0 ? `WHERE ${all.where.join(' AND ')}` : '';
  const totalCount = (statement(db, `SELECT COUNT(*) AS n FROM documents d ${whereAll}`).get(...all.params) as { n: number }).n;
  const { where: pageWhere, params: pageParams } = boundedBelow(clause, after);
  // The page is chosen from (filter, sort_key) alone, so an index such as (province_id, sort_key)
  // orders it without reading any document row; only the rows shown are read, by rowid.
  const keys = statement(
    db,
    `SELECT d.rowid AS rid, d.sort_key AS sortKey FROM documents d ${pageWhere.length > 0 ? 'WHERE ' + pageWhere.join(' AND ') : ''} ORDER BY d.sort_key LIMIT ?`,
  ).all(...pageParams, page.first + 1) as Array<{ rid: number; sortKey: string }>;
  const hasNextPage = keys.length > page.first;
  const shown = keys.slice(0, page.first);
  const byRowid = new Map(
    (
      statement(db, `${SELECT_DOC.replace(' FROM', ', d.rowid AS rid FROM')} WHERE d.rowid IN (SELECT value FROM json_each(?))`).all(
        JSON.stringify(shown.map((k) => k.rid)),
      ) as Array<LeanDocumentRow & { rid: number }>
    ).map((row) => [row.rid, row]),
  );
  const nodes = documentsFromLeanRows(
    db,
    shown.map((k) => byRowid.get(k.rid)!),
  );
  const items = shown.map((k, i) => ({ node: nodes[i]!, cursor: encodeCursor(k.sortKey) }));
  return { totalCount, items, hasNextPage };
}

export function search(db: Database.Database, text: string, limit: number): SearchHit[] {
  assertPageSize(limit);
  const terms = queryTerms(text);
  if (terms.length === 0 || limit === 0) return [];
  const rows = rankedMatches(db, ftsMatchExpression(terms), limit);
  return rows.map((row) => ({
    documentId: row.id,
    snippet:
      (row.text !== null ? markedSnippet(row.text, terms) : null) ??
      (row.subject !== null ? markedSnippet(row.subject, terms) : null) ??
      (row.code !== null ? markedSnippet(row.code, terms) : null) ??
      row.subject ??
      row.code ??
      '',
    // bm25 is lower-is-better and negative; callers read higher as better.
    score: -row.rank,
  }));
}
