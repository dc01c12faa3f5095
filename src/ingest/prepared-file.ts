import { RejectedInputError } from '../domain/errors';
import type { FileGraph } from '../domain/graph';
import type { IngestFailureReason } from './ingest-summary';
import { readSourceFile, readSourceFileSync } from './read-source-file';

/** A file read and extracted, or the reason it was not: what ingest hands its writer. */
export interface PreparedFile {
  fileName: string;
  /** Bytes read (0 when the file could not be read). */
  bytes: number;
  graph?: FileGraph;
  rejection?: { reason: IngestFailureReason; message: string };
}

export type ExtractBytes = (bytes: Uint8Array, fileName: string) => FileGraph;

/** Reads (without blocking the thread) and extracts one file; never throws. */
export async function prepareFile(path: string, fileName: string, maxBytes: number, extract: ExtractBytes): Promise<PreparedFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readSourceFile(path, maxBytes);
  } catch (error) {
    return readFailure(fileName, error);
  }
  return extracted(fileName, bytes, extract);
}

/** `prepareFile` on a thread that does nothing else meanwhile (an extraction worker reading its own files). */
export function prepareFileSync(path: string, fileName: string, maxBytes: number, extract: ExtractBytes): PreparedFile {
  let bytes: Uint8Array;
  try {
    bytes = readSourceFileSync(path, maxBytes);
  } catch (error) {
    return readFailure(fileName, error);
  }
  return extracted(fileName, bytes, extract);
}

function extracted(fileName: string, bytes: Uint8Array, extract: ExtractBytes): PreparedFile {
  try {
    return { fileName, bytes: bytes.byteLength, graph: extract(bytes, fileName) };
  } catch (error) {
    return extractionFailure(fileName, bytes.byteLength, error);
  }
}

function readFailure(fileName: string, error: unknown): PreparedFile {
  if (error instanceof RejectedInputError) return { fileName, bytes: 0, rejection: { reason: error.reason, message: error.message } };
  return { fileName, bytes: 0, rejection: { reason: 'unreadable', message: `${fileName}: ${(error as Error).message}` } };
}

/** The rejection of a file whose extraction threw (a `RejectedInputError` keeps its reason). */
export function extractionFailure(fileName: string, bytes: number, error: unknown): PreparedFile {
  if (error instanceof RejectedInputError) return { fileName, bytes, rejection: { reason: error.reason, message: error.message } };
  return { fileName, bytes, rejection: { reason: 'extraction-failed', message: `extraction failed: ${(error as Error).message}` } };
}
