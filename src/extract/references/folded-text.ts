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

/** Why: footnote marks after numbers (`Số 470^{*} -CV/TU`, `470^{1}`). */
const FOOTNOTE = /^\^\{[^}\n]{0,6}\}|^\^/;

function foldCodePoint(cp: string): string {
  if (cp === 'đ' || cp === 'Đ') return 'd';
  const lower = cp.toLowerCase();
  const stripped = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (stripped === '\u00a0') return ' ';
  return stripped.replace(/đ/g, 'd');
}

/** Builds the folded view of `original`; never throws (lone surrogates and control characters pass through). */
export function foldText(original: string): FoldedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < original.length) {
    if (original[i] === '^') {
      const footnote = FOOTNOTE.exec(original.slice(i, i + 9));
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
        text += folded[k];
        starts.push(i);
        ends.push(i + width);
      }
    }
    i += width;
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
