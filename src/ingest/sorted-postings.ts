/**
 * Every (key, document) posting of an ingest's signatures, ordered by key
 * and then document: the input of the in-memory candidate index. Sorting the
 * 14.2 million keys of the 100k corpus as one `Float64Array` and then
 * looking every key up twice to place its document took 4.9–6.2 s on the
 * writing thread, with the other core idle (docs/benchmarks.md, session 16).
 *
 * Keys are hash values spread over their range, so counting them by their
 * position in that range (the slot `KeyDirectory` uses) and placing each
 * at its slot's next free place leaves a few postings per slot, each slot's
 * keys below the next slot's; a short insertion sort then orders each slot
 * by key and document. A crowded slot (keys that are not spread, or one key
 * held many times) is sorted by comparison instead, so any input comes out
 * ordered.
 */
import { KeySlots } from './key-directory';

/** Postings per slot when the keys are spread evenly. */
const POSTINGS_PER_SLOT = 16;
/**
 * Regions the postings are ordered in, one after the other, each through
 * the same scratch arrays: all of them at once took 170 MB of fresh memory
 * at 100k, and this machine took 0.65 s just to fault those pages in.
 * Each region costs one more read of the keys (≈ 0.025 s at 100k).
 */
const REGIONS = 4;
/** A slot longer than this is sorted by comparison, not by insertion. */
const INSERTION_SORT_MAX = 48;

/** Something holding per-signature key lists (`PackedSignatures`), every key a finite number. */
export interface KeyLists {
  readonly length: number;
  numericKeys(i: number): Float64Array | null;
}

/**
 * Calls `visit` for every distinct key of `lists`, in ascending order, with
 * the documents holding it (`docOf[i]` being the document of list `i`):
 * `docs[from..to)`, ascending, a document holding the key twice listed
 * twice. `docs` is scratch space, valid during the call only. `total` is
 * the number of keys over all lists; lists without numeric keys contribute
 * nothing (the caller has declined them before).
 */
export function forEachKeyRun(
  lists: KeyLists,
  docOf: Int32Array,
  total: number,
  visit: (key: number, docs: Int32Array, from: number, to: number) => void,
): void {
  if (total === 0) return;
  let min = Infinity;
  let max = -Infinity;
  for (let s = 0; s < lists.length; s++) {
    const own = lists.numericKeys(s);
    if (own === null) continue;
    for (let p = 0; p < own.length; p++) {
      const k = own[p]!;
      if (k < min) min = k;
      if (k > max) max = k;
    }
  }
  const slots = new KeySlots(Math.max(1, Math.ceil(total / POSTINGS_PER_SLOT)), min, max);
  const starts = new Int32Array(slots.count + 1);
  for (let s = 0; s < lists.length; s++) {
    const own = lists.numericKeys(s);
    if (own === null) continue;
    for (let p = 0; p < own.length; p++) starts[slots.of(own[p]!) + 1]!++;
  }
  for (let i = 0; i < slots.count; i++) starts[i + 1]! += starts[i]!;
  const regions = Math.min(REGIONS, slots.count);
  const firstSlot = (r: number): number => Math.floor((r * slots.count) / regions);
  let largest = 0;
  for (let r = 0; r < regions; r++) largest = Math.max(largest, starts[firstSlot(r + 1)]! - starts[firstSlot(r)]!);
  const keys = new Float64Array(largest);
  const docs = new Int32Array(largest);
  const fill = new Int32Array(slots.count);
  for (let r = 0; r < regions; r++) {
    const lo = firstSlot(r);
    const hi = firstSlot(r + 1);
    const base = starts[lo]!;
    for (let i = lo; i < hi; i++) fill[i] = starts[i]! - base;
    for (let s = 0; s < lists.length; s++) {
      const own = lists.numericKeys(s);
      if (own === null) continue;
      const doc = docOf[s]!;
      for (let p = 0; p < own.length; p++) {
        const slot = slots.of(own[p]!);
        if (slot < lo || slot >= hi) continue;
        const at = fill[slot]!++;
        keys[at] = own[p]!;
        docs[at] = doc;
      }
    }
    for (let i = lo; i < hi; i++) sortRange(keys, docs, starts[i]! - base, starts[i + 1]! - base);
    const n = starts[hi]! - base;
    for (let from = 0, to = 0; from < n; from = to) {
      to = from + 1;
      while (to < n && keys[to] === keys[from]) to++;
      visit(keys[from]!, docs, from, to);
    }
  }
}

/** Orders `[from, to)` of the parallel arrays by key, then document. */
function sortRange(keys: Float64Array, docs: Int32Array, from: number, to: number): void {
  if (to - from <= INSERTION_SORT_MAX) {
    for (let i = from + 1; i < to; i++) {
      const k = keys[i]!;
      const d = docs[i]!;
      let j = i - 1;
      while (j >= from && (keys[j]! > k || (keys[j] === k && docs[j]! > d))) {
        keys[j + 1] = keys[j]!;
        docs[j + 1] = docs[j]!;
        j--;
      }
      keys[j + 1] = k;
      docs[j + 1] = d;
    }
    return;
  }
  const order = Array.from({ length: to - from }, (_, i) => from + i);
  order.sort((a, b) => keys[a]! - keys[b]! || docs[a]! - docs[b]!);
  const sortedKeys = Float64Array.from(order, (i) => keys[i]!);
  const sortedDocs = Int32Array.from(order, (i) => docs[i]!);
  keys.set(sortedKeys, from);
  docs.set(sortedDocs, from);
}
