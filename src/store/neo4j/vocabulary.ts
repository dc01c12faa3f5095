import { RelationType } from '../../domain/relation-type';

/**
 * The fixed vocabulary of the Neo4j graph. Labels and relationship types are
 * the only names spliced into Cypher text, and only from these constants:
 * Cypher cannot take a label or type as a parameter, and a value never
 * decides which name is used except through these maps.
 */

export const Label = {
  Document: 'Document',
  Organization: 'Organization',
  Person: 'Person',
  Province: 'Province',
  File: 'File',
  Correction: 'Correction',
} as const;
export type Label = (typeof Label)[keyof typeof Label];

/** Labels of the nodes files contribute (and whose contributions are merged). */
export type ContributedLabel = typeof Label.Document | typeof Label.Organization | typeof Label.Person | typeof Label.Province;
export const CONTRIBUTED_LABELS: readonly ContributedLabel[] = [
  Label.Province,
  Label.Organization,
  Label.Person,
  Label.Document,
];

/** Document → document relations, one relationship type each (same names as the domain enum). */
export const RELATION_REL_TYPE: Readonly<Record<RelationType, string>> = {
  [RelationType.IMPLEMENTS]: 'IMPLEMENTS',
  [RelationType.CITES]: 'CITES',
  [RelationType.ATTACHES]: 'ATTACHES',
  [RelationType.BASED_ON]: 'BASED_ON',
  [RelationType.REPEATS]: 'REPEATS',
  [RelationType.AMENDS]: 'AMENDS',
  [RelationType.REPLACES]: 'REPLACES',
};

/** Document → organisation / person / province links, derived from the document's id properties. */
export const LinkType = {
  ISSUED_BY: 'ISSUED_BY',
  ADDRESSED_TO: 'ADDRESSED_TO',
  SIGNED_BY: 'SIGNED_BY',
  IN_PROVINCE: 'IN_PROVINCE',
} as const;

/**
 * Provenance: `(:File)-[:DESCRIBES {data}]->(node)` holds the node as that
 * file described it, so replacing a file replaces exactly its contribution.
 */
export const DESCRIBES = 'DESCRIBES';

/** How a document relationship came to be; `effective` is maintained from it and the corrections. */
export const RelationKind = {
  /** Extracted from files; `contributions` holds each file's evidence. */
  File: 'file',
  /** REPEATS found by the cross-file text-reuse pass. */
  Reuse: 'reuse',
  /** Mirror of an `add` correction, so traversals can follow it. */
  Correction: 'correction',
} as const;

export const ALL_REL_TYPES: readonly string[] = [
  ...Object.values(RELATION_REL_TYPE),
  ...Object.values(LinkType),
  DESCRIBES,
];

/** Every property key the store reads or writes (the lint schema; a typo in a statement fails the lint test). */
export const PROPERTY_KEYS: readonly string[] = [
  // every node
  'id',
  'name',
  'nameKey',
  'sortKey',
  // Organization / Person
  'system',
  'provinceId',
  'parentId',
  'aliases',
  // Document
  'scope',
  'code',
  'number',
  'symbol',
  'year',
  'type',
  'subject',
  'issuedOn',
  'issuedOnBounds',
  'place',
  'urgency',
  'issuerId',
  'provinceInference',
  'signerId',
  'signerTitle',
  'authority',
  'recipientIds',
  'distribution',
  'signature',
  'inCorpus',
  'sources',
  'text',
  'textMap',
  'body',
  'fieldEvidence',
  'diagnostics',
  'searchCode',
  'searchSubject',
  'searchText',
  'reuseBuckets',
  'bucketText',
  // File and DESCRIBES
  'hash',
  'length',
  'ingestedAt',
  'data',
  'buckets',
  // document relationships
  'kind',
  'evidence',
  'confidence',
  'contributions',
  'files',
  'effective',
  'createdBy',
  'createdAt',
  'position',
  // Correction
  'action',
  'sourceId',
  'targetId',
  'note',
];

/**
 * Keys of parameter maps read in statements (`row.fileName`) that are not
 * also stored property keys; the linter cannot tell a map from a node there.
 */
export const PARAMETER_ROW_KEYS: readonly string[] = ['fileName', 'props'];

/** Index names the statements refer to. */
export const FULLTEXT_DOCUMENTS = 'document_search';
export const FULLTEXT_BUCKETS = 'document_reuse_buckets';
