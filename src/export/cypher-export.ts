import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { DocumentNode, RelationCorrection, RelationRecord } from '../domain/graph';
import type { GraphDump } from '../store/port';

/**
 * `export --format cypher`: a script that recreates the graph in an empty
 * Neo4j (`cypher-shell -f graph.cypher`). A script cannot carry parameters,
 * so every value is written as a literal by `cypherLiteral`, which escapes
 * strings completely; names (labels, relationship types, keys) come only
 * from the fixed vocabulary below. Nodes and relationships are MERGEd on
 * their identity keys, so running the script twice changes nothing.
 *
 * The layout is the Neo4j store's, minus its bookkeeping (file provenance,
 * search copies): every exported relation is effective, `kind` tells
 * extraction from correction. To serve the graph through the API, use
 * `directive-graph migrate --to neo4j` instead.
 */

const BATCH = 200;

const RELATION_TYPES = new Set(['IMPLEMENTS', 'CITES', 'ATTACHES', 'BASED_ON', 'REPEATS', 'AMENDS', 'REPLACES']);

export async function exportCypher(dump: GraphDump, out: Writable): Promise<void> {
  for (const statement of cypherExportStatements(dump)) {
    if (!out.write(`${statement};\n`)) await once(out, 'drain');
  }
}

/** The script's statements, without the trailing semicolons (also what the lint test checks). */
export function cypherExportStatements(dump: GraphDump): string[] {
  const statements: string[] = [
    'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT province_id IF NOT EXISTS FOR (n:Province) REQUIRE n.id IS UNIQUE',
  ];
  const nodes = (label: string, rows: Array<Record<string, unknown>>): void => {
    for (const batch of batches(rows)) {
      statements.push(`UNWIND ${cypherLiteral(batch)} AS row\nMERGE (n:${label} {id: row.id})\nSET n += row.props`);
    }
  };
  nodes('Province', dump.provinces.map((p) => ({ id: p.id, props: { name: p.name } })));
  nodes(
    'Organization',
    dump.organizations.map((o) => ({ id: o.id, props: { name: o.name, system: o.system, provinceId: o.provinceId, parentId: o.parentId } })),
  );
  nodes('Person', dump.persons.map((p) => ({ id: p.id, props: { name: p.name, aliases: p.aliases } })));
  nodes('Document', dump.documents.map((d) => ({ id: d.id, props: documentProps(d) })));

  const links: Array<[string, string, Array<{ sourceId: string; targetId: string; position?: number }>]> = [
    ['ISSUED_BY', 'Organization', dump.documents.filter((d) => d.issuerId).map((d) => ({ sourceId: d.id, targetId: d.issuerId as string }))],
    ['SIGNED_BY', 'Person', dump.documents.filter((d) => d.signerId).map((d) => ({ sourceId: d.id, targetId: d.signerId as string }))],
    ['IN_PROVINCE', 'Province', dump.documents.filter((d) => d.provinceId).map((d) => ({ sourceId: d.id, targetId: d.provinceId as string }))],
    [
      'ADDRESSED_TO',
      'Organization',
      dump.documents.flatMap((d) => d.recipientIds.map((targetId, position) => ({ sourceId: d.id, targetId, position }))),
    ],
  ];
  for (const [type, label, rows] of links) {
    for (const batch of batches(rows)) {
      const props = type === 'ADDRESSED_TO' ? ' {position: row.position}' : '';
      statements.push(
        `UNWIND ${cypherLiteral(batch)} AS row\nMATCH (d:Document {id: row.sourceId})\nMATCH (x:${label} {id: row.targetId})\nMERGE (d)-[:${type}${props}]->(x)`,
      );
    }
  }

  const byType = new Map<string, RelationRecord[]>();
  for (const r of dump.relations) {
    if (!RELATION_TYPES.has(r.type)) throw new TypeError(`Unknown relation type '${String(r.type)}' in dump`);
    byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
  }
  for (const [type, relations] of [...byType].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const rows = relations.map((r) => ({
      sourceId: r.sourceId,
      targetId: r.targetId,
      kind: r.origin === 'correction' ? 'correction' : 'file',
      props: {
        evidence: JSON.stringify(r.evidence),
        confidence: float(r.confidence),
        effective: true,
        createdBy: r.createdBy,
        createdAt: r.createdAt,
      },
    }));
    for (const batch of batches(rows)) {
      statements.push(
        `UNWIND ${cypherLiteral(batch)} AS row\nMATCH (s:Document {id: row.sourceId})\nMATCH (t:Document {id: row.targetId})\nMERGE (s)-[r:${type} {kind: row.kind}]->(t)\nSET r += row.props`,
      );
    }
  }

  for (const batch of batches(dump.corrections.map(correctionRow))) {
    statements.push(
      `UNWIND ${cypherLiteral(batch)} AS row\nMERGE (c:Correction {action: row.action, type: row.type, sourceId: row.sourceId, targetId: row.targetId})\nSET c += row.props`,
    );
  }
  return statements;
}

