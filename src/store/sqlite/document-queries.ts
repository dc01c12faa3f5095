import type Database from 'better-sqlite3';
import type { DocumentNode } from '../../domain/graph';
import { assertWellFormedId } from '../../domain/identity';
import { matchKey } from '../../shared/fold';
import type { CorpusText, DocumentPage, DocumentQuery, PageRequest, SearchHit } from '../port';
import { assertPageSize, decodeCursor, encodeCursor } from '../shared/cursor';
import { issuedSortKeyRange } from '../shared/sort-key';
import { documentsFromLeanRows, LEAN_DOCUMENT_COLUMNS, type LeanDocumentRow } from './deferred-document-fields';
import { ftsMatchExpression, markedSnippet, queryTerms } from '../shared/full-text';
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

/** LIKE pattern for a folded substring, wildcards in user input escaped. */
function containsPattern(text: string): string {
  return `%${matchKey(text).replace(/[\\%_]/g, (c) => '\\' + c)}%`;
}

/**
 * Filters that can reach documents through an index of their own, most
 * selective first. Only the first present may: the others are marked with a
 * unary `+` and tested on what it reaches. Without statistics SQLite takes
 * any equality for selective, and chose the in_corpus index (true of nearly
 * every document) with a province or type filter, then read every row
 * through it for the province, type and sort key: the page of a province's
 * in-corpus documents took 0.8 s at 100,000 documents.
 */
const INDEXED_FILTERS = ['code', 'province', 'issuer', 'type', 'inCorpus'] as const;
type IndexedFilter = (typeof INDEXED_FILTERS)[number];

/**
 * The filter as SQL conditions and their parameters, and the least sort key
 * a match can have (a date range's start), which the caller states once with
 * any cursor of its own: SQLite starts an index range at one lower bound and
 * only tests the others, so a page deep into a date range read every key
 * from the range's start.
 */
interface FilterClause {
  where: string[];
  params: unknown[];
  keyFrom: string | null;
}

function filterClause(filter: DocumentQuery, drivers: readonly IndexedFilter[] = INDEXED_FILTERS): FilterClause | null {
  const where: string[] = [];
  const params: unknown[] = [];
  let keyFrom: string | null = null;
  const driver = drivers.find((key) => filter[key] !== undefined);
  const column = (name: string, key: IndexedFilter): string => (key === driver ? name : `+${name}`);
  if (filter.code !== undefined) {
    where.push(`${column('d.code', 'code')} = ?`);
    params.push(filter.code);
  }
  if (filter.type !== undefined) {
    where.push(`${column('d.type', 'type')} = ?`);
    params.push(filter.type);
  }
  // The names are matched in their own (small) tables first, so that documents are reached through
  // their province or issuer index; a join let SQLite scan every document and count by scanning.
  if (filter.province !== undefined) {
    where.push(`${column('d.province_id', 'province')} IN (SELECT id FROM provinces WHERE name_key LIKE ? ESCAPE '\\')`);
    params.push(containsPattern(filter.province));
  }
  if (filter.issuer !== undefined) {
    where.push(`${column('d.issuer_id', 'issuer')} IN (SELECT id FROM organizations WHERE name_key LIKE ? ESCAPE '\\')`);
    params.push(containsPattern(filter.issuer));
  }
  if (filter.inCorpus !== undefined) {
    where.push(`${column('d.in_corpus', 'inCorpus')} = ?`);
    params.push(filter.inCorpus ? 1 : 0);
  }
  if (filter.issuedFrom !== undefined || filter.issuedTo !== undefined) {
    // The sort key starts with the issue date, and every index that orders a page ends with it: a
    // date range is a range of keys there. issued_on itself is stored after the text.
    const range = issuedSortKeyRange(filter.issuedFrom, filter.issuedTo);
    if (range !== null) {
      keyFrom = range.from;
      where.push('d.sort_key < ?');
      params.push(range.below);
    } else {
      if (filter.issuedFrom !== undefined) {
        where.push('d.issued_on >= ?');
        params.push(filter.issuedFrom);
      }
      if (filter.issuedTo !== undefined) {
        where.push('d.issued_on <= ?');
        params.push(filter.issuedTo);
      }
    }
  }
  if (filter.text !== undefined) {
    const terms = queryTerms(filter.text);
    // Text without a single word matches nothing rather than everything.
    if (terms.length === 0) return null;
    // The unary `+` keeps SQLite from reaching every match by its rowid: a row holds its document's
    // text, and a common word's 34,000 matches in a 100,000-document store cost 170 ms of seeks for
    // the count and as much again for the page. Each match is instead tested while a compact index
    // is read (the smallest for the count, sort_key's for the page, province's with that filter).
    where.push('+d.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)');
    params.push(ftsMatchExpression(terms));
  }
  return { where, params, keyFrom };
}

/** The clause's conditions with one lower bound on the sort key: the tighter of its own and `> after`. */
function boundedBelow(clause: FilterClause, after: string | null): { where: string[]; params: unknown[] } {
  if (after !== null && (clause.keyFrom === null || after >= clause.keyFrom)) {
    return { where: [...clause.where, 'd.sort_key > ?'], params: [...clause.params, after] };
  }
  if (clause.keyFrom !== null) return { where: [...clause.where, 'd.sort_key >= ?'], params: [...clause.params, clause.keyFrom] };
  return clause;
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

/**
 * A batch of in-corpus documents matching `filter`, by rowid after
 * `afterRowid`. Without a selective filter (code, province, issuer) the
 * table is read in rowid order: for the whole corpus one sequential pass,
 * where the corpus or type index would have had most of the corpus sorted
 * again for every batch. With one, its index finds the matches, which are
 * sorted by rowid again for each batch: cheap for a province's few thousand
 * documents, quadratic for an issuer as broad as every UBND.
 */
export function corpusTextBatch(
  db: Database.Database,
  filter: DocumentQuery,
  afterRowid: number,
  limit: number,
): Array<CorpusText & { rid: number }> {
  const clause = filterClause({ ...filter, inCorpus: true }, ['code', 'province', 'issuer']);
  if (clause === null) return [];
  const { where, params } = boundedBelow(clause, null);
  return statement(
    db,
    `SELECT d.rowid AS rid, d.province_id AS provinceId, d.issued_on AS issuedOn, d.text
       FROM documents d WHERE ${[...where, 'd.rowid > ?'].join(' AND ')} ORDER BY d.rowid LIMIT ?`,
  ).all(...params, afterRowid, limit) as Array<CorpusText & { rid: number }>;
}
