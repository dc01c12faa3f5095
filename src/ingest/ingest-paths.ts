import { relative, sep } from 'node:path';
import { RejectedInputError, StoreUnavailableError } from '../domain/errors';
import type { FileGraph } from '../domain/graph';
import { RelationType } from '../domain/relation-type';
import { extractFile, type ExtractOptions } from '../extract/pipeline';
import type { GraphStore } from '../store/port';
import { expandPaths } from './expand-paths';
import { IngestTally, type IngestSummary } from './ingest-summary';
import { DEFAULT_MAX_FILE_BYTES, readSourceFile } from './read-source-file';
import { detectReuseStep, runReusePass, type ReuseStep } from './reuse-pass';

export type IngestPhase = 'files' | 'merge' | 'reuse';

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

export interface IngestOptions {
  onProgress?: (progress: IngestProgress) => void;
  now?: () => Date;
  /** Defaults to the real pipeline. */
  extract?: Extractor;
  /** Defaults to the real reuse detection; `null` skips the reuse pass. */
  reuse?: ReuseStep | null;
  maxFileBytes?: number;
  /** Base for relative file names in spans; defaults to the working directory. */
  cwd?: string;
}

/**
 * Ingests files and folders: each file is read, extracted and written in
 * its own store transaction, so a crash loses at most the file in hand and
 * a re-run picks up where it stopped (unchanged files are skipped by hash).
 * Bad input is collected, never thrown. Then the cross-file passes: undated
 * references are folded into dated documents (first, so that reuse sees
 * the merged citation chains and its edges never point at a node about to
 * be removed), and text reuse is recomputed for every newly written
 * in-corpus document. Only store failures throw.
 */
export async function ingestPaths(paths: readonly string[], store: GraphStore, opts: IngestOptions = {}): Promise<IngestSummary> {
  const now = opts.now ?? (() => new Date());
  const extract = opts.extract ?? extractFile;
  const reuseStep = opts.reuse === undefined ? detectReuseStep : opts.reuse;
  const cwd = opts.cwd ?? process.cwd();
  const tally = new IngestTally(now());

  const { files, missing } = await expandPaths(paths, cwd);
  tally.filesSeen = files.length + missing.length;
  for (const m of missing) tally.reject(m.path, 'not-found', `${m.path}: ${m.message}`);

  const signatures: FileGraph['signatures'] = [];
  let done = 0;
  for (const path of files) {
    const fileName = displayName(path, cwd);
    const outcome = await ingestOne(path, fileName, store, extract, opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, tally);
    if (outcome.graph) signatures.push(...outcome.graph.signatures);
    done += 1;
    opts.onProgress?.({ phase: 'files', done, total: files.length, file: fileName, outcome: outcome.kind });
  }

  if (tally.filesIngested > 0) {
    opts.onProgress?.({ phase: 'merge', done: 0, total: 1 });
    tally.mergedUndated = await store.mergeUndatedInstruments();
    opts.onProgress?.({ phase: 'merge', done: 1, total: 1 });
  }
  if (reuseStep && signatures.length > 0) {
    const reuse = await runReusePass(store, signatures, reuseStep, (d, total) =>
      opts.onProgress?.({ phase: 'reuse', done: d, total }),
    );
    tally.addRelations(RelationType.REPEATS, reuse.relations);
    tally.warnings.push(...reuse.warnings);
  }
  const stats = await store.stats();
  tally.store = { documents: stats.documents, inCorpus: stats.inCorpus };
  return tally.finish(now());
}

async function ingestOne(
  path: string,
  fileName: string,
  store: GraphStore,
  extract: Extractor,
  maxBytes: number,
  tally: IngestTally,
): Promise<{ kind: 'ingested' | 'unchanged' | 'rejected'; graph?: FileGraph }> {
  let bytes: Uint8Array;
  try {
    bytes = await readSourceFile(path, maxBytes);
  } catch (error) {
    if (error instanceof RejectedInputError) tally.reject(fileName, error.reason, error.message);
    else tally.reject(fileName, 'unreadable', `${fileName}: ${(error as Error).message}`);
    return { kind: 'rejected' };
  }
  let graph: FileGraph;
  try {
    graph = extract(bytes, { fileName });
  } catch (error) {
    if (error instanceof RejectedInputError) tally.reject(fileName, error.reason, error.message);
    else tally.reject(fileName, 'extraction-failed', `extraction failed: ${(error as Error).message}`);
    return { kind: 'rejected' };
  }
  try {
    const written = await store.writeFile(graph);
    if (written.skipped) {
      tally.filesUnchanged += 1;
      return { kind: 'unchanged' };
    }
  } catch (error) {
    if (error instanceof StoreUnavailableError) throw error;
    // The store refused this file's graph (an extractor bug); nothing of it was written.
    tally.reject(fileName, 'extraction-failed', `store refused the extracted graph: ${(error as Error).message}`);
    return { kind: 'rejected' };
  }
  tally.addWritten(graph);
  return { kind: 'ingested', graph };
}

/** Path as given, relative to the working directory where possible, with `/` separators. */
export function displayName(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  const name = rel !== '' && !rel.startsWith('..') ? rel : path;
  return name.split(sep).join('/');
}
