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

/** Builds the folded view of `original`; never throws (lone surrogates and control characters pass through). */
export function foldText(original: string): FoldedText {
  const n = original.length;
  let capacity = n + 16;
  let codes = new Uint16Array(capacity);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let length = 0;
  /** Room for `extra` more units (a character folds to at most a few). */
  const reserve = (extra: number): void => {
    if (length + extra <= capacity) return;
    capacity = 2 * capacity + extra;
    codes = grow(codes, new Uint16Array(capacity));
    starts = grow(starts, new Int32Array(capacity));
    ends = grow(ends, new Int32Array(capacity));
  };
  const push = (folded: string, start: number, end: number): void => {
    reserve(folded.length);
    for (let k = 0; k < folded.length; k++) {
      codes[length] = folded.charCodeAt(k);
      starts[length] = start;
      ends[length] = end;
      length += 1;
    }
  };
  let i = 0;
  while (i < n) {
    const unit = original.charCodeAt(i);
    // Fast path: ASCII is most of the text and folds to itself in lower case.
    if (unit < 0x80 && unit !== 0x5e) {
      if (unit !== 0x2a && unit !== 0x7e && unit !== 0x5c) {
        reserve(1);
        codes[length] = unit >= 0x41 && unit <= 0x5a ? unit + 32 : unit;
        starts[length] = i;
        ends[length] = i + 1;
        length += 1;
      }
      i += 1;
      continue;
    }
    if (unit === 0x5e) {
      const footnote = FOOTNOTE_MARK.exec(original.slice(i, i + 9));
      if (footnote) {
        i += footnote[0].length;
        continue;
      }
    }
    if (unit < 0xd800 || unit >= 0xe000) {
      push(foldUnit(unit), i, i + 1);
      i += 1;
      continue;
    }
    const code = original.codePointAt(i) as number;
    const width = code > 0xffff ? 2 : 1;
    const cp = original.slice(i, i + width);
    if (!DROPPED.has(cp)) push(foldCodePoint(cp), i, i + width);
    i += width;
  }
  let text = '';
  for (let k = 0; k < length; k += 8192) {
    text += String.fromCharCode.apply(null, codes.subarray(k, Math.min(length, k + 8192)) as unknown as number[]);
  }
  return { text, starts: starts.subarray(0, length), ends: ends.subarray(0, length) };
}

function grow<T extends Uint16Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** Original span of the folded range [start, end). Empty ranges map to an empty span. */
export function originalSpan(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < folded.starts.length ? folded.starts[start] : (folded.ends[folded.ends.length - 1] ?? 0);
    return { start: at, end: at };
  }
  return { start: folded.starts[start], end: folded.ends[end - 1] };
}
