import type Database from 'better-sqlite3';
import type { DocumentNode } from '../../domain/graph';
import { deferFields } from './deferred-fields';
import { fromDocumentRow, type DocumentRow } from './document-row';
import { statement } from './statement-cache';

/**
 * Columns read with every document: the scalars that lists, pages and
 * relation ends show. Creating JS strings for the JSON and text columns cost
 * more than running the query (a page of 20 documents with ≈ 360 relation
 * targets spent 17 ms reading rows whole), and most queries ask for none of
 * them.
 */
export const LEAN_DOCUMENT_COLUMNS = [
  'id', 'scope', 'code', 'number', 'symbol', 'year', 'type', 'system', 'subject', 'issued_on', 'place', 'urgency',
  'issuer_id', 'province_id', 'signer_id', 'signer_title', 'authority', 'in_corpus',
] as const;

export type LeanDocumentRow = Pick<DocumentRow, (typeof LEAN_DOCUMENT_COLUMNS)[number]>;

/** Fields read on first use, each tier at once for every document of the batch it came with. */
const TIERS = [
  {
    columns: ['issued_on_bounds', 'province_inference', 'recipient_ids', 'distribution', 'signature', 'sources', 'diagnostics'],
    fields: ['issuedOnBounds', 'provinceInference', 'recipientIds', 'distribution', 'signature', 'sources', 'diagnostics'],
  },
  {
    columns: ['text', 'text_map', 'body'],
    fields: ['text', 'textMap', 'body'],
  },
  // Apart from the text: the reuse pass reads every document's text and none of its field evidence
  // (about 2 KB of JSON a letter, whose parsing was most of a text read there).
  {
    columns: ['field_evidence'],
    fields: ['fieldEvidence'],
  },
] as const satisfies ReadonlyArray<{ columns: ReadonlyArray<keyof DocumentRow>; fields: ReadonlyArray<keyof DocumentNode> }>;

/** A row with every column empty, so that `fromDocumentRow` maps a partial row with the store's own defaults. */
const EMPTY_ROW: DocumentRow = {
  id: '', scope: '', code: null, number: null, symbol: null, year: null, type: '', system: null, subject: null, issued_on: null,
  issued_on_bounds: null, place: null, urgency: null, issuer_id: null, province_id: null, province_inference: null, signer_id: null,
  signer_title: null, authority: null, recipient_ids: '[]', distribution: '[]', signature: null, in_corpus: 0, sources: '[]',
  text: null, text_map: null, body: null, field_evidence: null, diagnostics: '[]', sort_key: '',
};

/**
 * Documents from lean rows; the fields of each tier are read for the whole
 * batch on first access (`deferFields`). They read the row as it is then: a
 * document rewritten in between shows its new text, as a later store call
 * of the same request would.
 */
export function documentsFromLeanRows(db: Database.Database, rows: readonly LeanDocumentRow[]): DocumentNode[] {
  const nodes = rows.map((row) => fromDocumentRow({ ...EMPTY_ROW, ...row }));
  if (nodes.length === 0) return nodes;
  const ids = JSON.stringify(nodes.map((n) => n.id));
  // A document deleted meanwhile keeps the defaults of a document known only by reference.
  const fallback = fromDocumentRow(EMPTY_ROW);
  for (const tier of TIERS) {
    const sql = `SELECT id, ${tier.columns.join(', ')} FROM documents WHERE id IN (SELECT value FROM json_each(?))`;
    deferFields<DocumentNode, (typeof tier.fields)[number]>(db, nodes, tier.fields, (node) => node.id, () => {
      const found = statement(db, sql).all(ids) as Array<Partial<DocumentRow>>;
      return new Map(found.map((row) => [row.id!, fromDocumentRow({ ...EMPTY_ROW, ...row })]));
    }, fallback);
  }
  return nodes;
}
