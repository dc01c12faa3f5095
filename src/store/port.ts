import type { ChainDirection, Direction } from '../domain/direction';
import type { DocumentType } from '../domain/document-type';
import type {
  DocumentNode,
  FileGraph,
  OrganizationNode,
  PersonNode,
  ProvinceNode,
  RelationCorrection,
  RelationEdge,
  RelationLink,
  RelationRecord,
} from '../domain/graph';
import type { RelationType } from '../domain/relation-type';

/** The fields of a document text reuse reads; a `DocumentNode` is one. */
export type ReuseDocumentView = Pick<DocumentNode, 'id' | 'inCorpus' | 'text' | 'textMap' | 'body' | 'issuedOn' | 'issuedOnBounds' | 'sources'>;

/**
 * The port every store implements (embedded SQLite, Neo4j). Questions are
 * asked whole (a chain, a page, the responses of all provinces) so each store
 * answers them natively: a recursive CTE or a variable-length pattern, not a
 * row at a time.
 *
 * Conventions for every method:
 * - Ids are the strings of `domain/identity.ts`; a malformed id throws
 *   `InvalidArgumentError`, an unknown one gives `null` / an empty list
 *   (batch reads) or throws `NotFoundError` (single-root questions).
 * - Store failures throw `StoreUnavailableError`.
 * - Reads never see a half-written file: `writeFile` is one transaction,
 *   and so is each batch of `writeFiles`.
 */
export interface GraphStore {
  readonly kind: 'sqlite' | 'neo4j';

  /**
   * Writes everything extracted from one file in one transaction.
   * Idempotent: the same `file.hash` again changes nothing (`skipped: true`).
   * A file name seen before with another hash replaces that file's earlier
   * contribution. Corrections are never touched.
   */
  writeFile(graph: FileGraph): Promise<WriteSummary>;

  /**
   * Writes several files as `writeFile` would, one after the other, with the
   * same per-file hash checks and provenance, but in one transaction: all of
   * the batch is written or none of it. A graph the store refuses fails the
   * whole batch (the caller may retry its files one by one to find it).
   * Returns one summary per graph, in order.
   */
  writeFiles(graphs: readonly FileGraph[]): Promise<WriteSummary[]>;

  /** True when a file with this content hash has been ingested. */
  hasFile(hash: string): Promise<boolean>;

  /** Records an analyst's correction (add or remove a relation). Idempotent per (action, type, source, target). */
  applyCorrection(correction: RelationCorrection): Promise<void>;

  /**
   * Merges instruments known only from references and cited without a year
   * (`Nghị quyết 128/NQ-CP`, `Điện của Thường trực Ban Bí thư`) into the one
   * dated document of the same scope and code (numbered) or scope, type and
   * issuer (unnumbered), when exactly one exists: relations are re-pointed and
   * the undated node removed. Idempotent; returns how many were merged.
   */
  mergeUndatedInstruments(): Promise<number>;

  /** In-corpus documents sharing at least one reuse bucket with `buckets`, most shared first. */
  reuseCandidates(buckets: readonly string[], limit: number): Promise<Array<{ documentId: string; shared: number }>>;

  /**
   * How many in-corpus documents hold each of `buckets`, counted no further
   * than `atMost + 1`: the reuse pass only asks whether a bucket is held by
   * more documents than a cap (an office's template sentence is held by
   * thousands), and a bounded count keeps that question cheap. Optional: the
   * reuse pass skips stop-bucket filtering on a store without it.
   */
  reuseBucketFrequencies?(buckets: readonly string[], atMost: number): Promise<Map<string, number>>;

  /**
   * `reuseBucketFrequencies` and `reuseCandidates` in one read: the buckets
   * held by more than `cap` documents (`stop`, in the order given) and the
   * candidates sharing the others. Optional: the reuse pass asks the two
   * questions apart on a store without it.
   */
  reuseCandidatesBeyondStops?(
    buckets: readonly string[],
    limit: number,
    cap: number,
  ): Promise<{ candidates: Array<{ documentId: string; shared: number }>; stop: string[] }>;

  /**
   * The postings of `keys` (bucket keys as exact numbers, `bucketKey`;
   * ascending), for a reuse pass to find the candidates of many documents in
   * memory with one read instead of one `reuseCandidatesBeyondStops` each:
   * every key held by more than `cap` documents (counted as there) is only
   * flagged `stop`; every other key lists the in-corpus documents holding it.
   * Optional: the pass asks document by document on a store without it.
   */
  reusePostingsOfKeys?(keys: Float64Array, cap: number): Promise<ReusePostingIndex>;

  /**
   * Indexes the reuse postings that writes staged (a store may stage them
   * per batch and index them in one sorted step, which is far cheaper over a
   * large ingest); returns how many it indexed. The store's own reuse reads
   * settle first on their own; read-only views of the store (`readerSpec`)
   * see settled postings only, so a writer settles before handing them out.
   * Optional: a store that indexes postings as it writes them has nothing to
   * settle.
   */
  settleReusePostings?(): Promise<number>;

