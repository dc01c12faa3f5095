import { relative, sep } from 'node:path';
import { StoreUnavailableError } from '../domain/errors';
import type { FileGraph } from '../domain/graph';
import { RelationType } from '../domain/relation-type';
import { extractFile, type ExtractOptions } from '../extract/pipeline';
import type { GraphStore, WriteSummary } from '../store/port';
import { DEFAULT_WORKER_SCRIPT, ExtractPool, defaultWorkerCount } from './extract-pool';
import { expandPaths } from './expand-paths';
import { IngestTally, type IngestFailureReason, type IngestSummary } from './ingest-summary';
import { extractionFailure, prepareFile, type PreparedFile } from './prepared-file';
import { ReadAheadWindow } from './read-ahead-window';
import { DEFAULT_MAX_FILE_BYTES } from './read-source-file';
import { PackedSignatures } from './packed-signatures';
import { detectReuseStep, reuseWorkersFor, runReusePass, type ReuseStep } from './reuse-pass';

export type IngestPhase = 'files' | 'postings' | 'merge' | 'reuse';

export interface IngestProgress {
  phase: IngestPhase;
  done: number;
  total: number;
  /** The file just handled (phase `files`). */
  file?: string;
  /** What happened to it. */
  outcome?: 'ingested' | 'unchanged' | 'rejected';
}

export type Extractor = (input: Uint8Array, options: ExtractOptions) => FileGraph;

/**
 * Files written per store transaction, unless `batchFiles` says otherwise.
 * SQLite: each batch re-merges once every node and cited document its files
 * touch (a province, a central instruction cited by thousands) and writes
 * each index page it dirtied once, so the larger the batch the less work a
 * file; 2,048 (≈ 9 MB of text in the generated corpus) cut the 10k files
 * phase from 33 to 24 s against 256 and the 100k one from 379 to 273 s, and
 * a crash loses at most that batch. Neo4j holds a transaction's rows in
 * server memory (a file is a few hundred), so fewer.
 */
export const DEFAULT_BATCH_FILES: Readonly<Record<GraphStore['kind'], number>> = { sqlite: 2048, neo4j: 16 };
/** Source bytes per store transaction, unless `batchBytes` says otherwise. */
export const DEFAULT_BATCH_BYTES = 16 * 1024 * 1024;
/** Files read ahead per extraction worker, and the bytes all of them may hold. */
const READ_AHEAD_PER_WORKER = 32;
const READ_AHEAD_BYTES = 64 * 1024 * 1024;

export interface IngestOptions {
  onProgress?: (progress: IngestProgress) => void;
  now?: () => Date;
  /** Defaults to the real pipeline. A custom extractor always runs in-process. */
  extract?: Extractor;
  /** Defaults to the real reuse detection; `null` skips the reuse pass. */
  reuse?: ReuseStep | null;
  maxFileBytes?: number;
  /** Base for relative file names in spans; defaults to the working directory. */
  cwd?: string;
  /**
   * Extraction worker threads; 0 or 1 extracts on the main thread. Defaults
   * to `os.availableParallelism()` when the compiled worker script exists
   * (it does in dist), to in-process otherwise.
   */
  workers?: number;
  /** The worker script (tests and bundles point at their own build); defaults to the one next to the pool in dist. */
  workerScript?: string;
  /** Scheduling niceness of the extraction workers; default `EXTRACTION_WORKER_NICENESS`, 0 runs them at the caller's. */
  workerNiceness?: number;
  /**
   * Worker threads finding text reuse (`ReusePassTuning.workers`). Defaults
   * to the extraction's count as `workers` reads (0 or 1: the main thread;
   * default one per core); a pass of one batch or less stays on the main
   * thread.
   */
  reuseWorkers?: number;
  /** Files per store transaction; default `DEFAULT_BATCH_FILES` of the store's kind. */
  batchFiles?: number;
  /** Source bytes per store transaction; default `DEFAULT_BATCH_BYTES`. */
  batchBytes?: number;
  /** Source bytes read ahead of the writer, in flight or waiting (`ReadAheadWindow`); default 64 MiB. */
  readAheadBytes?: number;
}

/**
 * Ingests files and folders: files are read and extracted in order (on
 * worker threads when there are several cores) and written in batches, one
 * store transaction a batch, so a crash loses at most the batch in hand and
 * a re-run picks up where it stopped (unchanged files are skipped by hash).
 * Bad input is collected, never thrown; a graph the store refuses fails only
 * its own file. Progress is reported per file once its batch is written.
 * Then the reuse postings the batches staged are indexed in one step, and
 * the cross-file passes run: undated references are folded into dated
 * documents (first, so that reuse sees the merged citation chains and its
 * edges never point at a node about to be removed), and text reuse is
 * recomputed for every newly written in-corpus document. Only store
 * failures throw.
 */
