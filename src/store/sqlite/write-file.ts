import type Database from 'better-sqlite3';
import { pluckStatement, statement } from './statement-cache';
import { InvalidArgumentError } from '../../domain/errors';
import type { FileGraph } from '../../domain/graph';
import { assertWellFormedId } from '../../domain/identity';
import type { WriteSummary } from '../port';
import { refreshEffectiveForDocuments, refreshEffectiveRelations } from './effective-relations';
import {
  parseRelationKey,
  rematerializeDocuments,
  rematerializeNodes,
  rematerializeRelations,
  relationKeyString,
  type NodeKind,
} from './materialize';

/**
 * Writes one file's graph; the caller runs it in one transaction. The file's
 * earlier contribution (same name, other hash) is dropped first, then every
 * node and relation it touched, before or now, is re-merged from what the
 * remaining files say: what no file supports any more disappears.
 */
export function writeFileGraph(db: Database.Database, graph: FileGraph, now: Date): WriteSummary {
  validateGraph(graph);
  const summary = { skipped: false, documents: graph.documents.length, relations: graph.relations.length };
  const name = graph.file.name;
  const sameHash = statement(db, 'SELECT 1 FROM files WHERE hash = ? LIMIT 1').get(graph.file.hash);
  const ownHash = pluckStatement(db, 'SELECT hash FROM files WHERE name = ?').get(name) as string | undefined;
  if (sameHash !== undefined && (ownHash === undefined || ownHash === graph.file.hash)) return { ...summary, skipped: true };
  // This name now holds content already stored under another name: its own
  // earlier contribution is stale and goes, and nothing new is added.
  const contribute = sameHash === undefined;

  const previousDocs = new Set<string>(
    pluckStatement(db, 'SELECT document_id FROM document_contributions WHERE file_name = ?').all(name) as string[],
  );
  const touchedDocs = new Set(previousDocs);
  const touchedNodes = new Map<NodeKind, Set<string>>([
    ['organization', new Set()],
    ['person', new Set()],
    ['province', new Set()],
  ]);
  for (const row of statement(db, 'SELECT kind, node_id FROM node_contributions WHERE file_name = ?').all(name) as Array<{
    kind: NodeKind;
    node_id: string;
  }>) {
    touchedNodes.get(row.kind)?.add(row.node_id);
  }
  const previousNodes = new Map([...touchedNodes].map(([kind, ids]) => [kind, new Set(ids)]));
  const touchedRelations = new Set<string>(
    (
      statement(db, 'SELECT type, source_id, target_id FROM relation_contributions WHERE file_name = ?').all(name) as Array<{
        type: string;
        source_id: string;
        target_id: string;
      }>
    ).map((r) => relationKeyString({ type: r.type, sourceId: r.source_id, targetId: r.target_id })),
  );

  // Contribution rows cascade from the file row.
  statement(db, 'DELETE FROM files WHERE name = ?').run(name);
  if (contribute) {
    statement(db, 'INSERT INTO files (name, hash, length, ingested_at) VALUES (?, ?, ?, ?)').run(
      name,
      graph.file.hash,
      graph.file.length,
      now.toISOString(),
    );
  }
  const contributed = contribute ? graph : { ...graph, documents: [], organizations: [], persons: [], provinces: [], relations: [], signatures: [] };

  const insertDoc = statement(
    db,
    'INSERT INTO document_contributions (file_name, document_id, in_corpus, data) VALUES (?, ?, ?, ?)',
  );
  for (const doc of contributed.documents) {
    insertDoc.run(name, doc.id, doc.inCorpus ? 1 : 0, JSON.stringify(doc));
    touchedDocs.add(doc.id);
  }
  const insertNode = statement(db, 'INSERT INTO node_contributions (file_name, kind, node_id, data) VALUES (?, ?, ?, ?)');
  const nodeLists: Array<[NodeKind, Array<{ id: string }>]> = [
    ['organization', contributed.organizations],
    ['person', contributed.persons],
    ['province', contributed.provinces],
  ];
  for (const [kind, nodes] of nodeLists) {
    for (const node of nodes) {
      insertNode.run(name, kind, node.id, JSON.stringify(node));
      touchedNodes.get(kind)?.add(node.id);
    }
  }
  const insertRelation = statement(
    db,
    `INSERT INTO relation_contributions (file_name, type, source_id, target_id, evidence, confidence) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const rel of contributed.relations) {
    insertRelation.run(name, rel.type, rel.sourceId, rel.targetId, JSON.stringify(rel.evidence), rel.confidence);
    touchedRelations.add(relationKeyString(rel));
  }
  const insertBucket = statement(db, 'INSERT OR IGNORE INTO reuse_buckets (bucket, document_id, file_name) VALUES (?, ?, ?)');
  for (const signature of contributed.signatures) {
    for (const bucket of signature.buckets) insertBucket.run(bucket, signature.documentId, name);
  }

  // What this file describes for the first time is a pure addition, which can
  // usually be merged without re-reading every other file's contribution.
  for (const [kind, nodes] of nodeLists) {
    const additions = new Map(nodes.filter((n) => !previousNodes.get(kind)?.has(n.id)).map((n) => [n.id, n as unknown]));
    rematerializeNodes(db, kind, touchedNodes.get(kind) ?? [], additions);
  }
  const documentAdditions = new Map(contributed.documents.filter((d) => !previousDocs.has(d.id)).map((d) => [d.id, d]));
  const change = rematerializeDocuments(db, touchedDocs, documentAdditions);
  const relationKeys = [...touchedRelations].map(parseRelationKey);
  rematerializeRelations(db, relationKeys);
  refreshEffectiveRelations(db, relationKeys);
  refreshEffectiveForDocuments(db, change);
  return contribute ? summary : { ...summary, skipped: true };
}

/** Shape checks that need no database: duplicates inside one file and malformed ids are the extractor's bug. */
function validateGraph(graph: FileGraph): void {
  if (!graph.file.name) throw new InvalidArgumentError('FileGraph.file.name is empty; name every file by its path.');
  if (!/^[0-9a-f]{8,}$/i.test(graph.file.hash)) {
    throw new InvalidArgumentError(`FileGraph.file.hash '${graph.file.hash}' is not a hex content hash; use contentHash().`);
  }
  const unique = (label: string, keys: string[]): void => {
    const seen = new Set<string>();
    for (const key of keys) {
      if (seen.has(key)) throw new InvalidArgumentError(`${label} '${key}' appears twice in ${graph.file.name}; merge them before writing.`);
      seen.add(key);
    }
  };
  graph.documents.forEach((d) => assertWellFormedId(d.id, 'doc'));
  graph.organizations.forEach((o) => assertWellFormedId(o.id, 'org'));
  graph.persons.forEach((p) => assertWellFormedId(p.id, 'person'));
  graph.provinces.forEach((p) => assertWellFormedId(p.id, 'province'));
  unique('Document', graph.documents.map((d) => d.id));
  unique('Organization', graph.organizations.map((o) => o.id));
  unique('Person', graph.persons.map((p) => p.id));
  unique('Province', graph.provinces.map((p) => p.id));
  unique('Relation', graph.relations.map((r) => relationKeyString(r)));
  for (const rel of graph.relations) {
    if (!(rel.confidence >= 0 && rel.confidence <= 1)) {
      throw new InvalidArgumentError(`Relation ${rel.type} ${rel.sourceId} → ${rel.targetId} has confidence ${rel.confidence}, outside 0..1.`);
    }
  }
}