function documentProps(d: DocumentNode): Record<string, unknown> {
  return {
    scope: d.scope,
    code: d.code,
    number: d.number,
    symbol: d.symbol,
    year: d.year,
    type: d.type,
    system: d.system,
    subject: d.subject,
    issuedOn: d.issuedOn === null ? null : new CypherDate(d.issuedOn),
    issuedOnBounds: json(d.issuedOnBounds),
    place: d.place,
    urgency: d.urgency,
    issuerId: d.issuerId,
    provinceId: d.provinceId,
    provinceInference: json(d.provinceInference),
    signerId: d.signerId,
    signerTitle: d.signerTitle,
    authority: d.authority,
    recipientIds: d.recipientIds,
    distribution: d.distribution,
    signature: json(d.signature),
    inCorpus: d.inCorpus,
    sources: JSON.stringify(d.sources),
    text: d.text,
    diagnostics: JSON.stringify(d.diagnostics),
  };
}

function correctionRow(c: RelationCorrection): Record<string, unknown> {
  return {
    action: c.action,
    type: c.type,
    sourceId: c.sourceId,
    targetId: c.targetId,
    props: { note: c.note, createdBy: c.createdBy, createdAt: c.createdAt },
  };
}

// ------------------------------------------------------------- literals ----

/** A date value, written as `date('YYYY-MM-DD')`. */
export class CypherDate {
  constructor(readonly iso: string) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new RangeError(`Not a YYYY-MM-DD date: '${iso}'`);
  }
}

/** A number that must stay a float in Neo4j even when whole (confidence 1 → `1.0`). */
export class CypherFloat {
  constructor(readonly value: number) {}
}

const float = (value: number): CypherFloat => new CypherFloat(value);

/**
 * A value as a Cypher literal. Strings are single-quoted with every quote,
 * backslash, line break and control character escaped, and lone surrogates
 * written as `\uXXXX` (they cannot be encoded in UTF-8); nothing in a value
 * can end the string or the statement. Map entries whose value is null are
 * left out (Neo4j does not store null properties).
 */
export function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof CypherDate) return `date(${cypherString(value.iso)})`;
  if (value instanceof CypherFloat) {
    if (!Number.isFinite(value.value)) throw new RangeError(`Cannot write ${value.value} as a Cypher float`);
    return Number.isInteger(value.value) ? `${value.value}.0` : String(value.value);
  }
  switch (typeof value) {
    case 'string':
      return cypherString(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new RangeError(`Cannot write ${value} as a Cypher number`);
      return String(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
      const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== null && v !== undefined);
      return `{${entries.map(([k, v]) => `${mapKey(k)}: ${cypherLiteral(v)}`).join(', ')}}`;
    }
    default:
      throw new TypeError(`Cannot write a ${typeof value} as a Cypher literal`);
  }
}

const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

export function cypherString(text: string): string {
  let out = "'";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = text.charCodeAt(i);
    if (ESCAPES[ch] !== undefined) {
      out += ESCAPES[ch];
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      out += ch + text[i + 1];
      i++;
    } else if (code < 0x20 || code === 0x7f || (code >= 0xd800 && code <= 0xdfff) || code === 0x2028 || code === 0x2029) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else {
      out += ch;
    }
  }
  return `${out}'`;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Map keys are our own fixed names; anything else is a programming error, not something to escape. */
function mapKey(key: string): string {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(key)) throw new TypeError(`Unexpected map key '${key}'`);
  return key;
}

function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

function batches<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}
