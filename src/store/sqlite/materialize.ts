import type Database from 'better-sqlite3';
import type { DocumentNode, OrganizationNode, PersonNode, ProvinceNode } from '../../domain/graph';
import type { Evidence } from '../../domain/span';
import { matchKey } from '../../shared/fold';
import { DOCUMENT_COLUMNS, toDocumentRow } from './document-row';
import { foldForIndex } from './full-text';
import { mergeDocuments, mergeOrganizations, mergePersons, mergeProvinces, type Contribution } from './merge-nodes';

/**
 * Recomputes merged rows from the contribution tables for the given keys:
 * a key with contributions left is upserted, one without is deleted. Called
 * inside the writing transaction after contributions change.
 */

export type NodeKind = 'organization' | 'person' | 'province';

export interface RelationKey {
  type: string;
  sourceId: string;
  targetId: string;
}

export function rematerializeDocuments(db: Database.Database, ids: Iterable<string>): void {
  const contributions = db.prepare(
    'SELECT file_name AS fileName, data FROM document_contributions WHERE document_id = ?',
  );
  const upsert = db.prepare(
    `INSERT INTO documents (${DOCUMENT_COLUMNS}) VALUES (${DOCUMENT_COLUMNS.split(', ')
      .map((c) => '@' + c)
      .join(', ')})
     ON CONFLICT(id) DO UPDATE SET ${DOCUMENT_COLUMNS.split(', ')
       .filter((c) => c !== 'id')
       .map((c) => `${c} = excluded.${c}`)
       .join(', ')}`,
  );
  const rowidOf = db.prepare('SELECT rowid FROM documents WHERE id = ?').pluck();
  const deleteFts = db.prepare('DELETE FROM documents_fts WHERE rowid = ?');
  const insertFts = db.prepare('INSERT INTO documents_fts (rowid, code, subject, text) VALUES (?, ?, ?, ?)');
  const deleteDoc = db.prepare('DELETE FROM documents WHERE id = ?');
  const deleteRecipients = db.prepare('DELETE FROM document_recipients WHERE document_id = ?');
  const insertRecipient = db.prepare(
    'INSERT OR IGNORE INTO document_recipients (document_id, organization_id, position) VALUES (?, ?, ?)',
  );
  for (const id of ids) {
    const rows = contributions.all(id) as Array<{ fileName: string; data: string }>;
    const existingRowid = rowidOf.get(id) as number | undefined;
    if (existingRowid !== undefined) deleteFts.run(existingRowid);
    if (rows.length === 0) {
      if (existingRowid !== undefined) deleteDoc.run(id);
      continue;
    }
    const merged = mergeDocuments(
      rows.map((r): Contribution<DocumentNode> => ({ fileName: r.fileName, node: JSON.parse(r.data) as DocumentNode })),
    );
    upsert.run(toDocumentRow(merged));
    const rowid = rowidOf.get(id) as number;
    insertFts.run(rowid, foldForIndex(merged.code), foldForIndex(merged.subject), foldForIndex(merged.text));
    deleteRecipients.run(id);
    merged.recipientIds.forEach((orgId, position) => insertRecipient.run(id, orgId, position));
  }
}

export function rematerializeNodes(db: Database.Database, kind: NodeKind, ids: Iterable<string>): void {
  const contributions = db.prepare(
    'SELECT file_name AS fileName, data FROM node_contributions WHERE kind = ? AND node_id = ?',
  );
  const table = { organization: 'organizations', person: 'persons', province: 'provinces' }[kind];
  const remove = db.prepare(`DELETE FROM ${table} WHERE id = ?`);
  const upsertOrg = db.prepare(
    `INSERT INTO organizations (id, name, name_key, system, province_id, parent_id) VALUES (@id, @name, @nameKey, @system, @provinceId, @parentId)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, name_key = excluded.name_key, system = excluded.system,
       province_id = excluded.province_id, parent_id = excluded.parent_id`,
  );
  const upsertPerson = db.prepare(
    `INSERT INTO persons (id, name, name_key, aliases) VALUES (@id, @name, @nameKey, @aliases)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, name_key = excluded.name_key, aliases = excluded.aliases`,
  );
  const upsertProvince = db.prepare(
    `INSERT INTO provinces (id, name, name_key) VALUES (@id, @name, @nameKey)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, name_key = excluded.name_key`,
  );
  for (const id of ids) {
    const rows = (contributions.all(kind, id) as Array<{ fileName: string; data: string }>).map((r) => ({
      fileName: r.fileName,
      node: JSON.parse(r.data) as unknown,
    }));
    if (rows.length === 0) {
      remove.run(id);
      continue;
    }
    switch (kind) {
      case 'organization': {
        const org = mergeOrganizations(rows as Contribution<OrganizationNode>[]);
        upsertOrg.run({ ...org, nameKey: matchKey(org.name) });
        break;
      }
      case 'person': {
        const person = mergePersons(rows as Contribution<PersonNode>[]);
        upsertPerson.run({ id: person.id, name: person.name, nameKey: matchKey(person.name), aliases: JSON.stringify(person.aliases) });
        break;
      }
      case 'province': {
        const province = mergeProvinces(rows as Contribution<ProvinceNode>[]);
        upsertProvince.run({ ...province, nameKey: matchKey(province.name) });
        break;
      }
    }
  }
}

/** Merged relation: evidence of every contributing file (in file order), highest confidence. */
export function rematerializeRelations(db: Database.Database, keys: Iterable<RelationKey>): void {
  const contributions = db.prepare(
    `SELECT evidence, confidence FROM relation_contributions
      WHERE type = ? AND source_id = ? AND target_id = ? ORDER BY file_name`,
  );
  const remove = db.prepare('DELETE FROM relations WHERE type = ? AND source_id = ? AND target_id = ?');
  const upsert = db.prepare(
    `INSERT INTO relations (type, source_id, target_id, evidence, confidence) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(type, source_id, target_id) DO UPDATE SET evidence = excluded.evidence, confidence = excluded.confidence`,
  );
  for (const key of keys) {
    const rows = contributions.all(key.type, key.sourceId, key.targetId) as Array<{ evidence: string; confidence: number }>;
    if (rows.length === 0) {
      remove.run(key.type, key.sourceId, key.targetId);
      continue;
    }
    const evidence = rows.flatMap((r) => JSON.parse(r.evidence) as Evidence[]);
    const confidence = Math.max(...rows.map((r) => r.confidence));
    upsert.run(key.type, key.sourceId, key.targetId, JSON.stringify(evidence), confidence);
  }
}

export function relationKeyString(key: RelationKey): string {
  return JSON.stringify([key.type, key.sourceId, key.targetId]);
}

export function parseRelationKey(text: string): RelationKey {
  const [type, sourceId, targetId] = JSON.parse(text) as [string, string, string];
  return { type, sourceId, targetId };
}
