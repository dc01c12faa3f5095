import type { DocumentNode } from '../domain/graph';
import type { GraphDump } from '../store/port';

/**
 * The graph flattened into typed node and edge rows: what GraphML and CSV
 * share. Both formats are tables of attributes, so the columns, their types
 * and the row order are decided once here; the writers only encode.
 *
 * Nodes are documents, organizations, persons and provinces (`kind` tells
 * which). Edges are the document relations (effective ones: corrections
 * applied, `origin` tells which came from an analyst) and the structural
 * links ISSUED_BY, ADDRESSED_TO, SIGNED_BY and IN_PROVINCE. Every edge has
 * `label` and `type` both set to its relation name, because Gephi reads
 * `label` and Cytoscape maps `type`/`interaction`.
 */

export type AttributeType = 'string' | 'boolean' | 'int' | 'double';
export type AttributeValue = string | number | boolean | null;

export interface AttributeColumn {
  name: string;
  type: AttributeType;
}

export type NodeKind = 'document' | 'organization' | 'person' | 'province';
export type StructuralEdgeType = 'ISSUED_BY' | 'ADDRESSED_TO' | 'SIGNED_BY' | 'IN_PROVINCE';

export interface TableRow {
  id: string;
  values: Record<string, AttributeValue>;
}

export interface EdgeRow extends TableRow {
  source: string;
  target: string;
}

export interface GraphTable {
  nodeColumns: readonly AttributeColumn[];
  edgeColumns: readonly AttributeColumn[];
  nodes: TableRow[];
  edges: EdgeRow[];
}

export const NODE_COLUMNS: readonly AttributeColumn[] = [
  { name: 'kind', type: 'string' },
  { name: 'label', type: 'string' },
  { name: 'name', type: 'string' },
  { name: 'code', type: 'string' },
  { name: 'number', type: 'string' },
  { name: 'symbol', type: 'string' },
  { name: 'year', type: 'int' },
  { name: 'documentType', type: 'string' },
  { name: 'system', type: 'string' },
  { name: 'subject', type: 'string' },
  { name: 'issuedOn', type: 'string' },
  { name: 'issuedOnEarliest', type: 'string' },
  { name: 'issuedOnLatest', type: 'string' },
  { name: 'place', type: 'string' },
  { name: 'urgency', type: 'string' },
  { name: 'inCorpus', type: 'boolean' },
  { name: 'provinceId', type: 'string' },
  { name: 'issuerId', type: 'string' },
  { name: 'signerId', type: 'string' },
  { name: 'signerTitle', type: 'string' },
  { name: 'authority', type: 'string' },
  { name: 'parentId', type: 'string' },
  { name: 'aliases', type: 'string' },
  { name: 'textLength', type: 'int' },
  { name: 'text', type: 'string' },
];

export const EDGE_COLUMNS: readonly AttributeColumn[] = [
  { name: 'label', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'origin', type: 'string' },
  { name: 'confidence', type: 'double' },
  { name: 'position', type: 'int' },
  { name: 'evidence', type: 'string' },
  { name: 'evidenceSpans', type: 'string' },
  { name: 'createdBy', type: 'string' },
  { name: 'createdAt', type: 'string' },
];

/** Joins list values (aliases, evidence) in one cell; a pipe rarely occurs in the texts, unlike `;` and `,`. */
export const LIST_SEPARATOR = ' | ';

export function graphTable(dump: GraphDump): GraphTable {
  const nodes: TableRow[] = [
    ...dump.documents.map(documentRow),
    ...dump.organizations.map((o) => row(o.id, { kind: 'organization', label: o.name, name: o.name, system: o.system, provinceId: o.provinceId, parentId: o.parentId })),
    ...dump.persons.map((p) => row(p.id, { kind: 'person', label: p.name, name: p.name, aliases: p.aliases.join(LIST_SEPARATOR) })),
    ...dump.provinces.map((p) => row(p.id, { kind: 'province', label: p.name, name: p.name })),
  ];
  const known = new Set(nodes.map((n) => n.id));
  const edges: EdgeRow[] = [];
  const push = (type: string, source: string, target: string, values: Record<string, AttributeValue>): void => {
    // A dangling end would make GraphML readers reject the whole file; stores keep ends present, this guards the writer.
    if (!known.has(source) || !known.has(target)) return;
    edges.push({ id: `e${edges.length}`, source, target, values: { label: type, type, ...values } });
  };
  for (const r of dump.relations) {
    push(r.type, r.sourceId, r.targetId, {
      origin: r.origin,
      confidence: r.confidence,
      evidence: r.evidence.map((e) => e.text).join(LIST_SEPARATOR),
      evidenceSpans: r.evidence
        .map((e) => e.span)
        .filter((s) => s !== null)
        .map((s) => `${s.file}:${s.start}-${s.end}`)
        .join(LIST_SEPARATOR),
      createdBy: r.createdBy,
      createdAt: r.createdAt,
    });
  }
  for (const d of dump.documents) {
    if (d.issuerId) push('ISSUED_BY', d.id, d.issuerId, {});
    d.recipientIds.forEach((recipient, position) => push('ADDRESSED_TO', d.id, recipient, { position }));
    if (d.signerId) push('SIGNED_BY', d.id, d.signerId, {});
    if (d.provinceId) push('IN_PROVINCE', d.id, d.provinceId, {});
  }
  return { nodeColumns: NODE_COLUMNS, edgeColumns: EDGE_COLUMNS, nodes, edges };
}

function documentRow(d: DocumentNode): TableRow {
  return row(d.id, {
    kind: 'document',
    label: d.code ?? d.subject ?? d.id,
    code: d.code,
    number: d.number,
    symbol: d.symbol,
    year: d.year,
    documentType: d.type,
    system: d.system,
    subject: d.subject,
    issuedOn: d.issuedOn,
    issuedOnEarliest: d.issuedOnBounds?.earliest ?? null,
    issuedOnLatest: d.issuedOnBounds?.latest ?? null,
    place: d.place,
    urgency: d.urgency,
    inCorpus: d.inCorpus,
    provinceId: d.provinceId,
    issuerId: d.issuerId,
    signerId: d.signerId,
    signerTitle: d.signerTitle,
    authority: d.authority,
    textLength: d.text === null ? null : d.text.length,
    text: d.text,
  });
}

function row(id: string, values: Record<string, AttributeValue>): TableRow {
  return { id, values };
}
