import type Database from 'better-sqlite3';
import { pluckStatement, statement } from './statement-cache';
import type { DocumentNode, OrganizationNode, PersonNode, ProvinceNode } from '../../domain/graph';
import type { Evidence } from '../../domain/span';
import { matchKey } from '../../shared/fold';
import { DOCUMENT_COLUMNS, fromDocumentRow, toDocumentRow, type DocumentRow } from './document-row';
import { StoreUnavailableError } from '../../domain/errors';
import { foldForIndex } from '../shared/full-text';
import { contributionData, contributionsToWriteOut, parseContribution, textFieldsOf, type TextFields } from './contribution-text';
import { dropPostings } from './reuse-postings';
import {
  mergeAddedDocument,
  mergeAddedOrganization,
  mergeAddedPerson,
  mergeAddedProvince,
  mergeDocuments,
  mergeOrganizations,
  mergePersons,
  mergeProvinces,
  type Contribution,
} from '../shared/merge-nodes';

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

/** Which documents came into being or ceased to exist. */
export interface DocumentChange {
  created: string[];
  deleted: string[];
}

/**
 * @param additions documents whose only change is new contributions, in
 *   write order (the writing files did not describe them before): folded in
 *   incrementally when that gives the same answer as a full merge; for a
 *   document without a row they are all its contributions (rows exist for
 *   every document with contributions outside the writing batch), merged
 *   without reading them back.
 * @param markedInBatch contributions the writing batch stored without their
 *   text fields (`contribution-text.ts`), by document and file: read back,
 *   they take their text from here, and any the merged row does not match
 *   is written out in full.
 */
export function rematerializeDocuments(
  db: Database.Database,
  ids: Iterable<string>,
  additions: ReadonlyMap<string, readonly Contribution<DocumentNode>[]> = new Map(),
  markedInBatch: MarkedContributions = new Map(),
): DocumentChange {
  const change: DocumentChange = { created: [], deleted: [] };
  const currentRow = statement(db, `SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = ?`);
  const contributions = statement(db, 
    'SELECT file_name AS fileName, data FROM document_contributions WHERE document_id = ?',
  );
  const upsert = statement(db, 
    `INSERT INTO documents (${DOCUMENT_COLUMNS}) VALUES (${DOCUMENT_COLUMNS.split(', ')
      .map((c) => '@' + c)
      .join(', ')})
     ON CONFLICT(id) DO UPDATE SET ${DOCUMENT_COLUMNS.split(', ')
       .filter((c) => c !== 'id')
       .map((c) => `${c} = excluded.${c}`)
       .join(', ')}`,
  );
  const rowidOf = pluckStatement(db, 'SELECT rowid FROM documents WHERE id = ?');
  const writeOutContribution = statement(db, 'UPDATE document_contributions SET data = ? WHERE file_name = ? AND document_id = ?');
  const fullText = new FullTextChanges();
  const indexedFields = statement(db, 'SELECT code, subject, text FROM documents WHERE rowid = ?');
  const deleteDoc = statement(db, 'DELETE FROM documents WHERE id = ?');
  const deleteRecipients = statement(db, 'DELETE FROM document_recipients WHERE document_id = ?');
  const insertRecipient = statement(db, 
    'INSERT OR IGNORE INTO document_recipients (document_id, organization_id, position) VALUES (?, ?, ?)',
  );
  for (const id of ids) {
    const existingRowid = rowidOf.get(id) as number | undefined;
    const added = additions.get(id);
    if (existingRowid === undefined && added !== undefined) {
      const merged = mergeDocuments(added);
      writeOut(id, marksOf(id), merged);
      const rowid = Number(upsert.run(toDocumentRow(merged)).lastInsertRowid);
      change.created.push(id);
      fullText.insert(rowid, merged);
      merged.recipientIds.forEach((orgId, position) => insertRecipient.run(id, orgId, position));
      continue;
    }
    if (existingRowid !== undefined && added !== undefined) {
      const current = fromDocumentRow(currentRow.get(id) as DocumentRow);
      const merged = foldAdditions(current, added.map((c) => c.node), mergeAddedDocument);
      if (merged !== null) {
        // A fold keeps a row's text (or takes the one every addition agrees on): only this batch's marks can mismatch.
        writeOut(id, marksOf(id), merged);
        if (JSON.stringify(merged) !== JSON.stringify(current)) {
          upsert.run(toDocumentRow(merged));
          fullText.replace(existingRowid, current, merged);
          deleteRecipients.run(id);
          merged.recipientIds.forEach((orgId, position) => insertRecipient.run(id, orgId, position));
        }
        continue;
      }
    }
    const rows = contributions.all(id) as Array<{ fileName: string; data: string }>;
    if (rows.length === 0) {
      if (existingRowid !== undefined) {
        fullText.delete(existingRowid);
        deleteDoc.run(id);
        // Postings hold the rowid, which a later document may be given: none may outlive their document.
        dropPostings(db, existingRowid);
        change.deleted.push(id);
      }
      continue;
    }
    if (existingRowid === undefined) change.created.push(id);
    const batchMarks = markedInBatch.get(id);
    let rowText: TextFields | undefined;
    const currentText = (): TextFields => (rowText ??= textFieldsOf(fromDocumentRow(rowOf(id))));
    const stored = rows.map((r) => parseContribution(r.fileName, r.data, () => textFieldsOf(batchMarks?.get(r.fileName) ?? currentText())));
    const merged = mergeDocuments(stored);
    writeOut(id, stored.filter((c) => c.textInRow), merged);
    const before = existingRowid === undefined ? undefined : (indexedFields.get(existingRowid) as IndexedFields);
    upsert.run(toDocumentRow(merged));
    if (before === undefined) fullText.insert(rowidOf.get(id) as number, merged);
    else fullText.replace(existingRowid!, before, merged);
    deleteRecipients.run(id);
    merged.recipientIds.forEach((orgId, position) => insertRecipient.run(id, orgId, position));
  }
  fullText.apply(db);
  return change;

  function marksOf(id: string): Contribution<DocumentNode>[] {
    return [...(markedInBatch.get(id) ?? [])].map(([fileName, node]) => ({ fileName, node }));
  }

  function writeOut(id: string, marked: readonly Contribution<DocumentNode>[], merged: DocumentNode): void {
    for (const c of contributionsToWriteOut(marked, merged)) writeOutContribution.run(contributionData(c.node, false), c.fileName, id);
  }

  function rowOf(id: string): DocumentRow {
    const row = currentRow.get(id) as DocumentRow | undefined;
    if (row === undefined) throw new StoreUnavailableError(`A contribution to ${id} leaves its text to a documents row that does not exist; the store is inconsistent.`);
    return row;
  }
}

