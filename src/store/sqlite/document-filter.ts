import { matchKey } from '../../shared/fold';
import type { DocumentQuery } from '../port';
import { ftsMatchExpression, queryTerms } from '../shared/full-text';
import { issuedSortKeyRange } from '../shared/sort-key';

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
export type IndexedFilter = (typeof INDEXED_FILTERS)[number];

/**
 * The filter as SQL conditions and their parameters, and the least sort key
 * a match can have (a date range's start), which the caller states once with
 * any cursor of its own: SQLite starts an index range at one lower bound and
 * only tests the others, so a page deep into a date range read every key
 * from the range's start.
 */
export interface FilterClause {
  where: string[];
  params: unknown[];
  keyFrom: string | null;
}

export function filterClause(filter: DocumentQuery, drivers: readonly IndexedFilter[] = INDEXED_FILTERS): FilterClause | null {
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
export function boundedBelow(clause: FilterClause, after: string | null): { where: string[]; params: unknown[] } {
  if (after !== null && (clause.keyFrom === null || after >= clause.keyFrom)) {
    return { where: [...clause.where, 'd.sort_key > ?'], params: [...clause.params, after] };
  }
  if (clause.keyFrom !== null) return { where: [...clause.where, 'd.sort_key >= ?'], params: [...clause.params, clause.keyFrom] };
  return clause;
}
