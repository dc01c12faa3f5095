import neo4j, { isDate, isInt, isPath, type Path } from 'neo4j-driver';
import type { Authority } from '../../domain/authority';
import type { DocumentType } from '../../domain/document-type';
import type {
  DocumentNode,
  OrganizationNode,
  PersonNode,
  ProvinceNode,
  RelationCorrection,
  RelationRecord,
} from '../../domain/graph';
import type { RelationType } from '../../domain/relation-type';
import type { Evidence } from '../../domain/span';
import type { System } from '../../domain/system';
import { matchKey } from '../../shared/fold';
import { foldForIndex } from '../shared/full-text';
import { documentSortKey, nameSortKey } from '../shared/sort-key';
import { RelationKind } from './vocabulary';

/**
 * The one place where Neo4j values meet our types: integers (the driver's
 * 64-bit `Integer`), dates (`neo4j.types.Date`), paths, and the property
 * layout of each node. Structured fields are stored as JSON strings because
 * Neo4j properties cannot be maps.
 */

export class Neo4jValueError extends TypeError {
  constructor(message: string) {
    super(message);
    this.name = 'Neo4jValueError';
  }
}

/** A JS integer as a Neo4j Integer parameter (a plain number would be sent as a float, which LIMIT rejects). */
export function toInteger(value: number): ReturnType<typeof neo4j.int> {
  if (!Number.isSafeInteger(value)) throw new Neo4jValueError(`Expected a safe integer, got ${value}`);
  return neo4j.int(value);
}

/** Neo4j Integer (or a float that holds an integer, or bigint) → number; throws beyond 2^53. */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new Neo4jValueError(`Integer ${value} does not fit a JS number`);
    }
    return Number(value);
  }
  if (isInt(value)) {
    if (!value.inSafeRange()) throw new Neo4jValueError(`Integer ${value.toString()} does not fit a JS number`);
    return value.toNumber();
  }
  throw new Neo4jValueError(`Expected an integer, got ${describe(value)}`);
}

export function toNullableNumber(value: unknown): number | null {
  return value === null || value === undefined ? null : toNumber(value);
}

