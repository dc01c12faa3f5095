import { join } from 'node:path';
import { Direction } from '../domain/direction';
import { StoreUnavailableError } from '../domain/errors';
import type { RelationEdge, RelationLink } from '../domain/graph';
import { CITING_RELATION_TYPES, RelationType } from '../domain/relation-type';
import {
  detectReuse,
  inferCommonSourceReuse,
  prepareText,
  stopBucketCap,
  stopBucketsOf,
  type AlignOptions,
  type PreparedText,
  type ReuseNode,
} from '../extract/reuse';
import { reuseTokens } from '../extract/reuse/reuse-tokens';
import type { GraphStore, ReuseDocumentView } from '../store/port';
import { PackedSignatures, type PassSignature, type SignatureList } from './packed-signatures';
import { buildCandidateIndex, CandidateIndex, distinctKeys, type CandidateIndexData } from './candidate-index';
import { reuseRequestOf, type ReuseRequest, type ReuseWorkerInit } from './reuse-messages';
import { LruCache } from './lru-cache';
import { WorkerPool } from './worker-pool';

/** The compiled worker next to this module (dist); absent when running from TypeScript sources. */
export const DEFAULT_REUSE_WORKER_SCRIPT = join(__dirname, 'reuse-worker.js');

/** What the pass knows of a document beyond its node: statistics of its own buckets, a memo for alignment. */
export interface ReuseContext {
  /** The document's bucket keys held by more documents than the stop cap (template text). */
  stopBuckets: ReadonlySet<string>;
  /** Prepares a text for alignment, remembering documents that recur as candidates. */
  prepare?: (node: ReuseNode, text: string, align: AlignOptions) => PreparedText;
}

/**
 * Decides REPEATS relations for one document against its candidates, given
 * the citation edges around them. Injected so ingest can be tested without
 * the real aligner; `detectReuseStep` is the real one.
 */
export type ReuseStep = (
  doc: ReuseDocumentView,
  candidates: readonly ReuseDocumentView[],
  citations: readonly RelationLink[],
  context?: ReuseContext,
) => RelationEdge[];

/** Direct copies (later → earlier) plus copies of a common source both implement; template passages count for nothing. */
export const detectReuseStep: ReuseStep = (doc, candidates, citations, context) => {
  const findings = detectReuse({ node: doc }, candidates.map((node) => ({ node })), {
    citations,
    stopBuckets: context?.stopBuckets,
    prepare: context?.prepare,
  });
  return [...findings.relations, ...inferCommonSourceReuse(findings.shared, citations)];
};

/** How many candidates to align per document: alignment is the costly step, and the best-sharing ones come first. */
export const REUSE_CANDIDATE_LIMIT = 20;

/**
 * Bucket keys a candidate must share with the document to be aligned. One
 * key is one passage window of about 24 words in common: a sentence, which
 * scores under `DEFAULT_MIN_REUSE_CONFIDENCE` unless it is most of a very
 * short letter, while a copied paragraph shares several windows and both
 * bands of most of them. On the 10k generated corpus (`bench-reuse --corpus
 * …/corpus-10000-seed1 --workers 0`) 56% of the candidates aligned shared
 * one key and 0.4% of those gave an edge; requiring two took the pass from
 * 32.0 to 19.3 s and the stored REPEATS edges from 5,943 to 5,661, with 2
 * of 4,576 planted copies lost (recall 0.9998 → 0.9993); three keys lost 21
 * more.
 */
export const REUSE_MIN_SHARED_KEYS = 2;

/** Documents detected together: one candidate read, document load and citation walk for all of them. */
export const REUSE_BATCH_SIZE = 256;

/**
 * Documents whose edges one `replaceReuseRelations` writes (one
 * transaction, one fsync), in whole detection batches. A crash loses at
 * most these documents' reuse edges. Each write dirties pages all over the
 * edge tables' indexes: on the 100k store's pass (two workers, two runs
 * each, alternating) the writes took 15.5–16.9 s of the main thread's wall
 * time and 7.3–8.4 s of its CPU at 2,048 documents, against 27.6 s and
 * 11.5–11.9 s at 256 (docs/benchmarks.md, session 18).
 */
export const REUSE_WRITE_DOCUMENTS = 2048;

