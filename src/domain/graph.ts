import type { Authority } from './authority';
import type { DocumentType } from './document-type';
import type { RelationType } from './relation-type';
import type { Evidence, SourceSpan } from './span';
import type { System } from './system';
import type { Diagnostic } from './diagnostic';
import type { TextMap } from './text-map';

/**
 * The graph as the stores hold it. Ids are stable strings built by
 * `domain/identity.ts`, so re-extracting the same text yields the same ids.
 */

/** A range of a document's stored text, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

export interface ProvinceNode {
  /** `province:dak-nong` */
  id: string;
  /** Name with diacritics as of 2021: `Đắk Nông`. */
  name: string;
}

export interface OrganizationNode {
  /** `org:dak-nong:ubnd-tinh`, `org:national:bo-chinh-tri` */
  id: string;
  /** Canonical name with diacritics: `Ủy ban nhân dân tỉnh Đắk Nông`. */
  name: string;
  system: System | null;
  provinceId: string | null;
  /** The body this one is an organ of (`Thường trực Tỉnh ủy` → `Tỉnh ủy`). */
  parentId: string | null;
}

export interface PersonNode {
  /** `person:dien-kre` (a canonical spelling chosen across OCR variants). */
  id: string;
  name: string;
  /** Spellings seen in the sources (`Điều Kré`, `Điền Kré`). */
  aliases: string[];
}

export interface DateBounds {
  earliest: string | null;
  latest: string | null;
  /** How the bounds were found: `cites 79/NQ-CP of 2021-07-22`. */
  reason: string;
}

export interface ProvinceInference {
  provinceId: string;
  confidence: number;
  evidence: Evidence[];
}

export interface SignatureStamp {
  signer: string | null;
  body: string | null;
  /** ISO 8601 with offset: 2021-07-24T10:45:30+07:00 */
  signedAt: string | null;
  evidence: Evidence;
}

/**
 * Where one header or party fact of an in-corpus document was read: the
 * source passage and how sure the reading is (1 when the field was read from
 * its own labelled line, lower when inferred from another field).
 */
export interface FieldEvidence {
  /** The DocumentNode field: `code`, `type`, `issuer`, `place`, `issuedOn`, `subject`, `urgency`, `recipients`, `distribution`, `signerTitle`, `authority`, `signer`, `signature`. */
  field: string;
  /** The source passage, as in the NFC source file. */
  text: string;
  span: SourceSpan | null;
  /** 0..1 */
  confidence: number;
}

export interface DocumentNode {
  /** `doc:dak-nong:3953/UBND-KGVX:2021`, `doc:national:07-KL/TW:2021`, `doc:national:dien:thuong-truc-ban-bi-thu:2021-07-21` */
  id: string;
  /** `national` for central issuers, else the province slug (`dak-nong`): local codes are unique only within a province. */
  scope: string;
  code: string | null;
  number: string | null;
  symbol: string | null;
  /** Year of the code or of the issue date; part of identity (a code is unique within issuer and year). */
  year: number | null;
  type: string & DocumentType;
  system: System | null;
  subject: string | null;
  /** YYYY-MM-DD */
  issuedOn: string | null;
  issuedOnBounds: DateBounds | null;
  place: string | null;
  urgency: string | null;
  issuerId: string | null;
  provinceId: string | null;
  provinceInference: ProvinceInference | null;
  signerId: string | null;
  signerTitle: string | null;
  authority: Authority | null;
  recipientIds: string[];
  /** Distribution list (`Nơi nhận`) lines as written. */
  distribution: string[];
  signature: SignatureStamp | null;
  inCorpus: boolean;
  sources: SourceSpan[];
  /** Body text (cleaned) for in-corpus documents; null for instruments known only from references. */
  text: string | null;
  /** Where each character of `text` stands in the source file (`sources[0].file`); absent when `text` is null. */
  textMap: TextMap | null;
  /**
   * The range of `text` between the addressees and the distribution list or
   * signature: what text reuse compares, so that shared letterheads,
   * addressee lists and closing formulas are not taken for copied passages.
   */
  body: TextRange | null;
  /** Evidence of each header and party field read from the text; empty for instruments known only from references. */
  fieldEvidence: FieldEvidence[];
  diagnostics: Diagnostic[];
}

export type RelationOrigin = 'extracted' | 'correction';

/** A relation's type and ends, without its evidence: what following citations needs. */
export type RelationLink = Pick<RelationEdge, 'type' | 'sourceId' | 'targetId'>;

export interface RelationEdge {
  type: RelationType;
  sourceId: string;
  targetId: string;
  evidence: Evidence[];
  /** 0..1 */
  confidence: number;
}

/** Everything extracted from one source file: the unit of atomic, idempotent ingest. */
export interface FileGraph {
  file: {
    /** Path as given to ingest, relative where possible; spans name files by this. */
    name: string;
    /** `contentHash` of the decoded NFC text. */
    hash: string;
    /** Length of the NFC text in characters. */
    length: number;
  };
  documents: DocumentNode[];
  organizations: OrganizationNode[];
  persons: PersonNode[];
  provinces: ProvinceNode[];
  relations: RelationEdge[];
  /** Locality-sensitive bucket keys of each in-corpus document's shingles, for text-reuse candidates. */
  signatures: ReuseSignature[];
  diagnostics: Diagnostic[];
}

/** A document's reuse bucket keys (`b<band>:<13 hex digits>` from `reuseBuckets`). */
export interface ReuseSignature {
  documentId: string;
  readonly buckets: string[];
  /**
   * The same keys as the numbers the SQLite store keeps (`exactBucketKey`),
   * index-aligned, when they travelled so (from an extraction worker):
   * readers that want numbers take these and never spell the strings.
   */
  readonly keys?: Float64Array;
}

/** A relation as read back from a store: extracted, or an analyst's correction. */
export interface RelationRecord extends RelationEdge {
  origin: RelationOrigin;
  /** For corrections: who made it and when (ISO 8601). */
  createdBy: string | null;
  createdAt: string | null;
}

/** An analyst's correction, stored apart from extraction so that re-ingest never undoes it. */
export interface RelationCorrection {
  action: 'add' | 'remove';
  type: RelationType;
  sourceId: string;
  targetId: string;
  note: string | null;
  createdBy: string;
  createdAt: string;
}
