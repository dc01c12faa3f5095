import type { DocumentNode, FileGraph, OrganizationNode } from '../domain/graph';

/**
 * The JSON the `extract` command prints (shared/contract/cli.md): documents
 * and relations with the field names of the GraphQL `Document` and `Relation`
 * types; relations name source and target by `code`, or by
 * `type` + `issuer` + `issuedOn` when unnumbered.
 */
export interface ContractJson {
  documents: ContractDocument[];
  relations: ContractRelation[];
}

export interface ContractOrganization {
  id: string;
  name: string;
  system: string | null;
  province: { id: string; name: string } | null;
}

export interface ContractDocument {
  id: string;
  code: string | null;
  number: string | null;
  symbol: string | null;
  type: string;
  subject: string | null;
  issuedOn: string | null;
  issuedOnBounds: { earliest: string | null; latest: string | null } | null;
  issuer: ContractOrganization | null;
  province: { id: string; name: string } | null;
  signer: { id: string; name: string } | null;
  signerTitle: string | null;
  authority: string | null;
  recipients: ContractOrganization[];
  urgency: string | null;
  inCorpus: boolean;
  sources: Array<{ file: string; start: number; end: number }>;
  text: string | null;
  /** Beyond the GraphQL core: read from the header and kept for inspection. */
  system: string | null;
  place: string | null;
  distribution: string[];
  diagnostics: Array<{ severity: string; code: string; message: string }>;
}

export type ContractDocumentRef =
  | { id: string; code: string }
  | { id: string; code: null; type: string; issuer: string | null; issuedOn: string | null };

export interface ContractRelation {
  type: string;
  source: ContractDocumentRef;
  target: ContractDocumentRef;
  evidence: Array<{ text: string; span: { file: string; start: number; end: number } | null }>;
  confidence: number;
}

export interface ContractJsonOptions {
  /** Body texts make the output large; the CLI may leave them out. */
  includeText?: boolean;
}

export function toContractJson(graph: FileGraph, options: ContractJsonOptions = {}): ContractJson {
  const provinces = new Map(graph.provinces.map((p) => [p.id, p]));
  const orgs = new Map(graph.organizations.map((o) => [o.id, o]));
  const persons = new Map(graph.persons.map((p) => [p.id, p]));
  const docs = new Map(graph.documents.map((d) => [d.id, d]));
  const province = (id: string | null) => {
    const p = id ? provinces.get(id) : undefined;
    return p ? { id: p.id, name: p.name } : null;
  };
  const organization = (o: OrganizationNode | undefined): ContractOrganization | null =>
    o ? { id: o.id, name: o.name, system: o.system, province: province(o.provinceId) } : null;

  const documentRef = (id: string): ContractDocumentRef => {
    const d = docs.get(id);
    if (d?.code) return { id, code: d.code };
    return {
      id,
      code: null,
      type: d?.type ?? 'OTHER',
      issuer: d?.issuerId ? (orgs.get(d.issuerId)?.name ?? null) : null,
      issuedOn: d?.issuedOn ?? null,
    };
  };

  const document = (d: DocumentNode): ContractDocument => {
    const signer = d.signerId ? persons.get(d.signerId) : undefined;
    return {
      id: d.id,
      code: d.code,
      number: d.number,
      symbol: d.symbol,
      type: d.type,
      subject: d.subject,
      issuedOn: d.issuedOn,
      issuedOnBounds: d.issuedOnBounds ? { earliest: d.issuedOnBounds.earliest, latest: d.issuedOnBounds.latest } : null,
      issuer: organization(d.issuerId ? orgs.get(d.issuerId) : undefined),
      province: province(d.provinceId),
      signer: signer ? { id: signer.id, name: signer.name } : null,
      signerTitle: d.signerTitle,
      authority: d.authority,
      recipients: d.recipientIds.map((id) => organization(orgs.get(id))).filter((o): o is ContractOrganization => o !== null),
      urgency: d.urgency,
      inCorpus: d.inCorpus,
      sources: d.sources.map((s) => ({ file: s.file, start: s.start, end: s.end })),
      text: options.includeText === false ? null : d.text,
      system: d.system,
      place: d.place,
      distribution: d.distribution,
      diagnostics: d.diagnostics.map((x) => ({ severity: x.severity, code: x.code, message: x.message })),
    };
  };

  return {
    documents: graph.documents.map(document),
    relations: graph.relations.map((r) => ({
      type: r.type,
      source: documentRef(r.sourceId),
      target: documentRef(r.targetId),
      evidence: r.evidence.map((e) => ({ text: e.text, span: e.span ? { file: e.span.file, start: e.span.start, end: e.span.end } : null })),
      confidence: r.confidence,
    })),
  };
}
