import type Database from 'better-sqlite3';
import type { GraphDump } from '../port';
import { getOrganizations, getPersons, getProvinces } from './catalog-queries';
import { listCorrections } from './corrections';
import { DOCUMENT_COLUMNS, fromDocumentRow, type DocumentRow } from './document-row';
import { fromRelationRow, RELATION_COLUMNS, type RelationRow } from './relation-row';

/**
 * The whole graph, read in one transaction so it is a consistent snapshot:
 * relations as effective records (corrections applied), plus the corrections
 * themselves so another store can replay them.
 */
export function dump(db: Database.Database): GraphDump {
  const ids = (table: string): string[] => db.prepare(`SELECT id FROM ${table} ORDER BY id`).pluck().all() as string[];
  const nonNull = <T>(list: (T | null)[]): T[] => list.filter((x): x is T => x !== null);
  return {
    provinces: nonNull(getProvinces(db, ids('provinces'))),
    organizations: nonNull(getOrganizations(db, ids('organizations'))),
    persons: nonNull(getPersons(db, ids('persons'))),
    documents: (db.prepare(`SELECT ${DOCUMENT_COLUMNS} FROM documents ORDER BY sort_key`).all() as DocumentRow[]).map(
      fromDocumentRow,
    ),
    relations: (
      db.prepare(`SELECT ${RELATION_COLUMNS} FROM effective_relations ORDER BY source_id, type, target_id`).all() as RelationRow[]
    ).map(fromRelationRow),
    corrections: listCorrections(db),
  };
}
