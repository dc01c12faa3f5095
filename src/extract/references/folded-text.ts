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
  readonly starts: readonly number[];
  /** For each UTF-16 unit of `text`: end (exclusive) of that original code point. */
  readonly ends: readonly number[];
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

/** Builds the folded view of `original`; never throws (lone surrogates and control characters pass through). */
export function foldText(original: string): FoldedText {
  const codes: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const n = original.length;
  let i = 0;
  while (i < n) {
    const unit = original.charCodeAt(i);
    // Fast path: ASCII is most of the text and folds to itself in lower case.
    if (unit < 0x80 && unit !== 0x5e) {
      if (unit !== 0x2a && unit !== 0x7e && unit !== 0x5c) {
        codes.push(unit >= 0x41 && unit <= 0x5a ? unit + 32 : unit);
        starts.push(i);
        ends.push(i + 1);
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
    const code = original.codePointAt(i) as number;
    const width = code > 0xffff ? 2 : 1;
    const cp = original.slice(i, i + width);
    if (!DROPPED.has(cp)) {
      const folded = foldCodePoint(cp);
      for (let k = 0; k < folded.length; k++) {
        codes.push(folded.charCodeAt(k));
        starts.push(i);
        ends.push(i + width);
      }
    }
    i += width;
  }
  let text = '';
  for (let k = 0; k < codes.length; k += 8192) {
    text += String.fromCharCode(...codes.slice(k, k + 8192));
  }
  return { text, starts, ends };
}

/** Original span of the folded range [start, end). Empty ranges map to an empty span. */
export function originalSpan(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < folded.starts.length ? folded.starts[start] : (folded.ends[folded.ends.length - 1] ?? 0);
    return { start: at, end: at };
  }
  return { start: folded.starts[start], end: folded.ends[end - 1] };
}
