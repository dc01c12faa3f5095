import { foldDiacritics } from '../../shared/fold';
import { grown } from '../../shared/grown-array';
import { SCRATCH_UNITS_MAX } from '../../shared/units-string';
import { FNV_OFFSET, FNV_PRIME, fnv1a32 } from '../../shared/fnv1a';
import { wordId, wordOf } from './word-ids';

/**
 * The words of a text as text reuse compares them: folded (diacritics
 * removed, `đ`→`d`, lower case) so that OCR variants such as `phuong châm` /
 * `phương châm` meet, punctuation dropped, each word keeping its offsets in
 * the text as given, so that passages can be reported in the original.
 */
export interface ReuseTokens {
  /** Folded words as ids (`wordId`): equal words, equal ids. */
  readonly ids: Uint32Array;
  /** FNV-1a of each folded word. */
  readonly hashes: Uint32Array;
  /** Start offset (UTF-16, in the input) of each word. */
  readonly starts: Uint32Array;
  /** End offset (exclusive) of each word. */
  readonly ends: Uint32Array;
}

// Letters, digits and combining marks: marks belong to the word when the input is not NFC.
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const WORD_UNIT = /^[\p{L}\p{N}\p{M}]$/u;
const COMBINING = /[\u0300-\u036f]/;

/**
 * Per UTF-16 code unit, filled as units are first seen: whether it belongs
 * to a word (0 not yet known, 1 yes, 2 no) and its folded form
 * (`foldDiacritics` + lower case when that gives one unit, else itself).
 * `foldDiacritics` normalises twice and runs a regex per call, which
 * dominated the cost over a whole corpus; precomposed (NFC) letters fold one
 * unit to one, so the table gives the same words and keeps offsets. Letters
 * outside the BMP (surrogate pairs) are not word characters here.
 */
const wordTable = new Uint8Array(0x10000);
const foldTable = new Uint16Array(0x10000);

function learn(c: number): number {
  const ch = String.fromCharCode(c);
  const isWord = !(c >= 0xd800 && c <= 0xdfff) && WORD_UNIT.test(ch);
  if (isWord) {
    const f = foldDiacritics(ch).toLowerCase();
    foldTable[c] = f.length === 1 ? f.charCodeAt(0) : c;
  }
  wordTable[c] = isWord ? 1 : 2;
  return wordTable[c]!;
}

/** Fast path for text without combining marks: one pass, folding and hashing as it goes. */
function tokensByTable(text: string): ReuseTokens {
  const count = scanWords(text);
  // One allocation for the four arrays: most texts tokenized are a reuse pass's candidates, held a while, then dropped.
  const out = new Uint32Array(4 * count);
  const part = (k: number, from: Uint32Array): Uint32Array => {
    const view = out.subarray(k * count, (k + 1) * count);
    view.set(from.subarray(0, count));
    return view;
  };
  const tokens = { ids: part(0, scratch.ids), hashes: part(1, scratch.hashes), starts: part(2, scratch.starts), ends: part(3, scratch.ends) };
  releaseScratch();
  return tokens;
}

/** The folded units of the word being scanned, grown for a longer word (and given back after a word of over a million units). */
let wordUnits: Uint16Array = new Uint16Array(256);

/**
 * The scan's working arrays, grown for a text with more words and given
 * back after one of over a million: each scan then allocates only its
 * result (one buffer for the four arrays of `reuseTokens`, a fitted copy of
 * the hashes for `reuseWordHashes`), where it allocated four arrays sized
 * from the text and copied each into a fitted one: 42 → 34 µs a text of
 * 707 words for `reuseTokens`, 30 → 24 µs for `reuseWordHashes` (best of
 * 12 rounds over 3,000 texts of the 100k store).
 */
const SCRATCH_WORDS_MAX = 1 << 20;
// Fields of one object rather than module-level `let`s: with those reassigned, 3 of 9 processes ran
// the scan at 51–53 µs a text instead of 33–34 (V8 compiled it otherwise); with the object, 8 of 8 at 32–35.
const scratch = { ids: new Uint32Array(1024), hashes: new Uint32Array(1024), starts: new Uint32Array(1024), ends: new Uint32Array(1024) };

/**
 * The table-driven word scan: each word's FNV-1a hash, offsets and id
 * (`wordId`) into the scratch arrays; returns how many words. The caller
 * copies them out, then calls `releaseScratch`.
 */
