import { FNV_OFFSET, FNV_PRIME, fnv1a32 } from './fnv1a';
import { memoizeShortText } from './memoize-short-text';
import { SCRATCH_UNITS_MAX, unitsToString } from './units-string';

/**
 * Diacritic folding for matching and search only; stored text keeps its
 * diacritics. `đ`/`Đ` are separate letters in Unicode (no combining mark), so
 * NFD alone does not fold them.
 */
export function foldDiacritics(text: string): string {
  const n = text.length;
  let i = 0;
  for (; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    const kind = code < FOLD_KIND.length ? FOLD_KIND[code]! : SLOW;
    if (kind === SAME) continue;
    if (kind === SLOW) return foldByNormalization(text);
    break;
  }
  if (i === n) return text;
  // Built in a unit buffer: concatenating a slice and a fold per accented letter (every few
  // letters of Vietnamese) made a rope of thousands of pieces for a long text.
  const out = scratchUnits(n * MAX_FOLD_UNITS);
  for (let k = 0; k < i; k++) out[k] = text.charCodeAt(k);
  let length = i;
  for (; i < n; i++) {
    const code = text.charCodeAt(i);
    const kind = code < 0x80 ? SAME : code < FOLD_KIND.length ? FOLD_KIND[code]! : SLOW;
    if (kind === SAME) out[length++] = code;
    else if (kind === SLOW) return foldByNormalization(text);
    else {
      const folded = FOLDED[code]!;
      for (let k = 0; k < folded.length; k++) out[length++] = folded.charCodeAt(k);
    }
  }
  return unitsToString(out, length);
}

/**
 * The definition: NFD, drop the combining diacritics, đ→d, back to NFC. Used
 * as is for text outside the table below (other scripts, astral characters).
 */
function foldByNormalization(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/*
 * Why a table: matching folds short strings (lines, body names) many times a
 * document, and two normalisations per call dominated extraction. For
 * Latin text (below U+0300, the combining diacritics U+0300–U+036F and Latin
 * Extended Additional, where Vietnamese lives) folding is a per-character
 * map: each character folds to characters below U+0300 that carry no mark, and
 * no character there composes with a following one, so the final NFC changes
 * nothing and the result is the concatenation of the characters' folds. The
 * table is built from the definition itself at load; a character whose fold
 * would leave that set stays SLOW, and any SLOW character sends the whole
 * string to the definition.
 */
const SLOW = 0;
const SAME = 1;
const MAPPED = 2;
const FOLD_KIND = new Uint8Array(0x1f00);
const FOLDED: string[] = [];
/** The most units one character of the table folds to (set as the table is built). */
let MAX_FOLD_UNITS = 1;
/** Shared by `foldDiacritics` and `matchKey`, which each finish with it before returning. */
let scratch = new Uint16Array(256);

/** A buffer of at least `size` units: the shared one up to `SCRATCH_UNITS_MAX`, a new one beyond. */
function scratchUnits(size: number): Uint16Array {
  if (size <= scratch.length) return scratch;
  if (size > SCRATCH_UNITS_MAX) return new Uint16Array(size);
  scratch = new Uint16Array(Math.min(SCRATCH_UNITS_MAX, Math.max(size, 2 * scratch.length)));
  return scratch;
}

function isPlainStarter(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) >= 0x300) return false;
  return s.normalize('NFC') === s;
}

for (let code = 0x80; code < FOLD_KIND.length; code++) {
  if (code >= 0x370 && code < 0x1e00) continue;
  const ch = String.fromCharCode(code);
  const folded = foldByNormalization(ch);
  if (!isPlainStarter(folded)) continue;
  if (folded === ch) {
    FOLD_KIND[code] = SAME;
  } else {
    FOLD_KIND[code] = MAPPED;
    FOLDED[code] = folded;
    MAX_FOLD_UNITS = Math.max(MAX_FOLD_UNITS, folded.length);
  }
}