/**
 * Loaded documents (and their prepared texts) kept across batches, per
 * thread: central instruments and recent letters are candidates of many
 * documents, and a miss costs a read, a JSON parse and a tokenization.
 * Prepared texts hold typed arrays only (about 25 KB a document of the
 * generated corpus). Measured with `bench-reuse` on the 10k corpus (pass on
 * the main thread): 2,048 → 29.9 s, 4,096 → 23.8 s, 8,192 → 17.0 s, peak
 * RSS 698 → 821 MB. 8,192 took the 100k ingest's peak RSS to 1,907 MB
 * (with the signatures then kept as strings), over the 1.5 GB budget.
 */
const DOCUMENT_CACHE_SIZE = 4096;

/**
 * The smallest pass given to worker threads: below it, starting them (and
 * their first, unoptimised batch) costs more than they save. The reuse pass
 * alone on the 100k store (`bench-reuse --limit N`): 1,000 documents 3.7 s
 * on the calling thread against 5.2 s on two workers, 2,000 documents 8.3
 * against 4.9 s, 4,000 12.0 against 8.2 s; the 100k increment's pass (1,055
 * documents) 2.56–2.62 s against 2.96–3.54 s. Between 1,000 and 2,000 the
 * crossing was not measured more finely.
 */
export const REUSE_WORKERS_MIN_DOCUMENTS = 6 * REUSE_BATCH_SIZE;

/** Worker threads for a pass of `documents` when the caller offers `threads`: all of them, or none for a short pass. */
export function reuseWorkersFor(threads: number, documents: number): number {
  return threads > 1 && documents >= REUSE_WORKERS_MIN_DOCUMENTS ? threads : 0;
}

/** Consecutive batches one reuse worker takes before the next worker's turn, in a pass long enough. */
const BATCHES_PER_WORKER_RUN = 4;

/**
 * Consecutive batches per worker for a pass of `batches` batches: up to
 * `BATCHES_PER_WORKER_RUN`, fewer when that would leave a worker short. An
 * increment of 1,055 documents is five batches; in runs of four, one worker
 * found the edges of four and the other of one (idle two thirds of the
 * pass, in a profile of the 100k increment).
 */
export function batchesPerWorkerRun(batches: number, workers: number): number {
  return Math.max(1, Math.min(BATCHES_PER_WORKER_RUN, Math.floor(batches / Math.max(1, workers))));
}

/** Out-going citation edges kept per document (they do not change during the pass). */
const CITATION_CACHE_SIZE = 16_384;

/** Citation chains the reuse step looks along (CitationIndex follows IMPLEMENTS up to four levels). */
const CITATION_DEPTH = 4;
const CITING_TYPES: RelationType[] = [RelationType.CITES, ...CITING_RELATION_TYPES];

export interface ReusePassResult {
  /** Distinct REPEATS edges written (a pair found from both ends counts once). */
  relations: number;
  warnings: string[];
}

type Signature = PassSignature;

/** Sizes of the pass's working sets; the defaults suit a national corpus, tests shrink them. */
export interface ReusePassTuning {
  batchSize?: number;
  /** Documents whose edges are written in one store transaction; default `REUSE_WRITE_DOCUMENTS`. */
  writeDocuments?: number;
  /** Documents (with prepared texts) kept across batches, per thread. */
  documentCacheSize?: number;
  /**
   * Worker threads finding the edges while the main thread writes them;
   * 0 (the default here; `ingestPaths` asks for one per core) finds them on
   * the main thread. Used only with the real step, a store that offers
   * `readerSpec` and the compiled worker script (dist). The workers share
   * `documentCacheSize` between them. Measured with bench-ingest: two
   * workers took the 100k pass from 162 to 103 s and the ingest's peak RSS
   * from 953 to 1,329 MB (each worker has its own heap and citation cache).
   */
  workers?: number;
  /** The worker script (tests point at their own bundle); defaults to the one next to this module in dist. */
  workerScript?: string;
  /**
   * The signatures are every reuse posting the store holds (it had no
   * in-corpus document before this ingest): candidates are then found in an
   * in-memory index of them (`buildCandidateIndex`) instead of the store.
   */
  signaturesCoverStore?: boolean;
  /**
   * When the signatures are not all the store's postings: read the store's
   * postings of their keys once (`GraphStore.reusePostingsOfKeys`) and find
   * candidates in memory, rather than one store read per document. Default
   * true, for passes of at most `STORE_INDEX_MAX_DOCUMENTS` documents.
   */
  storeIndex?: boolean;
}

