import type Database from 'better-sqlite3';
import { pluckStatement, statement } from './statement-cache';
import { InvalidArgumentError } from '../../domain/errors';
import type { DocumentNode, FileGraph } from '../../domain/graph';
import { assertWellFormedId } from '../../domain/identity';
import type { WriteSummary } from '../port';
import { refreshEffectiveForDocuments, refreshEffectiveRelations } from './effective-relations';
import { dropPostingsOfDocument, stagePostings, type PostingRow } from './reuse-postings';
import type { Contribution } from '../shared/merge-nodes';
import { contributionData, leavesTextToRow } from './contribution-text';
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
  return writeFileGraphs(db, [graph], now)[0]!;
}

/**
 * Writes several files' graphs in the caller's one transaction, as if each
 * were written by `writeFileGraph` in turn: contributions change file by
 * file (so hash checks see the files before them), and the merged rows are
 * recomputed once at the end for everything any of them touched. A graph
 * that fails its shape checks throws before anything is written.
 */
export function writeFileGraphs(db: Database.Database, graphs: readonly FileGraph[], now: Date): WriteSummary[] {
  graphs.forEach(validateGraph);
  const touched = new TouchedKeys();
  const summaries = graphs.map((graph) => stageFileGraph(db, graph, now, touched));
  materializeTouched(db, touched);
  return summaries;
}

/**
 * What a batch of files changed, to be re-merged once. A node a file
 * describes for the first time is a pure addition, which can usually be
 * folded into the stored row without re-reading every other file's
 * contribution; one a file described before (now replaced or dropped) is
 * merged from all contributions.
 */
class TouchedKeys {
  readonly documents = new Set<string>();
  readonly documentsToMerge = new Set<string>();
  readonly documentAdditions = new Map<string, Contribution<DocumentNode>[]>();
  readonly nodes = new Map<NodeKind, Set<string>>(NODE_KINDS.map((k) => [k, new Set()]));
  readonly nodesToMerge = new Map<NodeKind, Set<string>>(NODE_KINDS.map((k) => [k, new Set()]));
  readonly nodeAdditions = new Map<NodeKind, Map<string, unknown[]>>(NODE_KINDS.map((k) => [k, new Map()]));
  readonly relations = new Set<string>();
  /**
   * Document contributions written without their text fields (`contribution-text.ts`), by document and
   * file. A file staged again in the batch overwrites its entries. An entry it does not overwrite (the
   * file now describes the document unmarked, or not at all) is stale, and harmless only because the
   * second staging put the document in `documentsToMerge`: its full merge resolves and writes out the
   * stored rows alone, never the batch's list of marks.
   */
  readonly marked = new Map<string, Map<string, DocumentNode>>();
  /** Reuse bucket rows, staged at the end of the batch (once the batch's documents have rows). */
  buckets: PostingRow[] = [];
  private readonly bucketFiles = new Set<string>();

  addBuckets(fileName: string, documentId: string, signature: PostingRow['signature']): void {
    this.bucketFiles.add(fileName);
    this.buckets.push({ signature, documentId, fileName });
  }

  mark(fileName: string, doc: DocumentNode): void {
    const byFile = this.marked.get(doc.id);
    if (byFile) byFile.set(fileName, doc);
    else this.marked.set(doc.id, new Map([[fileName, doc]]));
  }

  dropBuckets(fileName: string): void {
    if (this.bucketFiles.delete(fileName)) this.buckets = this.buckets.filter((b) => b.fileName !== fileName);
  }

  additionsOf<T>(touched: ReadonlySet<string>, toMerge: ReadonlySet<string>, additions: ReadonlyMap<string, T[]>): Map<string, T[]> {
    const out = new Map<string, T[]>();
    for (const [id, list] of additions) if (touched.has(id) && !toMerge.has(id)) out.set(id, list);
    return out;
  }
}

const NODE_KINDS: readonly NodeKind[] = ['organization', 'person', 'province'];

