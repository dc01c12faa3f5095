import type { FileGraph } from '../../src/domain/graph';

/**
 * The part of a FileGraph a person checks against the text: header fields,
 * parties and relations of every in-corpus document, by names rather than
 * ids or offsets, so that expected.json can be written by reading the file.
 */
export interface GoldenDocument {
  code: string | null;
  number: string | null;
  symbol: string | null;
  type: string;
  system: string | null;
  issuer: string | null;
  issuerParent: string | null;
  province: string | null;
  provinceInference: string | null;
  place: string | null;
  issuedOn: string | null;
  issuedOnBounds: { earliest: string | null; latest: string | null } | null;
  year: number | null;
  subject: string | null;
  urgency: string | null;
  recipients: string[];
  distribution: string[];
  signer: string | null;
  signerAliases: string[];
  signerTitle: string | null;
  authority: string | null;
  stamp: { body: string | null; signedAt: string | null } | null;
  diagnostics: string[];
}

export interface GoldenView {
  documents: GoldenDocument[];
  /** `SOURCE TYPE TARGET`, documents named by code or `TYPE|issuer|date`, sorted. */
  relations: string[];
}

/** Header fields whose exactness is measured (docs/extraction.md). */
export const HEADER_FIELDS = [
  'code',
  'number',
  'symbol',
  'type',
  'system',
  'issuer',
  'province',
  'place',
  'issuedOn',
  'subject',
  'urgency',
  'signer',
  'signerTitle',
  'authority',
] as const satisfies ReadonlyArray<keyof GoldenDocument>;

export function goldenView(graph: FileGraph): GoldenView {
  const orgs = new Map(graph.organizations.map((o) => [o.id, o]));
  const provinces = new Map(graph.provinces.map((p) => [p.id, p]));
  const persons = new Map(graph.persons.map((p) => [p.id, p]));
  const docs = new Map(graph.documents.map((d) => [d.id, d]));
  const orgName = (id: string | null) => (id ? (orgs.get(id)?.name ?? id) : null);
  const label = (id: string) => {
    const d = docs.get(id);
    if (!d) return id;
    return d.code ?? `${d.type}|${orgName(d.issuerId)}|${d.issuedOn}`;
  };
  const documents = graph.documents
    .filter((d) => d.inCorpus)
    .map((d): GoldenDocument => {
      const signer = d.signerId ? persons.get(d.signerId) : undefined;
      return {
        code: d.code,
        number: d.number,
        symbol: d.symbol,
        type: d.type,
        system: d.system,
        issuer: orgName(d.issuerId),
        issuerParent: orgName(d.issuerId ? (orgs.get(d.issuerId)?.parentId ?? null) : null),
        province: d.provinceId ? (provinces.get(d.provinceId)?.name ?? d.provinceId) : null,
        provinceInference: d.provinceInference ? (provinces.get(d.provinceInference.provinceId)?.name ?? null) : null,
        place: d.place,
        issuedOn: d.issuedOn,
        issuedOnBounds: d.issuedOnBounds ? { earliest: d.issuedOnBounds.earliest, latest: d.issuedOnBounds.latest } : null,
        year: d.year,
        subject: d.subject,
        urgency: d.urgency,
        recipients: d.recipientIds.map((id) => orgName(id)!),
        distribution: d.distribution,
        signer: signer?.name ?? null,
        signerAliases: signer?.aliases ?? [],
        signerTitle: d.signerTitle,
        authority: d.authority,
        stamp: d.signature ? { body: d.signature.body, signedAt: d.signature.signedAt } : null,
        diagnostics: [...new Set(d.diagnostics.map((x) => x.code))].sort(),
      };
    });
  const relations = graph.relations.map((r) => `${label(r.sourceId)} ${r.type} ${label(r.targetId)}`).sort();
  return { documents, relations: [...new Set(relations)] };
}