export async function ingestPaths(paths: readonly string[], store: GraphStore, opts: IngestOptions = {}): Promise<IngestSummary> {
  const now = opts.now ?? (() => new Date());
  const reuseStep = opts.reuse === undefined ? detectReuseStep : opts.reuse;
  const cwd = opts.cwd ?? process.cwd();
  const maxBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const tally = new IngestTally(now());

  const { files, missing } = await expandPaths(paths, cwd);
  tally.filesSeen = files.length + missing.length;
  for (const m of missing) tally.reject(m.path, 'not-found', `${m.path}: ${m.message}`);

  // A store without in-corpus documents holds no reuse postings: this ingest's signatures will be all of them.
  const fresh = reuseStep !== null && (await (store.documentCounts ? store.documentCounts() : store.stats())).inCorpus === 0;
  const signatures = new PackedSignatures();
  const batchFiles = opts.batchFiles ?? DEFAULT_BATCH_FILES[store.kind];
  const extraction = startExtraction(opts, files.length, batchFiles);
  const writer = new BatchWriter(store, tally, batchFiles, opts.batchBytes ?? DEFAULT_BATCH_BYTES, (file, outcome) => {
    if (outcome.graph) signatures.push(outcome.graph.signatures);
    opts.onProgress?.({ phase: 'files', done: writer.done, total: files.length, file, outcome: outcome.kind });
  });
  const bulk = files.length > 0 && (await store.beginBulkLoad?.()) === true;
  let completed = false;
  try {
    // Reads and extractions run ahead of the writer, bounded in files and bytes, and are taken in input order.
    const ahead: Array<Promise<PreparedFile>> = [];
    const aheadBudget = opts.readAheadBytes ?? READ_AHEAD_BYTES;
    const window = new ReadAheadWindow(extraction.initialReadAhead, extraction.maxReadAhead, aheadBudget);
    let aheadBytes = 0;
    let next = 0;
    while (next < files.length || ahead.length > 0) {
      while (next < files.length && ahead.length < window.size && aheadBytes < aheadBudget) {
        const fileName = displayName(files[next]!, cwd);
        ahead.push(
          extraction.prepare(files[next]!, fileName, maxBytes).then((p) => {
            window.record(p.bytes);
            aheadBytes += p.bytes;
            return p;
          }),
        );
        next += 1;
      }
      const prepared = await ahead.shift()!;
      aheadBytes -= prepared.bytes;
      await writer.add(prepared);
    }
    await writer.flush();
    completed = true;
  } finally {
    await extraction.close();
    // After a failure the store's own error is the one to report; its next open rebuilds what this could not.
    if (bulk) await store.endBulkLoad!().catch((error: unknown) => {
      if (completed) throw error;
    });
  }

  if (tally.filesIngested > 0 && store.settleReusePostings) {
    // The batches staged their reuse postings; indexed here in one sorted step, before anything reads them.
    opts.onProgress?.({ phase: 'postings', done: 0, total: 1 });
    await store.settleReusePostings();
    opts.onProgress?.({ phase: 'postings', done: 1, total: 1 });
  }
  if (tally.filesIngested > 0) {
    opts.onProgress?.({ phase: 'merge', done: 0, total: 1 });
    tally.mergedUndated = await store.mergeUndatedInstruments();
    opts.onProgress?.({ phase: 'merge', done: 1, total: 1 });
  }
  if (reuseStep && signatures.length > 0) {
    // Announced before the pass's index and workers are ready: else their time reads as the merge's.
    opts.onProgress?.({ phase: 'reuse', done: 0, total: signatures.length });
    const reuse = await runReusePass(store, signatures, reuseStep, (d, total) => opts.onProgress?.({ phase: 'reuse', done: d, total }), {
      workers: reuseWorkerCount(opts, signatures.length),
      signaturesCoverStore: fresh,
    });
    tally.addRelations(RelationType.REPEATS, reuse.relations);
    tally.warnings.push(...reuse.warnings);
  }
  const counts = await (store.documentCounts ? store.documentCounts() : store.stats());
  tally.store = { documents: counts.documents, inCorpus: counts.inCorpus };
  return tally.finish(now());
}

/** Threads the options ask for: a custom extractor runs in-process; otherwise `workers`, else one per core. */
function requestedThreads(opts: IngestOptions): number {
  return opts.extract !== undefined ? 1 : opts.workers ?? defaultWorkerCount();
}

function reuseWorkerCount(opts: IngestOptions, documents: number): number {
  if (opts.reuseWorkers !== undefined) return opts.reuseWorkers;
  return reuseWorkersFor(requestedThreads(opts), documents);
}

