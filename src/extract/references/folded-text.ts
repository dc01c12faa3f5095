import { lowerBound } from '../../shared/lower-bound';
import { SCRATCH_UNITS_MAX, unitsToString } from '../../shared/units-string';
import { FOOTNOTE_MARK } from './patterns';

/**
 * A matching view of a text: lower-cased, diacritics folded (đ→d), markdown
 * emphasis and footnote marks dropped, with a map back to the original so
 * that every match can report its span in the text it was given (eyecite
 * keeps spans through cleaning the same way).
 */
export interface FoldedText {
  /** The folded view that patterns run on. */
  readonly text: string;
  /** For each UTF-16 unit of `text`: start of the original code point it came from. */
  readonly starts: Int32Array;
  /** For each UTF-16 unit of `text`: end (exclusive) of that original code point. */
  readonly ends: Int32Array;
}

/**
 * Why dropped: OCR'd markdown wraps numbers and phrases in emphasis
 * (`**6325**`, `~~3953~~`, `(*gửi kèm theo*)`) and escapes (`\*`); none of
 * these characters ever belongs to a reference.
 */
const DROPPED = new Set(['*', '~', '\\', '\u00ad', '\u200b', '\u200c', '\u200d', '\ufeff']);


/** Why a cache: normalising code point by code point dominates the cost on long texts. */
const FOLD_CACHE = new Map<string, string>();

function foldCodePoint(cp: string): string {
  const cached = FOLD_CACHE.get(cp);
  if (cached !== undefined) return cached;
  const folded = foldUncached(cp);
  if (FOLD_CACHE.size < 4096) FOLD_CACHE.set(cp, folded);
  return folded;
}

function foldUncached(cp: string): string {
  if (cp === 'đ' || cp === 'Đ') return 'd';
  const lower = cp.toLowerCase();
  const stripped = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (stripped === '\u00a0') return ' ';
  return stripped.replace(/đ/g, 'd');
}

/**
 * Fold of each BMP code unit that is a whole code point ('' for dropped
 * characters), filled on first sight: a table lookup instead of a slice and a
 * map lookup per character of long texts.
 */
const UNIT_FOLD: Array<string | undefined> = new Array<string | undefined>(0x10000);

function foldUnit(unit: number): string {
  let folded = UNIT_FOLD[unit];
  if (folded === undefined) {
    const cp = String.fromCharCode(unit);
    folded = DROPPED.has(cp) ? '' : foldUncached(cp);
    UNIT_FOLD[unit] = folded;
  }
  return folded;
}

/**
 * The view being built: units and their original offsets, grown as needed.
 * Plain fields rather than variables captured by closures, so that the
 * per-character loop of `foldText` reads them as locals.
 */
class FoldBuffer {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.codes = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  /** Empty, with room for `capacity` units. */
  reset(capacity: number): this {
    this.length = 0;
    this.reserve(capacity);
    return this;
  }

  /** Room for `extra` more units (a character folds to at most a few). */
  reserve(extra: number): void {
    if (this.length + extra <= this.codes.length) return;
    const capacity = 2 * this.codes.length + extra;
    this.codes = grow(this.codes, new Uint16Array(capacity));
    this.starts = grow(this.starts, new Int32Array(capacity));
    this.ends = grow(this.ends, new Int32Array(capacity));
  }

  push(folded: string, start: number, end: number): void {
    this.reserve(folded.length);
    for (let k = 0; k < folded.length; k++) {
      this.codes[this.length] = folded.charCodeAt(k);
      this.starts[this.length] = start;
      this.ends[this.length] = end;
      this.length += 1;
    }
  }
}

/**
 * Per BMP code unit, filled on first sight: its fold when that is one unit
 * (stored plus one), `DROP` for a unit folded to nothing, `SLOW` for the
 * rest (`^`, surrogates, units folding to several): a number compared in the
 * loop instead of a string pushed a character at a time.
 */
const SINGLE_FOLD = new Int32Array(0x10000);
const DROP = -1;
const SLOW = -2;

function learnSingleFold(unit: number): number {
  let kind = SLOW;
  if (unit !== 0x5e && (unit < 0xd800 || unit >= 0xe000)) {
    const folded = foldUnit(unit);
    if (folded.length === 0) kind = DROP;
    else if (folded.length === 1) kind = folded.charCodeAt(0) + 1;
  }
  SINGLE_FOLD[unit] = kind;
  return kind;
}