/**
 * The largest pass whose keys' postings are read into memory at once
 * (≈ 140 keys a document, each held by a few documents): beyond it the
 * postings of a large re-ingest would be a large share of the store's.
 */
export const STORE_INDEX_MAX_DOCUMENTS = 16_384;

/**
 * For each given in-corpus document: its stop buckets (document frequency
 * above `stopBucketCap`) → candidates sharing its other buckets → the reuse
 * step; documents go in batches of `REUSE_BATCH_SIZE`, whose edges are
 * written `REUSE_WRITE_DOCUMENTS` at a time by one `replaceReuseRelations`
 * (with those found from their target's end: `CarriedEdges`). A document
 * whose step fails is reported and skipped; a store failure stops the pass.
 */
export async function runReusePass(
  store: GraphStore,
  signatures: SignatureList,
  step: ReuseStep,
  onDocument?: (done: number, total: number) => void,
  tuning: ReusePassTuning = {},
): Promise<ReusePassResult> {
  const result: ReusePassResult = { relations: 0, warnings: [] };
  if (signatures.length === 0) return result;
  // Worker threads read through read-only views, which see settled postings only.
  await store.settleReusePostings?.();
  const cap = stopBucketCap((await (store.documentCounts ? store.documentCounts() : store.stats())).inCorpus);
  const batchSize = tuning.batchSize ?? REUSE_BATCH_SIZE;
  const index = tuning.signaturesCoverStore
    ? buildCandidateIndex(PackedSignatures.from(signatures))
    : tuning.storeIndex !== false && signatures.length <= STORE_INDEX_MAX_DOCUMENTS
      ? await storePostingsIndex(store, PackedSignatures.from(signatures), cap)
      : null;
  const detection = startDetection(store, step, cap, tuning, index, Math.ceil(signatures.length / batchSize));
  const written = new Set<string>();
  let done = 0;
  const writeDocuments = tuning.writeDocuments ?? REUSE_WRITE_DOCUMENTS;
  const carried = new CarriedEdges(documentIdsOf(signatures));
  let pending: BatchFindings[] = [];
  let pendingDocuments = 0;
  const flush = async (): Promise<void> => {
    const group = pending;
    pending = [];
    pendingDocuments = 0;
    const documentIds = group.flatMap((f) => f.documentIds);
    const found = group.flatMap((f) => f.relations);
    await writeBatch(store, documentIds, carried.into(documentIds, found), result.warnings);
    for (const r of found) written.add(`${r.sourceId}\u0000${r.targetId}`);
    for (let k = 0; k < documentIds.length; k++) onDocument?.(++done, signatures.length);
  };
  try {
    // Batches are detected ahead of the writer (on workers when there are some), bounded, and written in order.
    const ahead: Array<Promise<BatchFindings>> = [];
    let next = 0;
    while (next < signatures.length || ahead.length > 0) {
      while (next < signatures.length && ahead.length < detection.ahead) {
        ahead.push(detection.detect(signatures.slice(next, next + batchSize)));
        next += batchSize;
      }
      const findings = await ahead.shift()!;
      result.warnings.push(...findings.warnings);
      pending.push(findings);
      pendingDocuments += findings.documentIds.length;
      if (pendingDocuments >= writeDocuments || (next >= signatures.length && ahead.length === 0)) await flush();
    }
  } finally {
    await detection.close();
  }
  result.relations = written.size;
  return result;
}

/**
 * The edges a pass has found whose source has a write still to come. Each
 * write replaces the edges of its sources, so an edge found from its
 * target's end and written before its source's batch was deleted by that
 * batch unless the source found it again, and a document the pass meets
 * twice (described by two files) lost what its first batch found: which
 * edges survived depended on where the batches split. Every write of a
 * source now stores all its edges found so far, so the pass keeps every
 * edge found from either end, however it is batched.
 */