function stageFileGraph(db: Database.Database, graph: FileGraph, now: Date, touched: TouchedKeys): WriteSummary {
  const summary = { skipped: false, documents: graph.documents.length, relations: graph.relations.length };
  const name = graph.file.name;
  const sameHash = statement(db, 'SELECT 1 FROM files WHERE hash = ? LIMIT 1').get(graph.file.hash);
  const ownHash = pluckStatement(db, 'SELECT hash FROM files WHERE name = ?').get(name) as string | undefined;
  if (sameHash !== undefined && (ownHash === undefined || ownHash === graph.file.hash)) return { ...summary, skipped: true };
  // This name now holds content already stored under another name: its own
  // earlier contribution is stale and goes, and nothing new is added.
  const contribute = sameHash === undefined;

  // A name not stored yet has no earlier contribution to find and drop (every one hangs off its files
  // row): a first ingest skips these reads and the delete for each of its files.
  const { previousDocs, previousNodes } =
    ownHash === undefined ? { previousDocs: new Set<string>(), previousNodes: noPreviousNodes() } : dropPreviousContribution(db, name, touched);
  const unchangedNodes = new Map<NodeKind, Set<string>>(NODE_KINDS.map((k) => [k, new Set()]));
  const described: Array<[NodeKind, ReadonlyArray<{ id: string }>]> = [
    ['organization', graph.organizations],
    ['person', graph.persons],
    ['province', graph.provinces],
  ];
  const nodeLists = described.map(([kind, nodes]) => [kind, nodes.map((node) => ({ node, data: JSON.stringify(node) }))] as const);
  if (contribute) {
    for (const [kind, nodes] of nodeLists) {
      for (const { node, data } of nodes) if (previousNodes.get(kind)?.get(node.id) === data) unchangedNodes.get(kind)!.add(node.id);
    }
  }
  for (const [kind, previous] of previousNodes) {
    for (const id of previous.keys()) {
      if (unchangedNodes.get(kind)!.has(id)) continue;
      touched.nodes.get(kind)?.add(id);
      touched.nodesToMerge.get(kind)?.add(id);
    }
  }
  if (!contribute) return { ...summary, skipped: true };
  statement(db, 'INSERT INTO files (name, hash, length, ingested_at) VALUES (?, ?, ?, ?)').run(
    name,
    graph.file.hash,
    graph.file.length,
    now.toISOString(),
  );

  const insertDoc = statement(
    db,
    'INSERT INTO document_contributions (file_name, document_id, in_corpus, data) VALUES (?, ?, ?, ?)',
  );
  for (const doc of graph.documents) {
    const leaveText = leavesTextToRow(doc);
    insertDoc.run(name, doc.id, doc.inCorpus ? 1 : 0, contributionData(doc, leaveText));
    if (leaveText) touched.mark(name, doc);
    touched.documents.add(doc.id);
    if (!previousDocs.has(doc.id)) appendTo(touched.documentAdditions, doc.id, { fileName: name, node: doc });
  }
  const insertNode = statement(db, 'INSERT INTO node_contributions (file_name, kind, node_id, data) VALUES (?, ?, ?, ?)');
  for (const [kind, nodes] of nodeLists) {
    for (const { node, data } of nodes) {
      insertNode.run(name, kind, node.id, data);
      if (unchangedNodes.get(kind)!.has(node.id)) continue;
      touched.nodes.get(kind)?.add(node.id);
      if (!previousNodes.get(kind)?.has(node.id)) appendTo(touched.nodeAdditions.get(kind)!, node.id, node as unknown);
    }
  }
  const insertRelation = statement(
    db,
    `INSERT INTO relation_contributions (file_name, type, source_id, target_id, evidence, confidence) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const rel of graph.relations) {
    insertRelation.run(name, rel.type, rel.sourceId, rel.targetId, JSON.stringify(rel.evidence), rel.confidence);
    touched.relations.add(relationKeyString(rel));
  }
  // Postings point at a document's row, so only documents of this file get them (the file's
  // replacement then finds them through its previous documents).
  const own = new Set(graph.documents.map((d) => d.id));
  for (const signature of graph.signatures) {
    if (own.has(signature.documentId)) touched.addBuckets(name, signature.documentId, signature);
  }
  return summary;
}

/**
 * The file's earlier contribution, dropped: its documents, nodes and
 * relations are marked for re-merging, and what it said of each node is
 * returned (a node it describes again word for word keeps its row).
 */
function dropPreviousContribution(
  db: Database.Database,
  name: string,
  touched: TouchedKeys,
): { previousDocs: Set<string>; previousNodes: Map<NodeKind, Map<string, string>> } {
  const previousDocs = new Set<string>(
    pluckStatement(db, 'SELECT document_id FROM document_contributions WHERE file_name = ?').all(name) as string[],
  );
  for (const id of previousDocs) {
    touched.documents.add(id);
    touched.documentsToMerge.add(id);
  }
  // This file's earlier description of each node. A node it describes again word for word keeps
  // its merged row: re-merging it would read every other file's contribution (a province's or an
  // issuer's row has thousands), which made re-ingesting corrected files cost ≈ 12 ms a file at 100k.
  const previousNodes = noPreviousNodes();
  for (const row of statement(db, 'SELECT kind, node_id, data FROM node_contributions WHERE file_name = ?').all(name) as Array<{
    kind: NodeKind;
    node_id: string;
    data: string;
  }>) {
    previousNodes.get(row.kind)?.set(row.node_id, row.data);
  }
  for (const r of statement(db, 'SELECT type, source_id, target_id FROM relation_contributions WHERE file_name = ?').all(name) as Array<{
    type: string;
    source_id: string;
    target_id: string;
  }>) {
    touched.relations.add(relationKeyString({ type: r.type, sourceId: r.source_id, targetId: r.target_id }));
  }

  // Contribution rows cascade from the file row; its reuse postings go by document (their index),
  // and bucket rows of this batch not yet inserted go the same way.
  const fileId = pluckStatement(db, 'SELECT id FROM reuse_files WHERE name = ?').get(name) as number | undefined;
  if (fileId !== undefined) {
    for (const id of previousDocs) dropPostingsOfDocument(db, id, fileId);
  }
  statement(db, 'DELETE FROM files WHERE name = ?').run(name);
  touched.dropBuckets(name);
  return { previousDocs, previousNodes };
}

function noPreviousNodes(): Map<NodeKind, Map<string, string>> {
  return new Map(NODE_KINDS.map((k) => [k, new Map()]));
}

function materializeTouched(db: Database.Database, touched: TouchedKeys): void {
  for (const kind of NODE_KINDS) {
    const ids = touched.nodes.get(kind)!;
    rematerializeNodes(db, kind, ids, touched.additionsOf(ids, touched.nodesToMerge.get(kind)!, touched.nodeAdditions.get(kind)!));
  }
  const change = rematerializeDocuments(
    db,
    touched.documents,
    touched.additionsOf(touched.documents, touched.documentsToMerge, touched.documentAdditions),
    touched.marked,
  );
  stagePostings(db, touched.buckets);
  const relationKeys = [...touched.relations].map(parseRelationKey);
  refreshEffectiveRelations(db, relationKeys, rematerializeRelations(db, relationKeys));
  refreshEffectiveForDocuments(db, change);
}

function appendTo<T>(map: Map<string, T[]>, id: string, value: T): void {
  const list = map.get(id);
  if (list) list.push(value);
  else map.set(id, [value]);
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