/**
 * The buffer `foldText` calls build in (allocating three arrays a call, most
 * of them for a clause of a sentence, showed in profiles); a text longer
 * than `SCRATCH_UNITS_MAX` gets its own.
 */
let scratch = new FoldBuffer(1024);

function bufferFor(units: number): FoldBuffer {
  if (units > SCRATCH_UNITS_MAX) return new FoldBuffer(units);
  // A fold that grew the buffer past the limit (characters folding to several units) gives it back.
  if (scratch.codes.length > 2 * SCRATCH_UNITS_MAX) scratch = new FoldBuffer(1024);
  return scratch.reset(units);
}

/** Builds the folded view of `original`; never throws (lone surrogates and control characters pass through). */
export function foldText(original: string): FoldedText {
  const n = original.length;
  const out = bufferFor(n + 16);
  const table = SINGLE_FOLD;
  let codes = out.codes;
  let starts = out.starts;
  let ends = out.ends;
  let length = 0;
  let i = 0;
  while (i < n) {
    const unit = original.charCodeAt(i);
    const kind = table[unit] || learnSingleFold(unit);
    if (kind > 0) {
      if (length === codes.length) {
        out.length = length;
        out.reserve(1);
        ({ codes, starts, ends } = out);
      }
      codes[length] = kind - 1;
      starts[length] = i;
      ends[length] = i + 1;
      length += 1;
      i += 1;
      continue;
    }
    if (kind === DROP) {
      i += 1;
      continue;
    }
    out.length = length;
    i = foldSlowly(original, i, unit, out);
    ({ codes, starts, ends, length } = out);
  }
  // The view keeps copies, in one allocation: the scratch buffer is reused by the next call.
  const offsets = new Int32Array(2 * length);
  offsets.set(starts.subarray(0, length));
  offsets.set(ends.subarray(0, length), length);
  return { text: unitsToString(codes, length), starts: offsets.subarray(0, length), ends: offsets.subarray(length) };
}

/** Folds the character at `i` that the table cannot (a footnote mark, a surrogate, a unit folding to several) into `out`; returns the offset after it. */
function foldSlowly(original: string, i: number, unit: number, out: FoldBuffer): number {
  if (unit === 0x5e) {
    const footnote = FOOTNOTE_MARK.exec(original.slice(i, i + 9));
    if (footnote) return i + footnote[0].length;
  }
  if (unit < 0xd800 || unit >= 0xe000) {
    out.push(foldUnit(unit), i, i + 1);
    return i + 1;
  }
  const code = original.codePointAt(i) as number;
  const width = code > 0xffff ? 2 : 1;
  const cp = original.slice(i, i + width);
  if (!DROPPED.has(cp)) out.push(foldCodePoint(cp), i, i + width);
  return i + width;
}

function grow<T extends Uint16Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * Whether every unit of `original` folds on its own, as the folded-text
 * table does: no footnote mark (`^{*}` folds as one) and no surrogate. Then
 * the fold of a slice is the slice of the fold (`foldedRange`).
 */
const FOLDS_IN_CONTEXT = /[\^\ud800-\udfff]/;

/**
 * The fold of `original.slice(start, end)` with offsets into `original` (not
 * into the slice), taken from `folded` (the fold of all of `original`) when
 * `canSlice` (`foldSlices(original)`) says that gives the same view: a view
 * of its arrays, no copy. Classification reads the clauses, sentences and
 * gaps of a body that reference finding folded whole, and folding each again
 * cost more than slicing.
 */
export function foldedRange(folded: FoldedText, original: string, start: number, end: number, canSlice: boolean): FoldedText {
  if (!canSlice) {
    const own = foldText(original.slice(start, end));
    return { text: own.text, starts: own.starts.map((o) => o + start), ends: own.ends.map((o) => o + start) };
  }
  const from = lowerBound(folded.starts, start);
  const to = lowerBound(folded.starts, end, from);
  return { text: folded.text.slice(from, to), starts: folded.starts.subarray(from, to), ends: folded.ends.subarray(from, to) };
}

/** Whether `foldedRange` of `original` may slice its fold (compute once per text, pass to each call). */
export function foldSlices(original: string): boolean {
  return !FOLDS_IN_CONTEXT.test(original);
}

/** Original span of the folded range [start, end). Empty ranges map to an empty span. */
export function originalSpan(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < folded.starts.length ? folded.starts[start] : (folded.ends[folded.ends.length - 1] ?? 0);
    return { start: at, end: at };
  }
  return { start: folded.starts[start], end: folded.ends[end - 1] };
}
