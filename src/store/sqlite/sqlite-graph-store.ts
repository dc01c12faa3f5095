import type Database from 'better-sqlite3';
import type { ChainDirection, Direction } from '../../domain/direction';
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
} from '../../domain/graph';
import type { RelationType } from '../../domain/relation-type';
import type {
  CountedPage,
  DocumentPage,
  DocumentQuery,
  GraphDump,
  GraphStats,
  GraphStore,
  PageRequest,
  ProvinceResponseRecord,
  ReuseDocumentView,
  ReusePostingIndex,
  SearchHit,
  StoreReaderSpec,
  Subgraph,
  TagCounts,
  TagGrouping,
  TextTagger,
  WriteSummary,
} from '../port';
import { StoreUnavailableError } from '../../domain/errors';
import * as catalog from './catalog-queries';
import { applyCorrection } from './corrections';
import * as documents from './document-queries';
import type { BackgroundCheckpointer } from './background-checkpointer';
import { dataVersion } from './data-version';
import { dump } from './dump';
import { mergeUndatedInstruments } from './merge-undated';
import { provinceResponses } from './province-responses';
import * as relationQueries from './relation-queries';
import { replaceReuseRelations, reuseBucketFrequencies, reuseCandidates, reuseCandidatesBeyondStops, reusePostingsOfKeys } from './reuse';
import { dropReadIndexesOfEmptyStore, ensureReadIndexes } from './read-indexes';
import { reuseDocuments } from './reuse-documents';
import { hasPendingPostings, settleReusePostings } from './reuse-postings';
import { mapSqliteError } from './sqlite-errors';
import { withSorterTuning } from './sorter-tuning';
import { addTagged, adoptTagger, assertTagSet, countTags, keepTags, otherCommits, taggerChanged, tagDocuments, untaggedDocuments, type TaggedDocument } from './text-tags';
import { writeFileGraph, writeFileGraphs } from './write-file';

/** About 2 MB of text, and 30–50 ms of tagging, a batch in the generated corpora. */
const TAG_BATCH = 500;

/**
 * The embedded store: better-sqlite3's synchronous calls behind the async
 * port. Writes run in IMMEDIATE transactions (the write lock is taken up
 * front, so two writers wait on busy_timeout instead of failing mid-way);
 * multi-statement reads run in a transaction too, for a consistent snapshot.
 */
export class SqliteGraphStore implements GraphStore {
  readonly kind = 'sqlite' as const;
  /** Between `beginBulkLoad` (when it dropped the read indexes of an empty store) and `endBulkLoad`. */
  private bulkLoading = false;

  constructor(
    private readonly db: Database.Database,
    private readonly clock: () => Date = () => new Date(),
    /** Copies committed WAL frames into the file on another thread; without it SQLite checkpoints in the committing write. */
    private readonly checkpointer?: BackgroundCheckpointer,
  ) {}

  /** The file this store lives in. */
  get path(): string {
    return this.db.name;
  }

  /** The background checkpointer's counters (undefined when SQLite checkpoints in the writer). */
  checkpointStats(): { checkpointed: number; walFrames: number; roomWaits: number } | undefined {
    const c = this.checkpointer;
    return c && { checkpointed: c.checkpointed, walFrames: c.walFrames, roomWaits: c.roomWaits };
  }

  readerSpec(): StoreReaderSpec {
    return { kind: 'sqlite', file: this.db.name };
  }

  async writeFile(graph: FileGraph): Promise<WriteSummary> {
    await this.checkpointer?.makeRoom();
    return this.writeBatch(() => writeFileGraph(this.db, graph, this.clock()));
  }

  async writeFiles(graphs: readonly FileGraph[]): Promise<WriteSummary[]> {
    if (graphs.length === 0) return [];
    await this.checkpointer?.makeRoom();
    return this.writeBatch(() => writeFileGraphs(this.db, graphs, this.clock()));
  }

  async hasFile(hash: string): Promise<boolean> {
    return this.read(() => this.db.prepare('SELECT 1 FROM files WHERE hash = ? LIMIT 1').get(hash) !== undefined);
  }

  async applyCorrection(correction: RelationCorrection): Promise<void> {
    return this.write(() => applyCorrection(this.db, correction));
  }

  async mergeUndatedInstruments(): Promise<number> {
    return this.write(() => mergeUndatedInstruments(this.db));
  }

  async reuseCandidates(buckets: readonly string[], limit: number): Promise<Array<{ documentId: string; shared: number }>> {
    this.settlePending();
    return this.read(() => reuseCandidates(this.db, buckets, limit));
  }

  async reuseBucketFrequencies(buckets: readonly string[], atMost: number): Promise<Map<string, number>> {
    this.settlePending();
    return this.read(() => reuseBucketFrequencies(this.db, buckets, atMost));
  }

  async reuseCandidatesBeyondStops(
    buckets: readonly string[],
    limit: number,
    cap: number,
  ): Promise<{ candidates: Array<{ documentId: string; shared: number }>; stop: string[] }> {
    this.settlePending();
    return this.read(() => reuseCandidatesBeyondStops(this.db, buckets, limit, cap));
  }

