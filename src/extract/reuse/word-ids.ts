import { grown } from '../../shared/grown-array';

/**
 * Folded words as small integers, equal for equal words, for the life of the
 * thread. Alignment compares words millions of times and keeps the words of
 * thousands of prepared documents in memory: as strings they were the bulk
 * of that memory and of the garbage collector's work (every string is an
 * object it traces), as integers they are one typed array per document.
 * Words are looked up by the FNV-1a hash the tokenizer computes anyway and
 * their UTF-16 units, so no string is made for a word already known. The
 * table holds each distinct word once; it grows with the vocabulary of the
 * texts compared (OCR damage included), not with their number.
 */

let slots = new Int32Array(1 << 16).fill(-1);
let hashes = new Uint32Array(1 << 15);
let offsets = new Uint32Array(1 << 15);
let lengths = new Uint32Array(1 << 15);
let units = new Uint16Array(1 << 18);
let count = 0;
let used = 0;

/** The id of the word whose folded UTF-16 units are `word[0..length)` and whose FNV-1a hash is `hash`. */
export function wordId(word: ArrayLike<number>, length: number, hash: number): number {
  let mask = slots.length - 1;
  let slot = hash & mask;
  for (let id = slots[slot]!; id !== -1; id = slots[slot]!) {
    if (hashes[id] === hash && lengths[id] === length && sameUnits(offsets[id]!, word, length)) return id;
    slot = (slot + 1) & mask;
  }
  if (count === hashes.length) growEntries();
  if (used + length > units.length) units = grown(units, used + length);
  const id = count++;
  hashes[id] = hash;
  offsets[id] = used;
  lengths[id] = length;
  for (let k = 0; k < length; k++) units[used + k] = word[k]!;
  used += length;
  slots[slot] = id;
  // Half full at most, so probes stay short.
  if (count * 2 > slots.length) {
    rehash(slots.length * 2);
    mask = slots.length - 1;
  }
  return id;
}

/** The word an id stands for (diagnostics and tests; alignment never needs it). */
export function wordOf(id: number): string {
  if (!Number.isInteger(id) || id < 0 || id >= count) throw new RangeError(`No word has id ${id}.`);
  return String.fromCharCode(...units.subarray(offsets[id]!, offsets[id]! + lengths[id]!));
}

function sameUnits(offset: number, word: ArrayLike<number>, length: number): boolean {
  for (let k = 0; k < length; k++) if (units[offset + k] !== word[k]) return false;
  return true;
}

function growEntries(): void {
  hashes = grown(hashes, count + 1);
  offsets = grown(offsets, count + 1);
  lengths = grown(lengths, count + 1);
}

function rehash(size: number): void {
  slots = new Int32Array(size).fill(-1);
  const mask = size - 1;
  for (let id = 0; id < count; id++) {
    let slot = hashes[id]! & mask;
    while (slots[slot] !== -1) slot = (slot + 1) & mask;
    slots[slot] = id;
  }
}
