import type { DocumentNode } from './graph';

/** The fields every document node must be given; everything else starts empty. */
export type DocumentNodeFields = Partial<DocumentNode> & Pick<DocumentNode, 'id' | 'scope' | 'type' | 'inCorpus'>;

/**
 * A document node with every unknown field null or empty: instruments known
 * only from references have little more than an id, a code and a type.
 */
export function documentNode(fields: DocumentNodeFields): DocumentNode {
  return {
    code: null,
    number: null,
    symbol: null,
    year: null,
    system: null,
    subject: null,
    issuedOn: null,
    issuedOnBounds: null,
    place: null,
    urgency: null,
    issuerId: null,
    provinceId: null,
    provinceInference: null,
    signerId: null,
    signerTitle: null,
    authority: null,
    recipientIds: [],
    distribution: [],
    signature: null,
    sources: [],
    text: null,
    textMap: null,
    body: null,
    fieldEvidence: [],
    diagnostics: [],
    ...fields,
  };
}