/** Neo4j `Date` → `YYYY-MM-DD`; strings pass through (values written before dates were typed). */
export function toIsoDate(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (isDate(value)) {
    const year = toNumber(value.year);
    const month = toNumber(value.month);
    const day = toNumber(value.day);
    const yyyy = year < 0 ? `-${String(-year).padStart(6, '0')}` : year > 9999 ? `+${year}` : String(year).padStart(4, '0');
    return `${yyyy}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  throw new Neo4jValueError(`Expected a date, got ${describe(value)}`);
}

// ------------------------------------------------------------ documents ----

export interface DocumentRow {
  id: string;
  /** Converted with Cypher's `date()` on write, so the stored value is a real date. */
  issuedOn: string | null;
  props: Record<string, unknown>;
}

/** A merged document as stored: scalars as properties, structured fields as JSON, folded copies for search. */
export function documentProperties(doc: DocumentNode, buckets: readonly string[]): DocumentRow {
  const sortedBuckets = [...new Set(buckets)].sort();
  return {
    id: doc.id,
    issuedOn: doc.issuedOn,
    props: {
      scope: doc.scope,
      code: doc.code,
      number: doc.number,
      symbol: doc.symbol,
      year: doc.year === null ? null : toInteger(doc.year),
      type: doc.type,
      system: doc.system,
      subject: doc.subject,
      issuedOnBounds: json(doc.issuedOnBounds),
      place: doc.place,
      urgency: doc.urgency,
      issuerId: doc.issuerId,
      provinceId: doc.provinceId,
      provinceInference: json(doc.provinceInference),
      signerId: doc.signerId,
      signerTitle: doc.signerTitle,
      authority: doc.authority,
      recipientIds: doc.recipientIds,
      distribution: doc.distribution,
      signature: json(doc.signature),
      inCorpus: doc.inCorpus,
      sources: JSON.stringify(doc.sources),
      text: doc.text,
      textMap: json(doc.textMap),
      body: json(doc.body),
      fieldEvidence: JSON.stringify(doc.fieldEvidence),
      diagnostics: JSON.stringify(doc.diagnostics),
      sortKey: documentSortKey(doc.issuedOn, doc.code, doc.id),
      searchCode: searchTokens(doc.code),
      searchSubject: searchTokens(doc.subject),
      searchText: searchTokens(doc.text),
      reuseBuckets: sortedBuckets,
      bucketText: sortedBuckets.join(' '),
    },
  };
}

/**
 * Folded words joined by spaces: the words the SQLite store's tokenizer and
 * `queryTerms` see (`24.07.2021` is three words, `07-KL/TW` three), so
 * Lucene's tokenizer cannot cut them differently and both stores match the
 * same documents.
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

export function searchTokens(text: string | null): string {
  return (foldForIndex(text).match(WORD) ?? []).join(' ');
}

export function documentFromProperties(props: Record<string, unknown>): DocumentNode {
  return {
    id: str(props.id),
    scope: str(props.scope),
    code: nstr(props.code),
    number: nstr(props.number),
    symbol: nstr(props.symbol),
    year: toNullableNumber(props.year),
    type: str(props.type) as DocumentType,
    system: nstr(props.system) as System | null,
    subject: nstr(props.subject),
    issuedOn: toIsoDate(props.issuedOn),
    issuedOnBounds: parseJson(props.issuedOnBounds),
    place: nstr(props.place),
    urgency: nstr(props.urgency),
    issuerId: nstr(props.issuerId),
    provinceId: nstr(props.provinceId),
    provinceInference: parseJson(props.provinceInference),
    signerId: nstr(props.signerId),
    signerTitle: nstr(props.signerTitle),
    authority: nstr(props.authority) as Authority | null,
    recipientIds: strList(props.recipientIds),
    distribution: strList(props.distribution),
    signature: parseJson(props.signature),
    inCorpus: props.inCorpus === true,
    sources: parseJson(props.sources) ?? [],
    text: nstr(props.text),
    textMap: parseJson(props.textMap),
    body: parseJson(props.body),
    fieldEvidence: parseJson(props.fieldEvidence) ?? [],
    diagnostics: parseJson(props.diagnostics) ?? [],
  };
}

// ------------------------------------------------------------ other nodes ----

export interface NodeRow {
  id: string;
  props: Record<string, unknown>;
}

export function organizationProperties(org: OrganizationNode): NodeRow {
  const nameKey = matchKey(org.name);
  return {
    id: org.id,
    props: {
      name: org.name,
      nameKey,
      sortKey: nameSortKey(nameKey, org.id),
      system: org.system,
      provinceId: org.provinceId,
      parentId: org.parentId,
    },
  };
}

export function personProperties(person: PersonNode): NodeRow {
  const nameKey = matchKey(person.name);
  return {
    id: person.id,
    props: { name: person.name, nameKey, sortKey: nameSortKey(nameKey, person.id), aliases: person.aliases },
  };
}

export function provinceProperties(province: ProvinceNode): NodeRow {
  return { id: province.id, props: { name: province.name, nameKey: matchKey(province.name) } };
}

export function organizationFromProperties(props: Record<string, unknown>): OrganizationNode {
  return {
    id: str(props.id),
    name: str(props.name),
    system: nstr(props.system) as System | null,
    provinceId: nstr(props.provinceId),
    parentId: nstr(props.parentId),
  };
}

export function personFromProperties(props: Record<string, unknown>): PersonNode {
  return { id: str(props.id), name: str(props.name), aliases: strList(props.aliases) };
}

export function provinceFromProperties(props: Record<string, unknown>): ProvinceNode {
  return { id: str(props.id), name: str(props.name) };
}

// ------------------------------------------------------------ relations ----

/** A row with the fields of `cypher.ts`'s RELATION_FIELDS. */
export function relationRecordFromRow(row: Record<string, unknown>): RelationRecord {
  const correction = row.kind === RelationKind.Correction;
  return {
    type: str(row.type) as RelationType,
    sourceId: str(row.sourceId),
    targetId: str(row.targetId),
    evidence: parseJson<Evidence[]>(row.evidence) ?? [],
    confidence: typeof row.confidence === 'number' ? row.confidence : toNumber(row.confidence),
    origin: correction ? 'correction' : 'extracted',
    createdBy: correction ? nstr(row.createdBy) : null,
    createdAt: correction ? nstr(row.createdAt) : null,
  };
}

export function correctionFromRow(row: Record<string, unknown>): RelationCorrection {
  const action = str(row.action);
  if (action !== 'add' && action !== 'remove') throw new Neo4jValueError(`Unknown correction action '${action}'`);
  return {
    action,
    type: str(row.type) as RelationType,
    sourceId: str(row.sourceId),
    targetId: str(row.targetId),
    note: nstr(row.note),
    createdBy: str(row.createdBy),
    createdAt: str(row.createdAt),
  };
}

/** A driver Path → the document ids along it and its relations, in path order. */
export function subgraphFromPath(rootId: string, path: unknown): { rootId: string; documentIds: string[]; relations: RelationRecord[] } {
  if (!isPath(path)) throw new Neo4jValueError(`Expected a path, got ${describe(path)}`);
  const p = path as Path;
  const documentIds = [str(p.start.properties.id)];
  const relations: RelationRecord[] = [];
  for (const segment of p.segments) {
    documentIds.push(str(segment.end.properties.id));
    // A segment's relationship may point against the walk; its own start/end ids say which way it points.
    const rel = segment.relationship;
    const forward = rel.startNodeElementId === segment.start.elementId;
    const source = forward ? segment.start : segment.end;
    const target = forward ? segment.end : segment.start;
    relations.push(
      relationRecordFromRow({
        type: rel.type,
        sourceId: source.properties.id,
        targetId: target.properties.id,
        ...rel.properties,
      }),
    );
  }
  return { rootId, documentIds, relations };
}

// -------------------------------------------------------------- helpers ----

function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

function parseJson<T>(value: unknown): T | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw new Neo4jValueError(`Expected a JSON string property, got ${describe(value)}`);
  return JSON.parse(value) as T;
}

function str(value: unknown): string {
  if (typeof value !== 'string') throw new Neo4jValueError(`Expected a string, got ${describe(value)}`);
  return value;
}

function nstr(value: unknown): string | null {
  return value === null || value === undefined ? null : str(value);
}

function strList(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new Neo4jValueError(`Expected a list of strings, got ${describe(value)}`);
  }
  return value as string[];
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return (value as object).constructor?.name ?? 'object';
  return typeof value;
}