/** What the full-text index holds of a document (folded by `foldForIndex`). */
type IndexedFields = Pick<DocumentNode, 'code' | 'subject' | 'text'>;

/** Contributions stored without their text fields, by document id and file name, with the nodes as written. */
export type MarkedContributions = ReadonlyMap<string, ReadonlyMap<string, DocumentNode>>;

/**
 * The full-text index changes of one rematerialization, applied at its end:
 * every deletion first, then the insertions in rowid order. FTS5 writes its
 * pending terms out as a new segment before a deletion and whenever a rowid
 * comes below the last one it took; applied as they came (a cited document
 * completed here, a new one there), the 723 deletions of the 10k corpus's
 * ingest took 0.64 s, ≈ 0.9 ms each.
 */
class FullTextChanges {
  private readonly deletions: number[] = [];
  private readonly insertions: Array<{ rowid: number; doc: DocumentNode }> = [];

  delete(rowid: number): void {
    this.deletions.push(rowid);
  }

  /**
   * A row rewritten: its index entry only if what is indexed changed. Most
   * rewrites add a citing file's source span to a cited document, and each
   * FTS5 deletion costs ≈ 0.2 ms (8,645 of them in the 100k ingest's files
   * phase, docs/benchmarks.md, session 8).
   */
  replace(rowid: number, before: IndexedFields, after: DocumentNode): void {
    if (before.code === after.code && before.subject === after.subject && before.text === after.text) return;
    this.delete(rowid);
    this.insert(rowid, after);
  }

  insert(rowid: number, doc: DocumentNode): void {
    this.insertions.push({ rowid, doc });
  }

  apply(db: Database.Database): void {
    const remove = statement(db, 'DELETE FROM documents_fts WHERE rowid = ?');
    const add = statement(db, 'INSERT INTO documents_fts (rowid, code, subject, text) VALUES (?, ?, ?, ?)');
    for (const rowid of this.deletions) remove.run(rowid);
    this.insertions.sort((a, b) => a.rowid - b.rowid);
    for (const { rowid, doc } of this.insertions) add.run(rowid, foldForIndex(doc.code), foldForIndex(doc.subject), foldForIndex(doc.text));
  }
}

