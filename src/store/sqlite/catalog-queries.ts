import type Database from 'better-sqlite3';
import type { DocumentType } from '../../domain/document-type';
import type { OrganizationNode, PersonNode, ProvinceNode } from '../../domain/graph';
import { assertWellFormedId } from '../../domain/identity';
import { CITING_RELATION_TYPES, RelationType, type RelationType as RelationTypeT } from '../../domain/relation-type';
import type { System } from '../../domain/system';
import type { CountedPage, GraphStats, PageRequest } from '../port';
import { assertPageSize, decodeCursor, encodeCursor } from '../shared/cursor';
import { placeholders } from './relation-row';
import { statement } from './statement-cache';
import { nameSortKey } from '../shared/sort-key';

interface OrgRow {
  id: string;
  name: string;
  name_key: string;
  system: string | null;
  province_id: string | null;
  parent_id: string | null;
}
interface PersonRow {
  id: string;
  name: string;
  name_key: string;
  aliases: string;
}

const toOrg = (r: OrgRow): OrganizationNode => ({
  id: r.id,
  name: r.name,
  system: r.system as System | null,
  provinceId: r.province_id,
  parentId: r.parent_id,
});
const toPerson = (r: PersonRow): PersonNode => ({ id: r.id, name: r.name, aliases: JSON.parse(r.aliases) as string[] });

function byIds<R extends { id: string }, T>(
  db: Database.Database,
  table: string,
  kind: 'org' | 'person' | 'province',
  ids: readonly string[],
  map: (row: R) => T,
): (T | null)[] {
  ids.forEach((id) => assertWellFormedId(id, kind));
  const found = new Map<string, T>();
  const unique = [...new Set(ids)];
  const rows = statement(db, `SELECT * FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(unique)) as R[];
  for (const row of rows) found.set(row.id, map(row));
  return ids.map((id) => found.get(id) ?? null);
}

export const getOrganizations = (db: Database.Database, ids: readonly string[]): (OrganizationNode | null)[] =>
  byIds<OrgRow, OrganizationNode>(db, 'organizations', 'org', ids, toOrg);
export const getPersons = (db: Database.Database, ids: readonly string[]): (PersonNode | null)[] =>
  byIds<PersonRow, PersonNode>(db, 'persons', 'person', ids, toPerson);
export const getProvinces = (db: Database.Database, ids: readonly string[]): (ProvinceNode | null)[] =>
  byIds<{ id: string; name: string }, ProvinceNode>(db, 'provinces', 'province', ids, (r) => ({ id: r.id, name: r.name }));

/**
 * A page of organisations (document count = documents they issued) or
 * persons (documents they signed), ordered by folded name then id.
 */
function countedPage<R extends { id: string; name_key: string }, T>(
  db: Database.Database,
  table: string,
  countColumn: string,
  page: PageRequest,
  map: (row: R) => T,
): CountedPage<T> {
  assertPageSize(page.first);
  const after = page.after ? decodeCursor(page.after) : null;
  const totalCount = (statement(db, `SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT t.*, (SELECT COUNT(*) FROM documents d WHERE d.${countColumn} = t.id) AS document_count
         FROM ${table} t
        WHERE ? IS NULL OR (t.name_key || char(1) || t.id) > ?
        ORDER BY t.name_key, t.id LIMIT ?`,
    )
    .all(after, after, page.first + 1) as Array<R & { document_count: number }>;
  return {
    totalCount,
    hasNextPage: rows.length > page.first,
    items: rows.slice(0, page.first).map((row) => ({
      node: map(row),
      documentCount: row.document_count,
      cursor: encodeCursor(nameSortKey(row.name_key, row.id)),
    })),
  };
}

export const listOrganizations = (db: Database.Database, page: PageRequest): CountedPage<OrganizationNode> =>
  countedPage<OrgRow, OrganizationNode>(db, 'organizations', 'issuer_id', page, toOrg);
export const listPersons = (db: Database.Database, page: PageRequest): CountedPage<PersonNode> =>
  countedPage<PersonRow, PersonNode>(db, 'persons', 'signer_id', page, toPerson);

export function listProvinces(db: Database.Database): Array<{ node: ProvinceNode; documentCount: number }> {
  return (
    db
      .prepare(
        `SELECT p.id, p.name, (SELECT COUNT(*) FROM documents d WHERE d.province_id = p.id) AS documentCount
           FROM provinces p ORDER BY p.name_key, p.id`,
      )
      .all() as Array<{ id: string; name: string; documentCount: number }>
  ).map((r) => ({ node: { id: r.id, name: r.name }, documentCount: r.documentCount }));
}

const MOST_CITED_LIMIT = 10;

/** Counts over effective relations; "cited" means any citing relation type (CITES and those implying it). */
/** Read from the in_corpus index: a scan of `documents` reads every text. */
export const DOCUMENT_COUNTS_SQL = 'SELECT COUNT(*) AS documents, COALESCE(SUM(in_corpus), 0) AS inCorpus FROM documents INDEXED BY documents_in_corpus';

export function documentCounts(db: Database.Database): { documents: number; inCorpus: number } {
  return statement(db, DOCUMENT_COUNTS_SQL).get() as { documents: number; inCorpus: number };
}

export const MOST_CITED_TYPES = [RelationType.CITES, ...CITING_RELATION_TYPES];

/**
 * The unary `+` keeps SQLite off the primary key's ranges by type, which
 * come out of it unordered by target and were grouped and counted through
 * temporary b-trees (0.3–0.4 s at 100,000 documents); the target index, read
 * once in target order, groups as it goes (about 75 ms).
 */
export const MOST_CITED_SQL = `SELECT target_id AS documentId, COUNT(DISTINCT source_id) AS count FROM effective_relations
  WHERE +type IN (${placeholders(MOST_CITED_TYPES.length)})
  GROUP BY target_id ORDER BY count DESC, target_id LIMIT ?`;

export function stats(db: Database.Database): GraphStats {
  const counts = documentCounts(db);
  const relationsByType = db
    .prepare('SELECT type, COUNT(*) AS count FROM effective_relations GROUP BY type ORDER BY count DESC, type')
    .all() as Array<{ type: RelationTypeT; count: number }>;
  const documentsByProvince = db
    .prepare(
      `SELECT province_id AS provinceId, COUNT(*) AS count FROM documents WHERE province_id IS NOT NULL
        GROUP BY province_id ORDER BY count DESC, province_id`,
    )
    .all() as Array<{ provinceId: string; count: number }>;
  const documentsByType = db
    .prepare('SELECT type, COUNT(*) AS count FROM documents GROUP BY type ORDER BY count DESC, type')
    .all() as Array<{ type: DocumentType; count: number }>;
  const mostCited = db.prepare(MOST_CITED_SQL).all(...MOST_CITED_TYPES, MOST_CITED_LIMIT) as Array<{ documentId: string; count: number }>;
  return { ...counts, relationsByType, documentsByProvince, documentsByType, mostCited };
}
