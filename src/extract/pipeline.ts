import type { FileGraph } from '../domain/graph';

/** STUB — the extraction helper replaces this file with the real orchestrator. */
export interface ExtractOptions {
  /** Name recorded in every span (path as given to ingest). */
  fileName: string;
}

/**
 * Runs decode → clean → segment → header → parties → references → resolve →
 * classify on one file and returns its graph (documents in the corpus and the
 * instruments they cite, organisations, people, provinces, relations with
 * evidence, reuse signatures). Pure: no I/O. Throws `RejectedInputError` for
 * input that is not readable text.
 */
export function extractFile(input: Uint8Array | string, options: ExtractOptions): FileGraph {
  void input;
  void options;
  throw new Error('extractFile: not implemented yet');
}