export function rematerializeNodes(
  db: Database.Database,
  kind: NodeKind,
  ids: Iterable<string>,
  additions: ReadonlyMap<string, readonly unknown[]> = new Map(),
): void {
  const contributions = statement(db, 
    'SELECT file_name AS fileName, data FROM node_contributions WHERE kind = ? AND node_id = ?',
  );
  const table = { organization: 'organizations', person: 'persons', province: 'provinces' }[kind];
  const remove = statement(db, `DELETE FROM ${table} WHERE id = ?`);
  const upsertOrg = statement(db, 
    `INSERT INTO organizations (id, name, name_key, system, province_id, parent_id) VALUES (@id, @name, @nameKey, @system, @provinceId, @parentId)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, name_key = excluded.name_key, system = excluded.system,
       province_id = excluded.province_id, parent_id = excluded.parent_id`,
  );
  const upsertPerson = statement(db, 
    `INSERT INTO persons (id, name, name_key, aliases) VALUES (@id, @name, @nameKey, @aliases)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, name_key = excluded.name_key, aliases = excluded.aliases`,
  );
  const upsertProvince = statement(db, 
    `INSERT INTO provinces (id, name, name_key) VALUES (@id, @name, @nameKey)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, name_key = excluded.name_key`,
  );
  const currentOrg = statement(db, 'SELECT id, name, system, province_id AS provinceId, parent_id AS parentId FROM organizations WHERE id = ?');
  const currentPerson = statement(db, 'SELECT id, name, aliases FROM persons WHERE id = ?');
  const currentProvince = statement(db, 'SELECT id, name FROM provinces WHERE id = ?');
  const incremental = (id: string, added: readonly unknown[]): unknown | null => {
    switch (kind) {
      case 'organization': {
        const row = currentOrg.get(id) as OrganizationNode | undefined;
        return row ? foldAdditions(row, added as OrganizationNode[], mergeAddedOrganization) : null;
      }
      case 'person': {
        const row = currentPerson.get(id) as { id: string; name: string; aliases: string } | undefined;
        return row ? foldAdditions({ ...row, aliases: JSON.parse(row.aliases) as string[] }, added as PersonNode[], mergeAddedPerson) : null;
      }
      case 'province': {
        const row = currentProvince.get(id) as ProvinceNode | undefined;
        return row ? foldAdditions(row, added as ProvinceNode[], mergeAddedProvince) : null;
      }
    }
  };
  for (const id of ids) {
    const added = additions.get(id);
    const quick = added === undefined ? null : incremental(id, added);
    if (quick !== null) {
      upsertMerged(quick);
      continue;
    }
    const rows = (contributions.all(kind, id) as Array<{ fileName: string; data: string }>).map((r) => ({
      fileName: r.fileName,
      node: JSON.parse(r.data) as unknown,
    }));
    if (rows.length === 0) {
      remove.run(id);
      continue;
    }
    switch (kind) {
      case 'organization':
        upsertMerged(mergeOrganizations(rows as Contribution<OrganizationNode>[]));
        break;
      case 'person':
        upsertMerged(mergePersons(rows as Contribution<PersonNode>[]));
        break;
      case 'province':
        upsertMerged(mergeProvinces(rows as Contribution<ProvinceNode>[]));
        break;
    }
  }

  function upsertMerged(node: unknown): void {
    switch (kind) {
      case 'organization': {
        const org = node as OrganizationNode;
        upsertOrg.run({ ...org, nameKey: matchKey(org.name) });
        break;
      }
      case 'person': {
        const person = node as PersonNode;
        upsertPerson.run({ id: person.id, name: person.name, nameKey: matchKey(person.name), aliases: JSON.stringify(person.aliases) });
        break;
      }
      case 'province': {
        const province = node as ProvinceNode;
        upsertProvince.run({ id: province.id, name: province.name, nameKey: matchKey(province.name) });
        break;
      }
    }
  }
}

/** A relation row as merged from its contributions (`undefined`: no file supports it any more), by `extractedKey`. */
export type ExtractedRelations = Map<string, { evidence: string; confidence: number } | undefined>;

export function extractedKey(key: RelationKey): string {
  return `${key.type}\u0000${key.sourceId}\u0000${key.targetId}`;
}

/**
 * Merged relation: evidence of every contributing file (in file order),
 * highest confidence. Returns what it wrote, so that the effective relations
 * need not read it back.
 */
export function rematerializeRelations(db: Database.Database, keys: Iterable<RelationKey>): ExtractedRelations {
  const written: ExtractedRelations = new Map();
  const contributions = statement(db, 
    `SELECT evidence, confidence FROM relation_contributions
      WHERE type = ? AND source_id = ? AND target_id = ? ORDER BY file_name`,
  );
  const remove = statement(db, 'DELETE FROM relations WHERE type = ? AND source_id = ? AND target_id = ?');
  const upsert = statement(db, 
    `INSERT INTO relations (type, source_id, target_id, evidence, confidence) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(type, source_id, target_id) DO UPDATE SET evidence = excluded.evidence, confidence = excluded.confidence`,
  );
  for (const key of keys) {
    const rows = contributions.all(key.type, key.sourceId, key.targetId) as Array<{ evidence: string; confidence: number }>;
    if (rows.length === 0) {
      remove.run(key.type, key.sourceId, key.targetId);
      written.set(extractedKey(key), undefined);
      continue;
    }
    const evidence = JSON.stringify(rows.flatMap((r) => JSON.parse(r.evidence) as Evidence[]));
    const confidence = Math.max(...rows.map((r) => r.confidence));
    upsert.run(key.type, key.sourceId, key.targetId, evidence, confidence);
    written.set(extractedKey(key), { evidence, confidence });
  }
  return written;
}

/**
 * Adds contributions one at a time, as writing their files one by one
 * would; null as soon as one cannot be added without a full merge.
 */
function foldAdditions<T>(current: T, added: readonly T[], mergeAdded: (current: T, added: T) => T | null): T | null {
  let merged: T | null = current;
  for (const node of added) {
    merged = mergeAdded(merged, node);
    if (merged === null) return null;
  }
  return merged;
}

export function relationKeyString(key: RelationKey): string {
  return JSON.stringify([key.type, key.sourceId, key.targetId]);
}

export function parseRelationKey(text: string): RelationKey {
  const [type, sourceId, targetId] = JSON.parse(text) as [string, string, string];
  return { type, sourceId, targetId };
}