export class CarriedEdges {
  /** Writes still to come, by document. */
  private readonly remaining = new Map<string, number>();
  /** Edges found so far by source (with writes to come) and target; a later finding of a pair replaces an earlier. */
  private readonly bySource = new Map<string, Map<string, RelationEdge>>();

  /** @param documentIds the pass's documents in order, a document as often as the pass meets it. */
  constructor(documentIds: Iterable<string>) {
    for (const id of documentIds) this.remaining.set(id, (this.remaining.get(id) ?? 0) + 1);
  }

  /** What the write of `documentIds` stores: the edges found earlier from their sources among them, then `found`. */
  into(documentIds: readonly string[], found: readonly RelationEdge[]): RelationEdge[] {
    const sources = new Set(documentIds);
    const edges: RelationEdge[] = [];
    for (const id of sources) {
      const earlier = this.bySource.get(id);
      if (earlier) edges.push(...earlier.values());
    }
    edges.push(...found);
    for (const id of documentIds) {
      const left = (this.remaining.get(id) ?? 1) - 1;
      if (left > 0) this.remaining.set(id, left);
      else this.remaining.delete(id);
    }
    for (const r of found) {
      if (!this.remaining.has(r.sourceId)) continue;
      let byTarget = this.bySource.get(r.sourceId);
      if (!byTarget) this.bySource.set(r.sourceId, (byTarget = new Map()));
      byTarget.set(r.targetId, r);
    }
    for (const id of sources) if (!this.remaining.has(id)) this.bySource.delete(id);
    return edges;
  }
}

function* documentIdsOf(signatures: SignatureList): Generator<string> {
  if (signatures instanceof PackedSignatures) {
    for (let s = 0; s < signatures.length; s++) yield signatures.documentId(s);
    return;
  }
  for (let start = 0; start < signatures.length; start += 1024) for (const s of signatures.slice(start, start + 1024)) yield s.documentId;
}

/** The store's postings of every key of `signatures`, or null when the store cannot give them or some key is not a number. */
async function storePostingsIndex(store: GraphStore, signatures: PackedSignatures, cap: number): Promise<CandidateIndexData | null> {
  if (!store.reusePostingsOfKeys) return null;
  const keys = distinctKeys(signatures);
  return keys === null ? null : store.reusePostingsOfKeys(keys, cap);
}

/** A batch's REPEATS edges and what went wrong finding them; `documentIds` are the batch's documents, in order. */
export interface BatchFindings {
  documentIds: string[];
  relations: RelationEdge[];
  warnings: string[];
}

interface Detection {
  /** Batches detected ahead of the writer. */
  ahead: number;
  detect(batch: Signature[]): Promise<BatchFindings>;
  close(): Promise<void>;
}

function startDetection(
  store: GraphStore,
  step: ReuseStep,
  cap: number,
  tuning: ReusePassTuning,
  index: CandidateIndexData | null,
  batches: number,
): Detection {
  const script = tuning.workerScript ?? DEFAULT_REUSE_WORKER_SCRIPT;
  const workers = tuning.workers ?? 0;
  // Workers run the real step only (a function cannot be sent), and read through their own connections.
  if (workers < 1 || step !== detectReuseStep || !store.readerSpec || !WorkerPool.available(script)) {
    const detector = new ReuseDetector(store, step, cap, tuning.documentCacheSize, index);
    return { ahead: 1, detect: (batch) => detector.detect(batch), close: async () => {} };
  }
  // The workers share one cache budget: each runs its own consecutive batches, so a share serves it.
  const documentCacheSize = Math.max(1, Math.ceil((tuning.documentCacheSize ?? DOCUMENT_CACHE_SIZE) / workers));
  const init: ReuseWorkerInit = { reader: store.readerSpec(), cap, documentCacheSize, index };
  const pool = new WorkerPool<ReuseRequest, BatchFindings>(workers, script, 'text reuse', init);
  // Runs of consecutive batches go to one worker: neighbouring documents share candidates, so each
  // worker's cache serves its runs (alternating batches made both prepare the same candidates).
  // Writes stay in input order whatever order the workers finish in.
  const run = batchesPerWorkerRun(batches, workers);
  let sent = 0;
  return {
    ahead: workers * run,
    detect: (batch) => {
      const { request, transfer } = reuseRequestOf(batch);
      return pool.run(request, transfer, Math.floor(sent++ / run));
    },
    close: () => pool.close(),
  };
}