interface Extraction {
  /** Files in flight before any size is known, and at most (`ReadAheadWindow`). */
  initialReadAhead: number;
  maxReadAhead: number;
  prepare(path: string, fileName: string, maxBytes: number): Promise<PreparedFile>;
  close(): Promise<void>;
}

function startExtraction(opts: IngestOptions, fileCount: number, batchFiles: number): Extraction {
  const script = opts.workerScript ?? DEFAULT_WORKER_SCRIPT;
  const size = Math.min(requestedThreads(opts), fileCount);
  if (size <= 1 || !ExtractPool.available(script)) {
    const extract = opts.extract ?? extractFile;
    return {
      initialReadAhead: 1,
      maxReadAhead: 1,
      prepare: (path, fileName, maxBytes) => prepareFile(path, fileName, maxBytes, (bytes) => extract(bytes, { fileName })),
      close: async () => {},
    };
  }
  const pool = new ExtractPool(size, script, opts.workerNiceness);
  return {
    initialReadAhead: size * READ_AHEAD_PER_WORKER,
    // The store write blocks this thread: what the workers were handed before it is all they can do meanwhile.
    maxReadAhead: batchFiles + size * READ_AHEAD_PER_WORKER,
    prepare: (path, fileName, maxBytes) =>
      // A worker that died fails its file as extraction in-process would have.
      pool.prepare(path, fileName, maxBytes).catch((error: unknown) => extractionFailure(fileName, 0, error)),
    close: () => pool.close(),
  };
}

type Outcome = { kind: 'ingested' | 'unchanged' | 'rejected'; graph?: FileGraph };

/**
 * Collects prepared files and writes them a batch at a time; reports each
 * file, in input order, once its batch is committed.
 */
class BatchWriter {
  done = 0;
  private batch: PreparedFile[] = [];
  private batchBytes = 0;

  constructor(
    private readonly store: GraphStore,
    private readonly tally: IngestTally,
    private readonly maxFiles: number,
    private readonly maxBytes: number,
    private readonly report: (file: string, outcome: Outcome) => void,
  ) {}

  async add(prepared: PreparedFile): Promise<void> {
    this.batch.push(prepared);
    this.batchBytes += prepared.bytes;
    if (this.batch.length >= this.maxFiles || this.batchBytes >= this.maxBytes) await this.flush();
  }

  async flush(): Promise<void> {
    const batch = this.batch;
    this.batch = [];
    this.batchBytes = 0;
    if (batch.length === 0) return;
    const graphs = batch.flatMap((p) => (p.graph ? [p.graph] : []));
    const written = await this.write(graphs);
    let w = 0;
    for (const p of batch) {
      this.done += 1;
      this.report(p.fileName, p.graph ? this.record(p.fileName, p.graph, written[w++]!) : this.reject(p.fileName, p.rejection!));
    }
  }

  /** The batch in one transaction; if the store refuses it, file by file, so that only the refused graph is lost. */
  private async write(graphs: FileGraph[]): Promise<Array<WriteSummary | Error>> {
    if (graphs.length === 0) return [];
    try {
      return await this.store.writeFiles(graphs);
    } catch (error) {
      if (error instanceof StoreUnavailableError || graphs.length === 1) return [storeFailure(error)];
    }
    const results: Array<WriteSummary | Error> = [];
    for (const graph of graphs) {
      try {
        results.push(await this.store.writeFile(graph));
      } catch (error) {
        results.push(storeFailure(error));
      }
    }
    return results;
  }

  private record(fileName: string, graph: FileGraph, written: WriteSummary | Error): Outcome {
    if (written instanceof Error) {
      // The store refused this file's graph (an extractor bug); nothing of it was written.
      return this.reject(fileName, { reason: 'extraction-failed', message: `store refused the extracted graph: ${written.message}` });
    }
    if (written.skipped) {
      this.tally.filesUnchanged += 1;
      return { kind: 'unchanged' };
    }
    this.tally.addWritten(graph);
    return { kind: 'ingested', graph };
  }

  private reject(fileName: string, rejection: { reason: IngestFailureReason; message: string }): Outcome {
    this.tally.reject(fileName, rejection.reason, rejection.message);
    return { kind: 'rejected' };
  }
}

/** A store failure stops the ingest; any other error is the store refusing one graph. */
function storeFailure(error: unknown): Error {
  if (error instanceof StoreUnavailableError) throw error;
  return error as Error;
}

/** Path as given, relative to the working directory where possible, with `/` separators. */
export function displayName(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  const name = rel !== '' && !rel.startsWith('..') ? rel : path;
  return name.split(sep).join('/');
}