  /**
   * Called before an ingest writes its first batch: a store may stop
   * maintaining what only readers use while it holds nothing yet, and
   * rebuild it in one step at `endBulkLoad`, which costs less than keeping
   * it up to date batch by batch. Returns whether it did; if so the caller
   * calls `endBulkLoad` after its last batch, whatever happened (a store
   * opened again after a load that never ended rebuilds on its own).
   * Readers see the same answers meanwhile, found more slowly. Optional.
   */
  beginBulkLoad?(): Promise<boolean>;

  /** Rebuilds what `beginBulkLoad` stopped maintaining. */
  endBulkLoad?(): Promise<void>;

  /**
   * How many documents the store holds, and how many of them are in the
   * corpus: what `stats()` starts with, without its aggregations. Optional:
   * callers fall back to `stats()`.
   */
  documentCounts?(): Promise<{ documents: number; inCorpus: number }>;

  /**
   * The in-corpus documents matching `filter`, counted by the tags `tagger`
   * gives their texts (per province and month, as `groupBy` asks): how many
   * carry each tag, and how many carry any of `anyOf`. The store keeps each
   * document's tags under `tagger.key` until its text changes, so a text is
   * tagged once, not on every count; tags kept under another key are
   * computed again. A document without text has no tags. Optional: callers
   * fall back to paging `listDocuments` and tagging every text themselves.
   */
  countTextTags?(filter: DocumentQuery, tagger: TextTagger, groupBy: TagGrouping, anyOf: number): Promise<TagCounts[]>;

  /**
   * Tags and keeps the texts of the in-corpus documents that have no tags
   * under `tagger.key`, as `countTextTags` would, without counting: what a
   * server runs before it listens, so that its first count does not tag the
   * whole corpus. Stops, without waiting, when the store cannot keep tags
   * now (another connection is writing); counts tag what is left. Returns
   * how many documents it tagged and kept. Optional, with `countTextTags`.
   */
  tagTexts?(tagger: TextTagger): Promise<number>;

  /**
   * Where another thread can open this store read-only, as plain data a
   * worker can be sent: the reuse pass reads candidates, documents and
   * citations there, in parallel, while this object writes the edges.
   * Optional: without it the pass reads through this object alone.
   */
  readerSpec?(): StoreReaderSpec;

  /**
   * Replaces the REPEATS relations whose source is one of `sourceIds` with
   * `relations` (text reuse is recomputed per document, not per file).
   */
  replaceReuseRelations(sourceIds: readonly string[], relations: readonly RelationEdge[]): Promise<void>;

  /** Documents by id, in the order asked; `null` where unknown. */
  getDocuments(ids: readonly string[]): Promise<(DocumentNode | null)[]>;

  /**
   * What text reuse reads of documents (`ReuseDocumentView`), by id, in the
   * order asked; `null` where unknown. The reuse pass reads each document
   * again wherever it recurs as a candidate (hundreds of thousands of reads
   * in a national corpus): a store reads these fields for less than whole
   * documents (or, lacking a cheaper way, gives `getDocuments`).
   */
  reuseDocuments(ids: readonly string[]): Promise<(ReuseDocumentView | null)[]>;

  getOrganizations(ids: readonly string[]): Promise<(OrganizationNode | null)[]>;
  getPersons(ids: readonly string[]): Promise<(PersonNode | null)[]>;
  getProvinces(ids: readonly string[]): Promise<(ProvinceNode | null)[]>;

  /**
   * A page of documents matching every given filter field, ordered by
   * issue date (nulls last), then code (nulls last), then id. `after` is an
   * opaque cursor from an earlier page; a malformed cursor throws
   * `InvalidArgumentError`.
   */
  listDocuments(filter: DocumentQuery, page: PageRequest): Promise<DocumentPage>;

  /**
   * Relations touching the given documents, effective after corrections:
   * extracted ones not removed by a correction, plus corrections that add.
   * OUT: relations whose source is in `ids`; IN: whose target is. Ordered by
   * (anchor id, type, other end id).
   */
  relations(ids: readonly string[], direction: Direction, types?: readonly RelationType[]): Promise<RelationRecord[]>;

  /**
   * The effective relations of `types` out of `ids`, as `relations(ids,
   * OUT, types)` finds them, with type and ends only and in no particular
   * order. The reuse pass follows citations around every document and its
   * candidates (hundreds of thousands of reads in a national corpus) and
   * needs nothing more. Optional: the pass falls back to `relations`.
   */
  relationLinksOut?(ids: readonly string[], types: readonly RelationType[]): Promise<RelationLink[]>;

  /**
   * The subgraph reachable from `rootId` within `maxDepth` hops along the
   * given relation types (all when empty). Cycles are followed once. Throws
   * `NotFoundError` for an unknown root.
   */
  chain(rootId: string, direction: ChainDirection, types: readonly RelationType[], maxDepth: number): Promise<Subgraph>;

  /** A shortest path from one document to another following relations source→target; null when none within maxDepth. */
  shortestPath(fromId: string, toId: string, types: readonly RelationType[], maxDepth: number): Promise<Subgraph | null>;

