import type { Authority } from '../../domain/authority';
import type { DocumentType } from '../../domain/document-type';
import type { DocumentNode } from '../../domain/graph';
import type { System } from '../../domain/system';
import { documentSortKey } from '../shared/sort-key';

/** A row of the `documents` table; JSON columns hold the structured fields. */
export interface DocumentRow {
  rowid?: number;
  id: string;
  scope: string;
  code: string | null;
  number: string | null;
  symbol: string | null;
  year: number | null;
  type: string;
  system: string | null;
  subject: string | null;
  issued_on: string | null;
  issued_on_bounds: string | null;
  place: string | null;
  urgency: string | null;
  issuer_id: string | null;
  province_id: string | null;
  province_inference: string | null;
  signer_id: string | null;
  signer_title: string | null;
  authority: string | null;
  recipient_ids: string;
  distribution: string;
  signature: string | null;
  in_corpus: number;
  sources: string;
  text: string | null;
  text_map: string | null;
  body: string | null;
  /** JSON array of FieldEvidence; null in rows written before the column existed. */
  field_evidence: string | null;
  diagnostics: string;
  sort_key: string;
}

export const DOCUMENT_COLUMNS =
  'id, scope, code, number, symbol, year, type, system, subject, issued_on, issued_on_bounds, place, urgency, ' +
  'issuer_id, province_id, province_inference, signer_id, signer_title, authority, recipient_ids, distribution, ' +
  'signature, in_corpus, sources, text, text_map, body, field_evidence, diagnostics, sort_key';

export function toDocumentRow(doc: DocumentNode): DocumentRow {
  return {
    id: doc.id,
    scope: doc.scope,
    code: doc.code,
    number: doc.number,
    symbol: doc.symbol,
    year: doc.year,
    type: doc.type,
    system: doc.system,
    subject: doc.subject,
    issued_on: doc.issuedOn,
    issued_on_bounds: jsonOrNull(doc.issuedOnBounds),
    place: doc.place,
    urgency: doc.urgency,
    issuer_id: doc.issuerId,
    province_id: doc.provinceId,
    province_inference: jsonOrNull(doc.provinceInference),
    signer_id: doc.signerId,
    signer_title: doc.signerTitle,
    authority: doc.authority,
    recipient_ids: JSON.stringify(doc.recipientIds),
    distribution: JSON.stringify(doc.distribution),
    signature: jsonOrNull(doc.signature),
    in_corpus: doc.inCorpus ? 1 : 0,
    sources: JSON.stringify(doc.sources),
    text: doc.text,
    text_map: jsonOrNull(doc.textMap),
    body: jsonOrNull(doc.body),
    field_evidence: JSON.stringify(doc.fieldEvidence),
    diagnostics: JSON.stringify(doc.diagnostics),
    sort_key: documentSortKey(doc.issuedOn, doc.code, doc.id),
  };
}

export function fromDocumentRow(row: DocumentRow): DocumentNode {
  return {
    id: row.id,
    scope: row.scope,
    code: row.code,
    number: row.number,
    symbol: row.symbol,
    year: row.year,
    type: row.type as DocumentType,
    system: row.system as System | null,
    subject: row.subject,
    issuedOn: row.issued_on,
    issuedOnBounds: parseOrNull(row.issued_on_bounds),
    place: row.place,
    urgency: row.urgency,
    issuerId: row.issuer_id,
    provinceId: row.province_id,
    provinceInference: parseOrNull(row.province_inference),
    signerId: row.signer_id,
    signerTitle: row.signer_title,
    authority: row.authority as Authority | null,
    recipientIds: JSON.parse(row.recipient_ids) as string[],
    distribution: JSON.parse(row.distribution) as string[],
    signature: parseOrNull(row.signature),
    inCorpus: row.in_corpus === 1,
    sources: JSON.parse(row.sources) as DocumentNode['sources'],
    text: row.text,
    textMap: parseOrNull(row.text_map),
    body: parseOrNull(row.body),
    fieldEvidence: parseOrNull<DocumentNode['fieldEvidence']>(row.field_evidence) ?? [],
    diagnostics: JSON.parse(row.diagnostics) as DocumentNode['diagnostics'],
  };
}

function jsonOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

export function parseOrNull<T>(value: string | null): T | null {
  return value === null ? null : (JSON.parse(value) as T);
}
