import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { DocumentNode, RelationRecord } from '../domain/graph';
import { RelationType } from '../domain/relation-type';
import { assertNever } from '../shared/assert-never';
import type { GraphDump } from '../store/port';

/**
 * `export --format jsonld`: the graph as linked data. Relations map onto the
 * European Legislation Identifier ontology where it has the term —
 * CITES → eli:cites, BASED_ON → eli:based_on, AMENDS → eli:amends,
 * IMPLEMENTS → eli:ensures_implementation_of, REPLACES → eli:repeals (ELI has
 * no "replaces"; a Vietnamese instrument that replaces another repeals it,
 * and `dg:replaces` is written alongside so the distinction is not lost) —
 * and onto our own `dg:` terms for the rest (ATTACHES, REPEATS, organisations,
 * people, provinces, the text).
 *
 * Each relation appears twice: as a direct link between documents (what
 * SPARQL and linked-data tools follow) and as a `dg:Relation` node carrying
 * what a triple cannot: confidence, origin and evidence.
 *
 * Node ids are our ids under `urn:directive-graph:id:`, with the few
 * characters an IRI may not contain percent-encoded.
 */

export const ELI = 'http://data.europa.eu/eli/ontology#';
export const DG = 'urn:directive-graph:vocab:';
export const DG_ID = 'urn:directive-graph:id:';

/** The ELI (or dg:) term for each relation type: the property a document-to-document link is written with. */
export function relationTerm(type: RelationType): string {
  switch (type) {
    case RelationType.CITES:
      return 'eli:cites';
    case RelationType.BASED_ON:
      return 'eli:based_on';
    case RelationType.AMENDS:
      return 'eli:amends';
    case RelationType.REPLACES:
      return 'eli:repeals';
    case RelationType.IMPLEMENTS:
      return 'eli:ensures_implementation_of';
    case RelationType.ATTACHES:
      return 'dg:attaches';
    case RelationType.REPEATS:
      return 'dg:repeats';
    default:
      return assertNever(type);
  }
}

const ID_REF = { '@type': '@id' } as const;

export const JSONLD_CONTEXT = {
  eli: ELI,
  dg: DG,
  dgid: DG_ID,
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  'eli:cites': ID_REF,
  'eli:based_on': ID_REF,
  'eli:amends': ID_REF,
  'eli:repeals': ID_REF,
  'eli:ensures_implementation_of': ID_REF,
  'eli:passed_by': ID_REF,
  'eli:date_document': { '@type': 'xsd:date' },
  'dg:attaches': ID_REF,
  'dg:repeats': ID_REF,
  'dg:replaces': ID_REF,
  'dg:province': ID_REF,
  'dg:signer': ID_REF,
  'dg:addressedTo': { '@type': '@id', '@container': '@list' },
  'dg:parent': ID_REF,
  'dg:source': ID_REF,
  'dg:target': ID_REF,
  'dg:relationType': ID_REF,
  'dg:year': { '@type': 'xsd:integer' },
  'dg:confidence': { '@type': 'xsd:double' },
  'dg:inCorpus': { '@type': 'xsd:boolean' },
  'dg:issuedOnEarliest': { '@type': 'xsd:date' },
  'dg:issuedOnLatest': { '@type': 'xsd:date' },
} as const;

/** Our id as a compact IRI (`dgid:doc:dak-nong:3953/UBND-KGVX:2021`). */
export function nodeIri(id: string): string {
  // RFC 3987 excludes these (and controls/space, which ids never hold); `%` is encoded so decoding is unambiguous.
  return `dgid:${id.replace(/[%<>"{}|\\^`\s]/g, (ch) => encodeURIComponent(ch))}`;
}

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
type JsonObject = { [key: string]: JsonValue };

export function jsonLdDocument(dump: GraphDump): JsonObject {
  const relationsBySource = new Map<string, RelationRecord[]>();
  for (const r of dump.relations) relationsBySource.set(r.sourceId, [...(relationsBySource.get(r.sourceId) ?? []), r]);
  const graph: JsonObject[] = [
    ...dump.documents.map((d) => documentNode(d, relationsBySource.get(d.id) ?? [])),
    ...dump.organizations.map((o) =>
      compact({
        '@id': nodeIri(o.id),
        '@type': 'dg:Organization',
        'dg:name': o.name,
        'dg:system': o.system,
        'dg:province': o.provinceId && nodeIri(o.provinceId),
        'dg:parent': o.parentId && nodeIri(o.parentId),
      }),
    ),
    ...dump.persons.map((p) => compact({ '@id': nodeIri(p.id), '@type': 'dg:Person', 'dg:name': p.name, 'dg:alias': p.aliases })),
    ...dump.provinces.map((p) => compact({ '@id': nodeIri(p.id), '@type': 'dg:Province', 'dg:name': p.name })),
    ...dump.relations.map((r, index) =>
      compact({
        '@id': `_:relation${index}`,
        '@type': 'dg:Relation',
        'dg:relationType': `dg:${r.type}`,
        'dg:source': nodeIri(r.sourceId),
        'dg:target': nodeIri(r.targetId),
        'dg:confidence': r.confidence,
        'dg:origin': r.origin,
        'dg:evidence': r.evidence.map((e) =>
          compact({
            'dg:text': e.text,
            'dg:file': e.span?.file ?? null,
            'dg:start': e.span?.start ?? null,
            'dg:end': e.span?.end ?? null,
          }),
        ),
        'dg:createdBy': r.createdBy,
        'dg:createdAt': r.createdAt,
      }),
    ),
  ];
  return { '@context': JSONLD_CONTEXT as unknown as JsonObject, '@graph': graph };
}

function documentNode(d: DocumentNode, outgoing: RelationRecord[]): JsonObject {
  const node: JsonObject = compact({
    '@id': nodeIri(d.id),
    '@type': ['eli:LegalResource', 'dg:Document'],
    'eli:id_local': d.code,
    'eli:title': d.subject,
    'eli:date_document': d.issuedOn,
    'eli:passed_by': d.issuerId && nodeIri(d.issuerId),
    'dg:documentType': d.type,
    'dg:number': d.number,
    'dg:symbol': d.symbol,
    'dg:year': d.year,
    'dg:system': d.system,
    'dg:issuedOnEarliest': d.issuedOnBounds?.earliest ?? null,
    'dg:issuedOnLatest': d.issuedOnBounds?.latest ?? null,
    'dg:place': d.place,
    'dg:urgency': d.urgency,
    'dg:inCorpus': d.inCorpus,
    'dg:province': d.provinceId && nodeIri(d.provinceId),
    'dg:signer': d.signerId && nodeIri(d.signerId),
    'dg:signerTitle': d.signerTitle,
    'dg:authority': d.authority,
    'dg:addressedTo': d.recipientIds.length ? d.recipientIds.map(nodeIri) : null,
    'dg:distribution': d.distribution,
    'dg:text': d.text,
  });
  for (const r of outgoing) {
    const terms = r.type === RelationType.REPLACES ? [relationTerm(r.type), 'dg:replaces'] : [relationTerm(r.type)];
    for (const term of terms) node[term] = [...((node[term] as JsonValue[] | undefined) ?? []), nodeIri(r.targetId)];
  }
  return node;
}

/** Drops null and empty-list values: absent is how linked data says unknown. */
function compact(object: { [key: string]: JsonValue | undefined }): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(object)) {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out;
}

export async function exportJsonLd(dump: GraphDump, out: Writable): Promise<void> {
  if (!out.write(`${JSON.stringify(jsonLdDocument(dump), null, 1)}\n`)) await once(out, 'drain');
}
