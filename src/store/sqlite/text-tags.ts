import type Database from 'better-sqlite3';
import { InvalidArgumentError } from '../../domain/errors';
import type { DocumentQuery, TagCounts, TagGrouping, TextTagger } from '../port';
import { boundedBelow, filterClause } from './document-filter';
import { pluckStatement, statement } from './statement-cache';

/**
 * The month of a document from its sort key (`documentSortKey`: `0<date>\u0001…`
 * when dated, `1…` when not): the first seven characters of the date, or
 * null when undated or the date is empty, as `issuedOn.slice(0, 7)` gives.
 * issued_on is stored after the text, the sort key in every filter index.
 */
export const MONTH_OF_SORT_KEY = (key: string): string =>
  `CASE WHEN substr(${key}, 1, 1) = '0' THEN nullif(substr(${key}, 2, min(7, instr(${key}, char(1)) - 2)), '') END`;

/** True when the stored tags were computed under another key, which `adoptTagger` would drop. */
export function taggerChanged(db: Database.Database, key: string): boolean {
  return pluckStatement(db, 'SELECT key FROM text_tagger WHERE only_row = 1').get() !== key;
}

/** Drops every tag computed under another key and records `key` as the one tags are now computed under. */
export function adoptTagger(db: Database.Database, key: string): void {
  if (!taggerChanged(db, key)) return;
  statement(db, 'DELETE FROM text_tags').run();
  statement(db, 'INSERT INTO text_tagger (only_row, key) VALUES (1, ?) ON CONFLICT(only_row) DO UPDATE SET key = excluded.key').run(key);
}

export interface Query {
  sql: string;
  params: unknown[];
}

/**
 * Rowids of the in-corpus documents matching `filter` that have no tags (or
 * all of them, when the stored tags are another tagger's), found in a
 * filter index and the tag table alone: once every document is tagged,
 * this is what a count pays to know it. Null when nothing can match.
 */
export function untaggedDocumentsQuery(filter: DocumentQuery, all = false): Query | null {
  const clause = filterClause({ ...filter, inCorpus: true });
  if (clause === null) return null;
  const { where, params } = boundedBelow(clause, null);
  const untagged = all ? [] : ['NOT EXISTS (SELECT 1 FROM text_tags t WHERE t.document = d.rowid)'];
  return { sql: `SELECT d.rowid FROM documents d WHERE ${[...where, ...untagged].join(' AND ')}`, params };
}

export function untaggedDocuments(db: Database.Database, filter: DocumentQuery, all = false): number[] {
  const query = untaggedDocumentsQuery(filter, all);
  return query === null ? [] : (pluckStatement(db, query.sql).all(...query.params) as number[]);
}

/** A document tagged in memory, with the group it counts in. */
export interface TaggedDocument {
  rid: number;
  provinceId: string | null;
  month: string | null;
  tags: number;
}

/**
 * Tags the texts of these documents that are still in the corpus and match
 * `filter` (a document without text gets none), with the province and month
 * `groupBy` asks for, as the count groups them. A document tagged meanwhile
 * (by a count running alongside) keeps its stored tags, and its text is not
 * read; `storedTags` only when the stored tags are `tagger`'s. Rowids with
 * no document any more are passed over.
 */
export function tagDocuments(
  db: Database.Database,
  rowids: readonly number[],
  tagger: TextTagger,
  groupBy: TagGrouping,
  filter: DocumentQuery,
  storedTags: boolean,
): TaggedDocument[] {
  // No filter column may drive: the rowids do.
  const clause = filterClause({ ...filter, inCorpus: true }, []);
  if (clause === null) return [];
  const { where, params } = boundedBelow(clause, null);
  const rows = statement(
    db,
    `SELECT d.rowid AS rid, d.province_id AS provinceId, ${MONTH_OF_SORT_KEY('d.sort_key')} AS month, t.tags AS stored,
            CASE WHEN ? AND t.tags IS NOT NULL THEN NULL ELSE d.text END AS text
       FROM documents d LEFT JOIN text_tags t ON t.document = d.rowid
      WHERE d.rowid IN (SELECT value FROM json_each(?)) AND ${where.join(' AND ')}`,
  ).all(storedTags ? 1 : 0, JSON.stringify(rowids), ...params) as Array<{
    rid: number;
    provinceId: string | null;
    month: string | null;
    stored: number | null;
    text: string | null;
  }>;
  return rows.map(({ rid, provinceId, month, stored, text }) => {
    const tags = storedTags && stored !== null ? stored : text === null ? 0 : tagger.tag(text);
    if (!Number.isInteger(tags) || tags < 0 || tags >= 2 ** tagger.size) {
      throw new InvalidArgumentError(`Tagger '${tagger.key}' gave ${tags} for a text; its tags are a bit set of ${tagger.size}.`);
    }
    return { rid, provinceId: groupBy.province ? provinceId : null, month: groupBy.month ? month : null, tags };
  });
}