function scanWords(text: string): number {
  const isWord = wordTable;
  const fold = foldTable;
  const n = text.length;
  let units: Uint16Array = wordUnits;
  let { ids, hashes, starts, ends } = scratch;
  let count = 0;
  let i = 0;
  while (i < n) {
    const first = text.charCodeAt(i);
    if ((isWord[first] || learn(first)) !== 1) {
      i++;
      continue;
    }
    const start = i;
    let length = 0;
    let h = FNV_OFFSET;
    while (i < n) {
      const c = text.charCodeAt(i);
      if ((isWord[c] || learn(c)) !== 1) break;
      const f = fold[c]!;
      if (length === units.length) units = wordUnits = grown(units, length + 1);
      units[length++] = f;
      h = Math.imul(h ^ f, FNV_PRIME);
      i++;
    }
    if (count === hashes.length) ({ ids, hashes, starts, ends } = growScratch(count + 1));
    const hash = h >>> 0;
    ids[count] = wordId(units, length, hash);
    hashes[count] = hash;
    starts[count] = start;
    ends[count] = i;
    count++;
  }
  if (wordUnits.length > SCRATCH_UNITS_MAX) wordUnits = new Uint16Array(256);
  return count;
}

/**
 * Room for `words` in all four scratch arrays: they keep one length, since
 * each scan checks one of them (a scan that grew only the hashes' left
 * `scanWords` writing past the others).
 */
function growScratch(words: number): typeof scratch {
  scratch.ids = grown(scratch.ids, words);
  scratch.hashes = grown(scratch.hashes, words);
  scratch.starts = grown(scratch.starts, words);
  scratch.ends = grown(scratch.ends, words);
  return scratch;
}

/** Gives the scratch arrays back after a text of over a million words. */
function releaseScratch(): void {
  if (scratch.hashes.length <= SCRATCH_WORDS_MAX) return;
  scratch.ids = new Uint32Array(1024);
  scratch.hashes = new Uint32Array(1024);
  scratch.starts = new Uint32Array(1024);
  scratch.ends = new Uint32Array(1024);
}

/**
 * The FNV-1a hashes of the words of `text`, as `reuseTokens(text).hashes`
 * gives them, without the word ids extraction has no use for (bucket keys
 * need the hashes only; looking each word up in the id table was half the
 * cost of tokenizing).
 */
export function reuseWordHashes(text: string): Uint32Array {
  if (COMBINING.test(text)) return tokensByRegex(text).hashes;
  const count = scanWordHashes(text); // first: a long text replaces the scratch array
  const hashes = scratch.hashes.slice(0, count);
  releaseScratch();
  return hashes;
}

/**
 * `scanWords`' walk for the hashes alone: bucket keys for every document of
 * an ingest need neither the words' units (for ids) nor their offsets.
 * Written out again rather than shared, because a callback per word would
 * cost what it saves: over the comparable texts of the first 3,000 files of
 * the 10k corpus (3,138 documents), 61.5–67.0 ms against 70.4–75.3 ms
 * through `scanWords` (six alternating pairs of processes, best of 12).
 */
function scanWordHashes(text: string): number {
  const isWord = wordTable;
  const fold = foldTable;
  const n = text.length;
  let hashes = scratch.hashes;
  let count = 0;
  let i = 0;
  while (i < n) {
    const first = text.charCodeAt(i);
    if ((isWord[first] || learn(first)) !== 1) {
      i++;
      continue;
    }
    let h = FNV_OFFSET;
    while (i < n) {
      const c = text.charCodeAt(i);
      if ((isWord[c] || learn(c)) !== 1) break;
      h = Math.imul(h ^ fold[c]!, FNV_PRIME);
      i++;
    }
    if (count === hashes.length) hashes = growScratch(count + 1).hashes;
    hashes[count++] = h >>> 0;
  }
  return count;
}

/** Slow path for non-NFC input: each word folded on its own (marks drop, lengths change). */
function tokensByRegex(text: string): ReuseTokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const folded = foldDiacritics(m[0]).toLowerCase();
    if (folded.length === 0) continue;
    words.push(folded);
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const hashes = new Uint32Array(words.length);
  const ids = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    hashes[i] = fnv1a32(w);
    const units = new Uint16Array(w.length);
    for (let k = 0; k < w.length; k++) units[k] = w.charCodeAt(k);
    ids[i] = wordId(units, units.length, hashes[i]!);
  }
  return { ids, hashes, starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
}

export function reuseTokens(text: string): ReuseTokens {
  return COMBINING.test(text) ? tokensByRegex(text) : tokensByTable(text);
}

/** The folded words behind the tokens' ids (tests and diagnostics). */
export function wordsOf(tokens: Pick<ReuseTokens, 'ids'>): string[] {
  return Array.from(tokens.ids, wordOf);
}