/**
 * Finds the REPEATS edges of batches of documents by reading a store (the
 * writer's own, or a worker's read-only view of it): candidates, documents
 * and citations come from the store, the decision from `step`. Holds the
 * caches that make a national corpus affordable; the pass writes nothing
 * this reads, so they stay valid across batches.
 */
export class ReuseDetector {
  private readonly documents: DocumentCache;
  private readonly citations: CitationCache;
  // Stop buckets stay stop for the whole pass (it writes no buckets); each is held by many of the
  // documents to come, and its probe reads the most index entries, so it is asked about once.
  private readonly knownStop = new Set<string>();

  private readonly index: CandidateIndex | null;

  constructor(
    private readonly store: GraphStore,
    private readonly step: ReuseStep,
    private readonly cap: number,
    documentCacheSize = DOCUMENT_CACHE_SIZE,
    index: CandidateIndexData | null = null,
  ) {
    this.documents = new DocumentCache(store, documentCacheSize);
    this.citations = new CitationCache(store);
    this.index = index ? new CandidateIndex(index) : null;
  }

  async detect(batch: readonly Signature[]): Promise<BatchFindings> {
    const warnings: string[] = [];
    const candidates = (signature: Signature) =>
      candidatesOfDocument(this.store, signature, { cap: this.cap, knownStop: this.knownStop }, this.index);
    const relations = await reuseBatch(batch, this.step, candidates, this.documents, this.citations, warnings);
    return { documentIds: batch.map((s) => s.documentId), relations, warnings };
  }
}

async function reuseBatch(
  batch: readonly Signature[],
  step: ReuseStep,
  candidatesOf: (signature: Signature) => Promise<{ stopBuckets: Set<string>; candidates: Array<{ documentId: string; shared: number }> }>,
  documents: DocumentCache,
  citations: CitationCache,
  warnings: string[],
): Promise<RelationEdge[]> {
  const docs = await documents.load(batch.map((s) => s.documentId));
  const planned: Array<{ doc: ReuseDocumentView; stopBuckets: Set<string>; candidateIds: string[] }> = [];
  for (const signature of batch) {
    try {
      const doc = docs.get(signature.documentId);
      if (!doc || !doc.inCorpus || !doc.text) continue;
      const { stopBuckets, candidates } = await candidatesOf(signature);
      const candidateIds = candidates
        .filter((c) => c.shared >= REUSE_MIN_SHARED_KEYS)
        .map((c) => c.documentId)
        .filter((id) => id !== doc.id)
        .slice(0, REUSE_CANDIDATE_LIMIT);
      planned.push({ doc, stopBuckets, candidateIds });
    } catch (error) {
      if (error instanceof StoreUnavailableError) throw error;
      warnings.push(`text reuse for ${signature.documentId}: ${(error as Error).message}`);
    }
  }
  // Held for the batch whatever the cache evicts meanwhile (a batch's candidates may outnumber it).
  const candidateNodes = await documents.load(planned.flatMap((p) => p.candidateIds));
  // One walk for the whole batch, a store read per level: each document's own walk below then
  // goes through what it read (one read per document and level cost 12% of the 100k pass).
  const citationsOut = await citations.outAround(planned.flatMap((p) => [p.doc.id, ...p.candidateIds]));
  const relations: RelationEdge[] = [];
  for (const { doc, stopBuckets, candidateIds } of planned) {
    try {
      const candidates = candidateIds.map((id) => candidateNodes.get(id)).filter((d): d is ReuseDocumentView => d !== undefined && d !== null);
      if (candidates.length === 0) continue;
      const ids = [doc.id, ...candidates.map((c) => c.id)];
      // The batch's walk covers every document's: its documents and candidates are among the batch's.
      const around = linksAround(ids, citationsOut) ?? (await citations.around(ids));
      relations.push(...step(doc, candidates, around, { stopBuckets, prepare: documents.prepare }));
    } catch (error) {
      if (error instanceof StoreUnavailableError) throw error;
      warnings.push(`text reuse for ${doc.id}: ${(error as Error).message}`);
    }
  }
  return relations;
}