  /**
   * Per province, its documents related to `targetId` by one of `types`
   * (directly, or with `viaProvincial` also through the province's own
   * documents that do), with the first issue date. Ordered by first issue
   * date (nulls last), then province name.
   */
  provinceResponses(targetId: string, types: readonly RelationType[], viaProvincial: boolean): Promise<ProvinceResponseRecord[]>;

  /** Documents whose canonical code is `code` (already canonical), optionally narrowed. */
  findByCode(code: string, narrow?: { scope?: string; year?: number }): Promise<DocumentNode[]>;

  /** Full-text search over document text and subject, diacritics- and case-insensitive, best first. */
  search(text: string, limit: number): Promise<SearchHit[]>;

  /**
   * Pages ordered by name (diacritics-folded, lower-cased), then id.
   * `documentCount`: documents an organisation issued, a person signed, or of a province.
   */
  listOrganizations(page: PageRequest): Promise<CountedPage<OrganizationNode>>;
  listPersons(page: PageRequest): Promise<CountedPage<PersonNode>>;
  listProvinces(): Promise<Array<{ node: ProvinceNode; documentCount: number }>>;

  stats(): Promise<GraphStats>;

  /** Streams the whole graph (for export and migration), corrections included. */
  dump(): Promise<GraphDump>;

  /**
   * A token that changes whenever a write is committed to the store, through
   * this object, another connection or another process: equal tokens mean
   * nothing was committed in between. Optional: a store that cannot tell
   * cheaply leaves it out, and the server's response cache stays off.
   */
  dataVersion?(): Promise<string>;

  close(): Promise<void>;
}

/** A store another thread can open for reading (`openStoreReader`). */
export type StoreReaderSpec = { kind: 'sqlite'; file: string };

/**
 * Reuse postings by bucket key, as plain typed arrays (worker threads are
 * sent them): `docs[offsets[i] .. offsets[i + 1])` are the documents (indexes
 * into `ids`, ascending, distinct) holding `keys[i]` (ascending).
 */
export interface ReusePostingIndex {
  keys: Float64Array;
  offsets: Int32Array;
  docs: Int32Array;
  ids: string[];
  /**
   * Per key, 1 when it is a stop bucket, held by more documents than the cap
   * it was read with (none listed then). Absent: a key is a stop bucket when
   * it lists more documents than the cap asked about.
   */
  stop?: Uint8Array;
}

export interface WriteSummary {
  skipped: boolean;
  documents: number;
  relations: number;
}

/**
 * Tags of a text as a bit set: bit i for tag i, i < `size` ≤ 31. `key` names
 * what `tag` computes; it must change whenever `tag` would answer
 * differently for some text (new patterns, another fold), or stored tags go
 * stale.
 */
export interface TextTagger {
  readonly key: string;
  readonly size: number;
  tag(text: string): number;
}

export interface TagGrouping {
  province: boolean;
  month: boolean;
}

/** Documents of one province and month (when grouped by them) per tag. */
export interface TagCounts {
  /** Null when not grouped by province, or the documents have none. */
  provinceId: string | null;
  /** `YYYY-MM` (the first 7 characters of the issue date); null when not grouped by month or undated. */
  month: string | null;
  /** Documents carrying tag i, for each i < the tagger's size. */
  withTag: number[];
  /** Documents carrying at least one of the tags of `anyOf`. */
  withAnyOf: number;
}

export interface DocumentQuery {
  /** Canonical code (callers normalise first). */
  code?: string;
  type?: DocumentType;
  /** Matched on folded, lower-cased province name, substring. */
  province?: string;
  /** Matched on folded, lower-cased issuer name, substring. */
  issuer?: string;
  inCorpus?: boolean;
  issuedFrom?: string;
  issuedTo?: string;
  /** Full-text query. */
  text?: string;
}

export interface PageRequest {
  first: number;
  after?: string | null;
}

export interface DocumentPage {
  totalCount: number;
  items: Array<{ node: DocumentNode; cursor: string }>;
  hasNextPage: boolean;
}

export interface CountedPage<T> {
  totalCount: number;
  items: Array<{ node: T; documentCount: number; cursor: string }>;
  hasNextPage: boolean;
}

export interface Subgraph {
  rootId: string;
  documentIds: string[];
  relations: RelationRecord[];
}

export interface ProvinceResponseRecord {
  provinceId: string;
  documentIds: string[];
  firstIssuedOn: string | null;
}

export interface SearchHit {
  documentId: string;
  /** Snippet with matched words wrapped in `«` and `»`. */
  snippet: string;
  score: number;
}

export interface GraphStats {
  documents: number;
  inCorpus: number;
  relationsByType: Array<{ type: RelationType; count: number }>;
  documentsByProvince: Array<{ provinceId: string; count: number }>;
  documentsByType: Array<{ type: DocumentType; count: number }>;
  mostCited: Array<{ documentId: string; count: number }>;
}

export interface GraphDump {
  provinces: ProvinceNode[];
  organizations: OrganizationNode[];
  persons: PersonNode[];
  documents: DocumentNode[];
  relations: RelationRecord[];
  corrections: RelationCorrection[];
}