  async reusePostingsOfKeys(keys: Float64Array, cap: number): Promise<ReusePostingIndex> {
    this.settlePending();
    return this.read(() => reusePostingsOfKeys(this.db, keys, cap));
  }

  async replaceReuseRelations(sourceIds: readonly string[], relations: readonly RelationEdge[]): Promise<void> {
    await this.checkpointer?.makeRoom();
    return this.write(() => replaceReuseRelations(this.db, sourceIds, relations));
  }

  async getDocuments(ids: readonly string[]): Promise<(DocumentNode | null)[]> {
    return this.read(() => documents.getDocuments(this.db, ids));
  }

  async reuseDocuments(ids: readonly string[]): Promise<(ReuseDocumentView | null)[]> {
    return this.read(() => reuseDocuments(this.db, ids));
  }

  async getOrganizations(ids: readonly string[]): Promise<(OrganizationNode | null)[]> {
    return this.read(() => catalog.getOrganizations(this.db, ids));
  }

  async getPersons(ids: readonly string[]): Promise<(PersonNode | null)[]> {
    return this.read(() => catalog.getPersons(this.db, ids));
  }

  async getProvinces(ids: readonly string[]): Promise<(ProvinceNode | null)[]> {
    return this.read(() => catalog.getProvinces(this.db, ids));
  }

  async listDocuments(filter: DocumentQuery, page: PageRequest): Promise<DocumentPage> {
    return this.read(() => documents.listDocuments(this.db, filter, page));
  }

  async relations(ids: readonly string[], direction: Direction, types?: readonly RelationType[]): Promise<RelationRecord[]> {
    return this.read(() => relationQueries.relations(this.db, ids, direction, types));
  }

  async relationLinksOut(ids: readonly string[], types: readonly RelationType[]): Promise<RelationLink[]> {
    return this.read(() => relationQueries.relationLinksOut(this.db, ids, types));
  }

  async chain(rootId: string, direction: ChainDirection, types: readonly RelationType[], maxDepth: number): Promise<Subgraph> {
    return this.read(() => relationQueries.chain(this.db, rootId, direction, types, maxDepth));
  }

  async shortestPath(
    fromId: string,
    toId: string,
    types: readonly RelationType[],
    maxDepth: number,
  ): Promise<Subgraph | null> {
    return this.read(() => relationQueries.shortestPath(this.db, fromId, toId, types, maxDepth));
  }

  async provinceResponses(
    targetId: string,
    types: readonly RelationType[],
    viaProvincial: boolean,
  ): Promise<ProvinceResponseRecord[]> {
    return this.read(() => provinceResponses(this.db, targetId, types, viaProvincial));
  }

  async findByCode(code: string, narrow?: { scope?: string; year?: number }): Promise<DocumentNode[]> {
    return this.read(() => documents.findByCode(this.db, code, narrow));
  }

  async search(text: string, limit: number): Promise<SearchHit[]> {
    return this.read(() => documents.search(this.db, text, limit));
  }

  async listOrganizations(page: PageRequest): Promise<CountedPage<OrganizationNode>> {
    return this.read(() => catalog.listOrganizations(this.db, page));
  }

  async listPersons(page: PageRequest): Promise<CountedPage<PersonNode>> {
    return this.read(() => catalog.listPersons(this.db, page));
  }

  async listProvinces(): Promise<Array<{ node: ProvinceNode; documentCount: number }>> {
    return this.read(() => catalog.listProvinces(this.db));
  }

  /**
   * Counts the stored tags of one snapshot, and the documents untagged in
   * it, tagged here in batches between which other requests are served.
   * Each batch is tagged in a read, then kept in a short write when the
   * write lock is free and no other connection has committed since the
   * read. Otherwise (an ingest in another process, a read-only connection)
   * it is only counted, and the next count tags it again. So a count never
   * waits on a writer, and never holds one up for longer than it takes to
   * insert a batch's rows. A batch counts its documents as they are when it
   * is read, if they still match; documents written after the snapshot are
   * left to the next count (unless one takes the rowid of a document
   * deleted meanwhile).
   */
  async countTextTags(filter: DocumentQuery, tagger: TextTagger, groupBy: TagGrouping, anyOf: number): Promise<TagCounts[]> {
    assertTagSet(tagger.size, anyOf);
    this.adoptIfFree(tagger.key);
    const snapshot = this.read(() =>
      taggerChanged(this.db, tagger.key)
        ? { untagged: untaggedDocuments(this.db, filter, true), counts: [] }
        : { untagged: untaggedDocuments(this.db, filter), counts: countTags(this.db, filter, tagger.size, groupBy, anyOf) },
    );
    let counts = snapshot.counts;
    for (let i = 0; i < snapshot.untagged.length; i += TAG_BATCH) {
      if (i > 0) await new Promise<void>((resolve) => setImmediate(resolve));
      const batch = this.tagBatch(snapshot.untagged.slice(i, i + TAG_BATCH), tagger, groupBy, filter);
      counts = addTagged(counts, batch.tagged, tagger.size, anyOf);
    }
    return counts;
  }

