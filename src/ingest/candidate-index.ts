import { bucketKey } from '../store/sqlite/reuse-keys';
import { KeyDirectory } from './key-directory';
import type { PackedSignatures } from './packed-signatures';
import { forEachKeyRun } from './sorted-postings';
import type { ReusePostingIndex } from '../store/port';

/**
 * Reuse postings in memory, for the reuse pass to ask instead of the store:
 * a lookup per bucket (`KeyDirectory`) instead of a b-tree probe into a
 * multi-gigabyte file. Two sources:
 * - `buildCandidateIndex`: the postings of one ingest into a store that held
 *   no in-corpus document before it (then they are all the store has): for
 *   every bucket key held by two or more of its documents, the documents
 *   holding it. Keys held by one document are left out (83% of them on the
 *   generated corpus): they can only match the document itself. Plain typed
 *   arrays over `SharedArrayBuffer`s, so worker threads read the one copy
 *   the main thread built (sent in `workerData`, not copied).
 * - `GraphStore.reusePostingsOfKeys`: the store's postings of the keys of
 *   the documents an increment adds, read in one statement.
 */
export type CandidateIndexData = ReusePostingIndex;

/**
 * The index of `signatures`, or null when some keys are not kept as numbers
 * (keys of another form than `reuseBuckets` gives): the store then answers.
 * Reads the numbers in place; the only large allocation besides the index
 * is the scratch of `forEachKeyRun` (12 bytes for each key of the largest
 * of its four regions), dropped before it returns.
 */
export function buildCandidateIndex(signatures: PackedSignatures): CandidateIndexData | null {
  const ids: string[] = [];
  const indexOf = new Map<string, number>();
  const docOf = new Int32Array(signatures.length);
  let total = 0;
  for (let s = 0; s < signatures.length; s++) {
    const keys = signatures.numericKeys(s);
    if (keys === null) return null;
    total += keys.length;
    const id = signatures.documentId(s);
    let d = indexOf.get(id);
    if (d === undefined) {
      d = ids.length;
      ids.push(id);
      indexOf.set(id, d);
    }
    docOf[s] = d;
  }
  return { ...heldTwice(signatures, docOf, total), ids };
}

/**
 * The keys occurring at least twice in the signatures, ascending, each with
 * its distinct documents (a document described by two files has two
 * signatures, and holds its keys once), in shared memory.
 */
function heldTwice(signatures: PackedSignatures, docOf: Int32Array, total: number): Omit<CandidateIndexData, 'ids'> {
  const keys: number[] = [];
  const offsets: number[] = [];
  const docs: number[] = [];
  forEachKeyRun(signatures, docOf, total, (key, held, from, to) => {
    if (to - from < 2) return;
    keys.push(key);
    offsets.push(docs.length);
    for (let p = from; p < to; p++) if (p === from || held[p] !== held[p - 1]) docs.push(held[p]!);
  });
  offsets.push(docs.length);
  const sharedKeys = new Float64Array(new SharedArrayBuffer(keys.length * 8));
  sharedKeys.set(keys);
  const sharedOffsets = new Int32Array(new SharedArrayBuffer(offsets.length * 4));
  sharedOffsets.set(offsets);
  const sharedDocs = new Int32Array(new SharedArrayBuffer(docs.length * 4));
  sharedDocs.set(docs);
  return { keys: sharedKeys, offsets: sharedOffsets, docs: sharedDocs };
}

/**
 * `GraphStore.reuseCandidatesBeyondStops` over the index: the buckets held
 * by more than `cap` documents (`stop`, in the order given) and the
 * documents sharing the others, most shared first, then by id. The document
 * the buckets belong to counts only the buckets it shares with others; the
 * caller leaves it out in any case.
 */
export class CandidateIndex {
  private readonly shared: Int32Array;
  private readonly touched: number[] = [];
  private readonly directory: KeyDirectory;

  constructor(private readonly data: CandidateIndexData) {
    this.shared = new Int32Array(data.ids.length);
    this.directory = new KeyDirectory(data.keys);
  }

  /**
   * `numbers`, when given, are the buckets' keys as numbers, index-aligned
   * (`PackedSignatures` holds them so): no key is parsed again. Documents
   * sharing fewer than `minShared` buckets are left out before the ranking:
   * on the 100k corpus a document's buckets reach 68 documents on average,
   * 11.8 of them through two buckets or more.
   */
  candidates(
    buckets: readonly string[],
    limit: number,
    cap: number,
    numbers?: Float64Array,
    minShared = 1,
  ): { candidates: Array<{ documentId: string; shared: number }>; stop: string[] } {
    const { offsets, docs, ids, stop: stopFlags } = this.data;
    const directory = this.directory;
    const stop: string[] = [];
    const shared = this.shared;
    const touched = this.touched;
    touched.length = 0;
    const visit = (bucket: string, key: number | bigint): void => {
      const i = typeof key === 'number' ? directory.indexOf(key) : -1;
      if (i < 0) return;
      const from = offsets[i]!;
      const to = offsets[i + 1]!;
      if (stopFlags ? stopFlags[i] === 1 : to - from > cap) {
        stop.push(bucket);
        return;
      }
      for (let p = from; p < to; p++) {
        const d = docs[p]!;
        if (shared[d] === 0) touched.push(d);
        shared[d]!++;
      }
    };
    if (numbers && numbers.length === buckets.length && strictlyAscending(numbers)) {
      // Ascending keys are distinct: no set needed to count each once.
      for (let k = 0; k < numbers.length; k++) visit(buckets[k]!, numbers[k]!);
    } else {
      for (const bucket of new Set(buckets)) visit(bucket, bucketKey(bucket));
    }
    const found: Array<{ documentId: string; shared: number }> = [];
    for (const d of touched) {
      if (shared[d]! >= minShared) found.push({ documentId: ids[d]!, shared: shared[d]! });
      shared[d] = 0;
    }
    found.sort((a, b) => b.shared - a.shared || (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0));
    return { candidates: found.slice(0, limit), stop };
  }
}

/**
 * Every key of the signatures once, ascending; null when some signature's
 * keys are not numbers (the store then answers for the pass).
 */
export function distinctKeys(signatures: PackedSignatures): Float64Array | null {
  let total = 0;
  for (let s = 0; s < signatures.length; s++) {
    const keys = signatures.numericKeys(s);
    if (keys === null) return null;
    total += keys.length;
  }
  const keys: number[] = [];
  forEachKeyRun(signatures, new Int32Array(signatures.length), total, (key) => keys.push(key));
  return Float64Array.from(keys);
}

function strictlyAscending(keys: Float64Array): boolean {
  for (let k = 1; k < keys.length; k++) if (!(keys[k - 1]! < keys[k]!)) return false;
  return true;
}
