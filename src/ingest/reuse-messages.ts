import type { StoreReaderSpec } from '../store/port';
import type { CandidateIndexData } from './candidate-index';
import type { PassSignature } from './packed-signatures';

/** What every reuse worker starts with: the store to read and the pass's stop-bucket cap. */
export interface ReuseWorkerInit {
  reader: StoreReaderSpec;
  cap: number;
  documentCacheSize?: number;
  /** The in-memory candidate index, its arrays shared with the main thread; null: ask the store. */
  index: CandidateIndexData | null;
}

/**
 * One batch: document ids and, index-aligned, their bucket keys joined by
 * spaces (one string each clones cheaply); and, when every signature of the
 * batch has them, the keys as numbers, all documents' in one array in the
 * same order (the candidate lookup then parses no key and needs no set to
 * count each once).
 */
export interface ReuseRequest {
  ids: string[];
  packed: string[];
  keys?: Float64Array;
}

/** The request for `batch`, and the buffer to transfer with it (the numeric keys', made for it). */
export function reuseRequestOf(batch: readonly PassSignature[]): { request: ReuseRequest; transfer: ArrayBuffer[] } {
  const request: ReuseRequest = { ids: batch.map((s) => s.documentId), packed: batch.map((s) => s.buckets.join(' ')) };
  if (batch.length === 0 || !batch.every((s) => s.keys !== undefined && s.keys.length === s.buckets.length)) return { request, transfer: [] };
  const keys = new Float64Array(batch.reduce((n, s) => n + s.keys!.length, 0));
  let at = 0;
  for (const s of batch) {
    keys.set(s.keys!, at);
    at += s.keys!.length;
  }
  request.keys = keys;
  return { request, transfer: [keys.buffer] };
}

/** The signatures a worker was sent, as `reuseRequestOf` was given them (numeric keys as views of the one array). */
export function signaturesOf(request: ReuseRequest): PassSignature[] {
  let at = 0;
  return request.ids.map((documentId, i) => {
    const buckets = request.packed[i] === '' ? [] : request.packed[i]!.split(' ');
    if (request.keys === undefined) return { documentId, buckets };
    const keys = request.keys.subarray(at, at + buckets.length);
    at += buckets.length;
    return { documentId, buckets, keys };
  });
}
