import type Database from 'better-sqlite3';
import type { DocumentNode } from '../../domain/graph';
import { assertWellFormedId } from '../../domain/identity';
import { matchKey } from '../../shared/fold';
import type { DocumentPage, DocumentQuery, PageRequest, SearchHit } from '../port';
import { assertPageSize, decodeCursor, encodeCursor } from '../shared/cursor';
import { DOCUMENT_COLUMNS, fromDocumentRow, type DocumentRow } from './document-row';
import { ftsMatchExpression, markedSnippet, queryTerms } from '../shared/full-text';
import { placeholders } from './relation-row';

const SELECT_DOC = `SELECT ${DOCUMENT_COLUMNS.split(', ')
  .map((c) => 'd.' + c)
  .join(', ')} FROM documents d`;

export function getDocuments(db: Database.Database, ids: readonly string[]): (DocumentNode | null)[] {
  ids.forEach((id) => assertWellFormedId(id, 'doc'));
  if (ids.length === 0) return [];
  const byId = new Map<string, DocumentNode>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 500) {
    const chunk = unique.slice(i, i + 500);
    const rows = db.prepare(`${SELECT_DOC} WHERE d.id IN (${placeholders(chunk.length)})`).all(...chunk) as DocumentRow[];
    for (const row of rows) byId.set(row.id, fromDocumentRow(row));
  }
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
  const rows = db.prepare(`${SELECT_DOC} WHERE ${where.join(' AND ')} ORDER BY d.sort_key`).all(...params) as DocumentRow[];
  return rows.map(fromDocumentRow);
}

/** LIKE pattern for a folded substring, wildcards in user input escaped. */
function containsPattern(text: string): string {
  return `%${matchKey(text).replace(/[\\%_]/g, (c) => '\\' + c)}%`;
}

function filterClause(filter: DocumentQuery): { joins: string; where: string[]; params: unknown[] } | null {
  const where: string[] = [];
  const params: unknown[] = [];
  let joins = '';
  if (filter.code !== undefined) {
    where.push('d.code = ?');
    params.push(filter.code);
  }
  if (filter.type !== undefined) {
    where.push('d.type = ?');
    params.push(filter.type);
  }
  if (filter.province !== undefined) {
    joins += ' JOIN provinces p ON p.id = d.province_id';
    where.push("p.name_key LIKE ? ESCAPE '\\'");
    params.push(containsPattern(filter.province));
  }
  if (filter.issuer !== undefined) {
    joins += ' JOIN organizations o ON o.id = d.issuer_id';
    where.push("o.name_key LIKE ? ESCAPE '\\'");
    params.push(containsPattern(filter.issuer));
  }
  if (filter.inCorpus !== undefined) {
    where.push('d.in_corpus = ?');
    params.push(filter.inCorpus ? 1 : 0);
  }
  if (filter.issuedFrom !== undefined) {
    where.push('d.issued_on >= ?');
    params.push(filter.issuedFrom);
  }
  if (filter.issuedTo !== undefined) {
    where.push('d.issued_on <= ?');
    params.push(filter.issuedTo);
  }
  if (filter.text !== undefined) {
    const terms = queryTerms(filter.text);
    // Text without a single word matches nothing rather than everything.
    if (terms.length === 0) return null;
    where.push('d.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)');
    params.push(ftsMatchExpression(terms));
  }
  return { joins, where, params };
}

export function listDocuments(db: Database.Database, filter: DocumentQuery, page: PageRequest): DocumentPage {
  assertPageSize(page.first);
  const after = page.after ? decodeCursor(page.after) : null;
  const clause = filterClause(filter);
  if (clause === null) return { totalCount: 0, items: [], hasNextPage: false };
  const whereAll = clause.where.length > 0 ? `WHERE ${clause.where.join(' AND ')}` : '';
  const totalCount = (
    db.prepare(`SELECT COUNT(*) AS n FROM documents d${clause.joins} ${whereAll}`).get(...clause.params) as { n: number }
  ).n;
  const pageWhere = after === null ? clause.where : [...clause.where, 'd.sort_key > ?'];
  const pageParams = after === null ? clause.params : [...clause.params, after];
  const rows = db
    .prepare(
      `${SELECT_DOC}${clause.joins} ${pageWhere.length > 0 ? 'WHERE ' + pageWhere.join(' AND ') : ''} ORDER BY d.sort_key LIMIT ?`,
    )
    .all(...pageParams, page.first + 1) as DocumentRow[];
  const hasNextPage = rows.length > page.first;
  const items = rows.slice(0, page.first).map((row) => ({ node: fromDocumentRow(row), cursor: encodeCursor(row.sort_key) }));
  return { totalCount, items, hasNextPage };
}

export function search(db: Database.Database, text: string, limit: number): SearchHit[] {
  assertPageSize(limit);
  const terms = queryTerms(text);
  if (terms.length === 0 || limit === 0) return [];
  const rows = db
    .prepare(
      `SELECT d.id, d.code, d.subject, d.text, bm25(documents_fts) AS rank
         FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
        WHERE documents_fts MATCH ? ORDER BY rank, d.id LIMIT ?`,
    )
    .all(ftsMatchExpression(terms), limit) as Array<{
    id: string;
    code: string | null;
    subject: string | null;
    text: string | null;
    rank: number;
  }>;
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