/** This connection's view of other connections' commits: changes whenever another one commits. */
export function otherCommits(db: Database.Database): number {
  return pluckStatement(db, 'SELECT data_version FROM pragma_data_version').get() as number;
}

/**
 * Keeps tags computed from texts read while `otherCommits` was `seen`, in a
 * short write transaction: true when kept. Tagging happens before, in a
 * read, because holding the write lock for it (30–50 ms a batch, with only
 * a yield between batches) starved writers in other processes, whose
 * retries never found the lock free. Nothing is kept (false) when another
 * connection has committed since: it may have changed or deleted one of
 * these texts (the triggers had no row to drop), or put another tagger's
 * tags in place, which these would mix with. This connection writes nothing
 * between the read and this write: the caller runs both in one go.
 */
export function keepTags(db: Database.Database, seen: number, tagged: readonly TaggedDocument[]): boolean {
  if (otherCommits(db) !== seen) return false;
  const keep = statement(db, 'INSERT INTO text_tags (document, tags) VALUES (?, ?) ON CONFLICT(document) DO UPDATE SET tags = excluded.tags');
  for (const { rid, tags } of tagged) keep.run(rid, tags);
  return true;
}

/** Adds documents tagged in memory to counts from `countTags`, group by group. */
export function addTagged(counts: readonly TagCounts[], tagged: readonly TaggedDocument[], size: number, anyOf: number): TagCounts[] {
  const groups = new Map(counts.map((c) => [JSON.stringify([c.provinceId, c.month]), { ...c, withTag: [...c.withTag] }]));
  for (const d of tagged) {
    const key = JSON.stringify([d.provinceId, d.month]);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { provinceId: d.provinceId, month: d.month, withTag: new Array<number>(size).fill(0), withAnyOf: 0 }));
    for (let i = 0; i < size; i++) if ((d.tags >>> i) & 1) group.withTag[i]! += 1;
    if ((d.tags & anyOf) !== 0) group.withAnyOf += 1;
  }
  return [...groups.values()];
}

/**
 * In-corpus documents matching `filter` per tag (and province and month
 * when grouped by them), from tags already stored: one row per group, each
 * tag's count a sum over its bit. Counting per tag set instead gave about
 * one group per document when grouped by province and month too (86,227
 * groups for 100,000 documents), all read into JS. The documents are read first,
 * from a filter index (the `CROSS JOIN` keeps SQLite from reading the tag
 * table first and each document's row, with its text, after it). Without a
 * filter of its own the in_corpus flag is only tested, so that a full scan
 * may use the province index, which also holds the province.
 */
export function countTagsQuery(filter: DocumentQuery, size: number, groupBy: TagGrouping, anyOf: number): Query | null {
  assertTagSet(size, anyOf);
  const clause = filterClause({ ...filter, inCorpus: true }, ['code', 'province', 'issuer', 'type']);
  if (clause === null) return null;
  const { where, params } = boundedBelow(clause, null);
  // Bits are spelled into the SQL: the statement is cached per tagger size, and they are integers.
  const perTag = Array.from({ length: size }, (_, i) => `sum((t.tags >> ${i}) & 1)`).join(', ');
  return {
    sql: `SELECT ${groupBy.province ? 'd.province_id' : 'NULL'} AS provinceId, ${groupBy.month ? MONTH_OF_SORT_KEY('d.sort_key') : 'NULL'} AS month,
            json_array(${perTag}) AS withTag, sum((t.tags & ?) != 0) AS withAnyOf
       FROM documents d CROSS JOIN text_tags t ON t.document = d.rowid
      WHERE ${where.join(' AND ')}
      GROUP BY 1, 2`,
    params: [anyOf, ...params],
  };
}

export function countTags(db: Database.Database, filter: DocumentQuery, size: number, groupBy: TagGrouping, anyOf: number): TagCounts[] {
  const query = countTagsQuery(filter, size, groupBy, anyOf);
  if (query === null) return [];
  const rows = statement(db, query.sql).all(...query.params) as Array<Omit<TagCounts, 'withTag'> & { withTag: string }>;
  return rows.map((r) => ({ ...r, withTag: JSON.parse(r.withTag) as number[] }));
}

/** Throws `InvalidArgumentError` unless `size` is 0–31 tags and `anyOf` a set of them. */
export function assertTagSet(size: number, anyOf: number): void {
  if (!Number.isInteger(size) || size < 0 || size > 31) throw new InvalidArgumentError(`A tagger's size is 0–31 tags, not ${size}.`);
  if (!Number.isInteger(anyOf) || anyOf < 0 || anyOf >= 2 ** size) throw new InvalidArgumentError(`anyOf ${anyOf} is not a set of the tagger's ${size} tags.`);
}