/** Folded, lower-cased, whitespace-collapsed key for case- and diacritic-insensitive comparison. */
export function matchKey(text: string): string {
  const out = scratchUnits(text.length);
  let n = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const k = code < KEY_CODE.length ? KEY_CODE[code]! : KEY_SLOW;
    if (k === KEY_SLOW) return matchKeyByDefinition(text);
    if (k === KEY_DROP) continue;
    if (k === KEY_SPACE) {
      space = n > 0;
      continue;
    }
    if (space) {
      out[n++] = 0x20;
      space = false;
    }
    out[n++] = k;
  }
  return unitsToString(out, n);
}

/**
 * `fnv1a32(matchKey(text))`, computed without building the key: equal keys
 * have equal hashes, so texts compared by key (a document's paragraphs, for
 * repeats) need their keys built only where hashes meet.
 */
export function matchKeyHash(text: string): number {
  let hash = FNV_OFFSET;
  let emitted = false;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const k = code < KEY_CODE.length ? KEY_CODE[code]! : KEY_SLOW;
    if (k === KEY_SLOW) return fnv1a32(matchKey(text));
    if (k === KEY_DROP) continue;
    if (k === KEY_SPACE) {
      space = emitted;
      continue;
    }
    if (space) {
      hash = Math.imul(hash ^ 0x20, FNV_PRIME);
      space = false;
    }
    hash = Math.imul(hash ^ k, FNV_PRIME);
    emitted = true;
  }
  return hash >>> 0;
}

function matchKeyByDefinition(text: string): string {
  return foldDiacritics(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/*
 * matchKey in one pass for text inside the fold table: the key of a
 * character there is its fold lower-cased, at most one character (no case
 * mapping below U+0300 depends on context), a combining mark folds to
 * nothing, and runs of white space become one space, none at the ends (the
 * white space of `trim` is that of `\s`). Built from the definition at load;
 * anything else takes the definition.
 */
const KEY_SLOW = 0;
const KEY_DROP = 0xffff;
const KEY_SPACE = 0xfffe;
const KEY_CODE = new Uint16Array(FOLD_KIND.length);
/** As KEY_CODE, with white space kept as its own code instead of KEY_SPACE (for `foldLowerCase`). */
const LOWER_CODE = new Uint16Array(FOLD_KIND.length);

for (let code = 0; code < KEY_CODE.length; code++) {
  if (code >= 0x80 && FOLD_KIND[code] === SLOW) continue;
  const ch = String.fromCharCode(code);
  const key = foldDiacritics(ch).toLowerCase();
  if (key.length === 0) KEY_CODE[code] = KEY_DROP;
  else if (key.length === 1 && /\s/.test(key)) KEY_CODE[code] = KEY_SPACE;
  else if (key.length === 1 && key.charCodeAt(0) !== 0 && isPlainStarter(key)) KEY_CODE[code] = key.charCodeAt(0);
  // The same fold without the white-space rule: white space stays what it is.
  if (key.length === 0) LOWER_CODE[code] = KEY_DROP;
  else if (key.length === 1 && key.charCodeAt(0) !== 0 && (/\s/.test(key) || isPlainStarter(key))) LOWER_CODE[code] = key.charCodeAt(0);
}

/**
 * `foldDiacritics(text).toLowerCase()` in one pass for text inside the fold
 * table (the full-text index and its queries fold every text this way: on
 * the writing thread, a string of pieces and a lower-casing pass cost about
 * as much as the rest of a batch's JavaScript); anything else takes the
 * definition.
 */
export function foldLowerCase(text: string): string {
  const out = scratchUnits(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const k = code < LOWER_CODE.length ? LOWER_CODE[code]! : KEY_SLOW;
    if (k === KEY_SLOW) return foldDiacritics(text).toLowerCase();
    if (k !== KEY_DROP) out[n++] = k;
  }
  return unitsToString(out, n);
}

/**
 * URL- and id-safe slug: `Đắk Nông` → `dak-nong`. Remembered: ids are
 * slugs of the same few thousand names (issuers, provinces, signers) file
 * after file: 159,141 calls over the 10k corpus for 1,703 names, which
 * took 120–148 ms to slug and take 7–12 ms remembered.
 */
export const slugify = memoizeShortText((text: string): string =>
  matchKey(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, ''),
);