/**
 * The document's stop buckets and its candidates among documents sharing the
 * others, probing only buckets not already known to be stop buckets; in one
 * store read where the store offers it.
 */
async function candidatesOfDocument(
  store: GraphStore,
  signature: Signature,
  stop: { cap: number; knownStop: Set<string> },
  index: CandidateIndex | null,
): Promise<{ stopBuckets: Set<string>; candidates: Array<{ documentId: string; shared: number }> }> {
  const buckets = signature.buckets;
  if (index) {
    const found = index.candidates(buckets, REUSE_CANDIDATE_LIMIT + 1, stop.cap, signature.keys, REUSE_MIN_SHARED_KEYS);
    return { stopBuckets: new Set(found.stop), candidates: found.candidates };
  }
  if (!store.reuseCandidatesBeyondStops) {
    const stopBuckets = await stopBucketsOfDocument(store, buckets, stop);
    const kept = stopBuckets.size === 0 ? buckets : buckets.filter((b) => !stopBuckets.has(b));
    return { stopBuckets, candidates: await store.reuseCandidates(kept, REUSE_CANDIDATE_LIMIT + 1) };
  }
  const stopBuckets = new Set<string>();
  const unknown: string[] = [];
  for (const b of buckets) {
    if (stop.knownStop.has(b)) stopBuckets.add(b);
    else unknown.push(b);
  }
  const found = await store.reuseCandidatesBeyondStops(unknown, REUSE_CANDIDATE_LIMIT + 1, stop.cap);
  for (const b of found.stop) {
    stop.knownStop.add(b);
    stopBuckets.add(b);
  }
  return { stopBuckets, candidates: found.candidates };
}

/** The document's buckets held by more documents than the cap, probing only those not already known to be. */
async function stopBucketsOfDocument(store: GraphStore, buckets: readonly string[], stop: { cap: number; knownStop: Set<string> }): Promise<Set<string>> {
  const known = buckets.filter((b) => stop.knownStop.has(b));
  const unknown = known.length === 0 ? buckets : buckets.filter((b) => !stop.knownStop.has(b));
  const frequencies = store.reuseBucketFrequencies && unknown.length > 0 ? await store.reuseBucketFrequencies(unknown, stop.cap) : new Map<string, number>();
  const found = stopBucketsOf(frequencies, stop.cap);
  for (const b of found) stop.knownStop.add(b);
  for (const b of known) found.add(b);
  return found;
}

/** One write for the batch; if the store refuses it, document by document so that one bad edge costs only its document. */
async function writeBatch(store: GraphStore, sourceIds: string[], relations: RelationEdge[], warnings: string[]): Promise<void> {
  try {
    await store.replaceReuseRelations(sourceIds, relations);
    return;
  } catch (error) {
    if (error instanceof StoreUnavailableError) throw error;
  }
  const byFinder = new Map<string, RelationEdge[]>(sourceIds.map((id) => [id, []]));
  for (const r of relations) (byFinder.get(r.sourceId) ?? byFinder.get(r.targetId))?.push(r);
  for (const [id, own] of byFinder) {
    try {
      await store.replaceReuseRelations([id], own);
    } catch (error) {
      if (error instanceof StoreUnavailableError) throw error;
      warnings.push(`text reuse for ${id}: ${(error as Error).message}`);
    }
  }
}

/** Documents of the pass, loaded in bulk and kept with their prepared texts (a document is not rewritten during the pass). */
class DocumentCache {
  private readonly entries: LruCache<string, { node: ReuseDocumentView | null; prepared?: PreparedText; text?: string }>;

  constructor(
    private readonly store: GraphStore,
    capacity: number,
  ) {
    this.entries = new LruCache(capacity);
  }

  /** The documents (`null` where the store has none), from the cache or else in one read. */
  async load(ids: readonly string[]): Promise<Map<string, ReuseDocumentView | null>> {
    const found = new Map<string, ReuseDocumentView | null>();
    const missing: string[] = [];
    for (const id of new Set(ids)) {
      const entry = this.entries.get(id);
      if (entry) found.set(id, entry.node);
      else missing.push(id);
    }
    if (missing.length === 0) return found;
    const nodes = await this.store.reuseDocuments(missing);
    missing.forEach((id, k) => {
      const node = nodes[k] ?? null;
      this.entries.set(id, { node });
      found.set(id, node);
    });
    return found;
  }