  async tagTexts(tagger: TextTagger): Promise<number> {
    assertTagSet(tagger.size, 0);
    if (!this.adoptIfFree(tagger.key)) return 0;
    const untagged = this.read(() => untaggedDocuments(this.db, {}));
    let kept = 0;
    for (let i = 0; i < untagged.length; i += TAG_BATCH) {
      if (i > 0) await new Promise<void>((resolve) => setImmediate(resolve));
      const batch = this.tagBatch(untagged.slice(i, i + TAG_BATCH), tagger, { province: false, month: false }, {});
      if (!batch.kept) break;
      kept += batch.tagged.length;
    }
    return kept;
  }

  /** Makes `key` the one stored tags are kept under, when it is not and the write lock is free: true when it is now. */
  private adoptIfFree(key: string): boolean {
    return !this.read(() => taggerChanged(this.db, key)) || this.writeIfFree(() => (adoptTagger(this.db, key), true)) === true;
  }

  /** Tags a batch in a read, and keeps its tags when `keepTags` may. */
  private tagBatch(rowids: readonly number[], tagger: TextTagger, groupBy: TagGrouping, filter: DocumentQuery): { tagged: TaggedDocument[]; kept: boolean } {
    const read = this.read(() => {
      const ours = !taggerChanged(this.db, tagger.key);
      return { ours, seen: otherCommits(this.db), tagged: tagDocuments(this.db, rowids, tagger, groupBy, filter, ours) };
    });
    const kept = read.ours && this.writeIfFree(() => keepTags(this.db, read.seen, read.tagged)) === true;
    return { tagged: read.tagged, kept };
  }

  async documentCounts(): Promise<{ documents: number; inCorpus: number }> {
    return this.read(() => catalog.documentCounts(this.db));
  }

  async stats(): Promise<GraphStats> {
    return this.read(() => catalog.stats(this.db));
  }

  async dump(): Promise<GraphDump> {
    return this.read(() => dump(this.db));
  }

  async dataVersion(): Promise<string> {
    this.assertOpen();
    return dataVersion(this.db);
  }

  async close(): Promise<void> {
    await this.checkpointer?.close();
    if (this.db.open) this.db.close();
  }

  async beginBulkLoad(): Promise<boolean> {
    this.bulkLoading = this.write(() => dropReadIndexesOfEmptyStore(this.db));
    return this.bulkLoading;
  }

  async endBulkLoad(): Promise<void> {
    this.bulkLoading = false;
    // The extraction workers are done: the sorts building the indexes may use every core.
    this.write(() => withSorterTuning(this.db, () => ensureReadIndexes(this.db)));
  }

  /**
   * A batch of files. Within a bulk load its commit does not wait for the
   * disk (synchronous = NORMAL, this transaction only): WAL stays consistent
   * whatever happens, a killed process loses nothing committed, and a power
   * loss may lose the batches since the last checkpoint (the checkpoint
   * worker's, after every commit), which the next ingest writes again. The
   * store held no document before the load, so nothing else is at stake;
   * corrections and every other write keep the configured level. Measured
   * at 100k: the files phase's 54 commits 14.4–15.6 → 6.3–8.0 s.
   */
  private writeBatch<T>(work: () => T): T {
    if (!this.bulkLoading) return this.write(work);
    const level = this.db.pragma('synchronous', { simple: true }) as number;
    this.db.pragma('synchronous = NORMAL');
    try {
      return this.write(work);
    } finally {
      this.db.pragma(`synchronous = ${level}`);
    }
  }

  async settleReusePostings(): Promise<number> {
    await this.checkpointer?.makeRoom();
    return this.write(() => settleReusePostings(this.db));
  }

  /** Postings this connection staged are settled before it reads any (read-only views rely on the writer having settled). */
  private settlePending(): void {
    if (this.read(() => hasPendingPostings(this.db))) this.write(() => settleReusePostings(this.db));
  }

  private assertOpen(): void {
    if (!this.db.open) throw new StoreUnavailableError('The SQLite store is closed; open it again with openSqliteStore().');
  }

  private write<T>(work: () => T): T {
    this.assertOpen();
    let result: T;
    try {
      result = this.db.transaction(work).immediate();
    } catch (error) {
      throw mapSqliteError(error);
    }
    this.checkpointer?.request();
    return result;
  }

  /**
   * A write of what can be computed again, skipped rather than waited for:
   * undefined when another connection holds the write lock or this one is
   * read-only. Waiting would stop this thread, and every request it
   * serves, for up to busy_timeout.
   */
  private writeIfFree<T>(work: () => T): T | undefined {
    this.assertOpen();
    const timeout = this.db.pragma('busy_timeout', { simple: true }) as number;
    this.db.pragma('busy_timeout = 0');
    let result: T;
    try {
      result = this.db.transaction(work).immediate();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_READONLY'))) return undefined;
      throw mapSqliteError(error);
    } finally {
      this.db.pragma(`busy_timeout = ${timeout}`);
    }
    this.checkpointer?.request();
    return result;
  }

  private read<T>(work: () => T): T {
    this.assertOpen();
    try {
      return this.db.transaction(work).deferred();
    } catch (error) {
      throw mapSqliteError(error);
    }
  }
}