  readonly prepare = (node: ReuseNode, text: string, align: AlignOptions): PreparedText => {
    const entry = this.entries.get(node.id);
    if (entry?.prepared && entry.text === text && entry.prepared.seedSize === align.seedSize) return entry.prepared;
    const prepared = prepareText(reuseTokens(text), align);
    if (entry) {
      entry.prepared = prepared;
      entry.text = text;
    }
    return prepared;
  };
}

/** Citing edges out of documents, fetched once per document and level by level for many at a time. */
class CitationCache {
  private readonly out = new LruCache<string, RelationLink[]>(CITATION_CACHE_SIZE);

  constructor(private readonly store: GraphStore) {}

  /** Citing edges out of the documents and, level by level, out of what they cite. */
  async around(ids: readonly string[]): Promise<RelationLink[]> {
    return linksAround(ids, await this.outAround(ids))!;
  }

  /**
   * The citing edges out of every document `around(ids)` walks through, by
   * document: a batch reads them once, and each of its documents then walks
   * its own neighbourhood in them (`linksAround`) without the cache's
   * bookkeeping or a promise per level. One store read per level, for the
   * documents of that level the cache lacks.
   */
  async outAround(ids: readonly string[]): Promise<Map<string, RelationLink[]>> {
    const known = new Map<string, RelationLink[]>();
    // The walk of `walkLinks`, level by level, each level covered before it is expanded: walking
    // again from the start after each read repeated every level already covered.
    const seen = new Set(ids);
    let frontier = [...seen];
    for (let depth = 0; depth < CITATION_DEPTH && frontier.length > 0; depth++) {
      const missing: string[] = [];
      for (const id of frontier) {
        const cached = this.out.get(id);
        if (cached) known.set(id, cached);
        else missing.push(id);
      }
      if (missing.length > 0) {
        const found = await this.linksOut(missing);
        for (const id of missing) known.set(id, []);
        for (const r of found) known.get(r.sourceId)?.push(r);
        for (const id of missing) this.out.set(id, known.get(id)!);
      }
      frontier = nextLevel(frontier, known, seen);
    }
    return known;
  }

  private linksOut(ids: readonly string[]): Promise<RelationLink[]> {
    return this.store.relationLinksOut ? this.store.relationLinksOut(ids, CITING_TYPES) : this.store.relations(ids, Direction.OUT, CITING_TYPES);
  }
}

/**
 * The citing edges within `CITATION_DEPTH` levels of `ids`, level by level,
 * walked in `out` (edges by source document); null when the walk reaches a
 * document `out` does not cover.
 */
export function linksAround(ids: readonly string[], out: ReadonlyMap<string, readonly RelationLink[]>): RelationLink[] | null {
  const walk = walkLinks(ids, out);
  return walk.uncovered.length === 0 ? walk.edges : null;
}

/**
 * The walk of `linksAround`, up to the first level holding documents `out`
 * does not cover: those (`uncovered`, each once), or none when it covers
 * the whole walk and `edges` are all of it.
 */
function walkLinks(ids: readonly string[], out: ReadonlyMap<string, readonly RelationLink[]>): { edges: RelationLink[]; uncovered: string[] } {
  const edges: RelationLink[] = [];
  const seen = new Set(ids);
  let frontier = [...seen];
  for (let depth = 0; depth < CITATION_DEPTH && frontier.length > 0; depth++) {
    const uncovered = frontier.filter((id) => !out.has(id));
    if (uncovered.length > 0) return { edges, uncovered };
    frontier = nextLevel(frontier, out, seen, edges);
  }
  return { edges, uncovered: [] };
}

/** The documents the frontier's edges (all in `out`) reach first, marked seen; the edges go to `edges` when given. */
function nextLevel(frontier: readonly string[], out: ReadonlyMap<string, readonly RelationLink[]>, seen: Set<string>, edges?: RelationLink[]): string[] {
  const next: string[] = [];
  for (const id of frontier) {
    for (const r of out.get(id)!) {
      edges?.push(r);
      if (seen.has(r.targetId)) continue;
      seen.add(r.targetId);
      next.push(r.targetId);
    }
  }
  return next;
}
