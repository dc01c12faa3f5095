import type { Edit } from '../text/mapped-text';

/**
 * Cleaning steps, eyecite style: each is a small named text→edits function.
 * Edits only delete characters or substitute them one for one, so the offset
 * map back to the source stays exact.
 */
export interface CleanStep {
  name: string;
  edits(text: string): Edit[];
}

function regexEdits(text: string, pattern: RegExp, toEdits: (m: RegExpExecArray) => Edit[]): Edit[] {
  const edits: Edit[] = [];
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    edits.push(...toEdits(m));
    if (m[0].length === 0) re.lastIndex++;
  }
  return edits;
}

const deleteMatch = (m: RegExpExecArray): Edit[] => [{ start: m.index, end: m.index + m[0].length, replacement: '' }];

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** `**bold**`, `~~3953~~`, `__x__`: markdown emphasis from the OCR tool. Between two letters (`TỐC**CHỈ`) it stood for a line break, so one character becomes a space. */
export const stripEmphasisMarkers: CleanStep = {
  name: 'strip-emphasis-markers',
  edits: (text) =>
    // A quick test first: most texts have none, and a scan for any of three pairs is slow.
    !text.includes('**') && !text.includes('~~') && !text.includes('__')
      ? []
      : regexEdits(text, /\*\*|~~|__/g, (m) => {
          if (isWordChar(text[m.index - 1]) && isWordChar(text[m.index + 2])) {
            return [
              { start: m.index, end: m.index + 1, replacement: '' },
              { start: m.index + 1, end: m.index + 2, replacement: ' ' },
            ];
          }
          return deleteMatch(m);
        }),
};

/** `470^{*}`: a footnote mark glued to a number. */
export const stripFootnoteMarks: CleanStep = {
  name: 'strip-footnote-marks',
  edits: (text) => (text.includes('^{') ? regexEdits(text, /\^\{[^}\n]{0,4}\}/g, deleteMatch) : []),
};

/** `# TỈNH ỦY NINH BÌNH`: markdown headings around header lines. */
export const stripHeadingMarks: CleanStep = {
  name: 'strip-heading-marks',
  edits: (text) => regexEdits(text, /^#{1,6}[ \t]+/gm, deleteMatch),
};

/** `*`, `\*`: the party header star, and single-star italics (`(*gửi kèm theo*)`). */
export const stripAsterisks: CleanStep = {
  name: 'strip-asterisks',
  edits: (text) => regexEdits(text, /\\?\*/g, deleteMatch),
};

/** Non-breaking and other Unicode spaces become plain spaces; tabs too. */
export const normalizeSpaces: CleanStep = {
  name: 'normalize-spaces',
  edits: (text) => regexEdits(text, /[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, (m) => [
    { start: m.index, end: m.index + 1, replacement: ' ' },
  ]),
};

/**
 * OCR of two-column headers can put both columns on one line, far apart
 * (`Số: 3953/UBND-KGVX        Đắk Nông, ngày 24 …`): a gap of four or more
 * spaces inside a line is a column break, so it becomes a line break.
 */
export const splitColumns: CleanStep = {
  name: 'split-columns',
  edits: (text) =>
    !text.includes('    ') // the look-behind pattern is slow to scan; a quick test rules most texts out
      ? []
      : regexEdits(text, /(?<=\S) {4,}(?=\S)/g, (m) => [
      { start: m.index, end: m.index + 1, replacement: '\n' },
      { start: m.index + 1, end: m.index + m[0].length, replacement: '' },
    ]),
};

/** Trailing spaces (markdown hard breaks), runs of spaces inside a line, and a line's leading spaces. */
export const collapseSpaces: CleanStep = {
  name: 'collapse-spaces',
  edits: (text) => {
    const edges = lineEdgeSpaces(text);
    return [
      ...edges.trailing,
      ...innerSpaceRuns(text),
      ...edges.leading,
    ];
  },
};

/** Line terminators as a regular expression's `^` and `$` see them with the `m` flag. */
function isLineTerminator(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

const WHITE_SPACE = /\s/;

/**
 * The matches of `/ +$/gm` (trailing) and `/^ +(?=\S)/gm` (leading: spaces
 * before a line's first other character, none when only white space
 * follows), found from the line ends instead of trying the patterns at every
 * space of the text (the two scans were 3% of extraction).
 */
export function lineEdgeSpaces(text: string): { trailing: Edit[]; leading: Edit[] } {
  const trailing: Edit[] = [];
  const leading: Edit[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isLineTerminator(text.charCodeAt(i))) continue;
    let start = i;
    while (start > lineStart && text.charCodeAt(start - 1) === 0x20) start--;
    if (start < i) trailing.push({ start, end: i, replacement: '' });
    let end = lineStart;
    while (end < i && text.charCodeAt(end) === 0x20) end++;
    if (end > lineStart && end < text.length && !WHITE_SPACE.test(text[end]!)) leading.push({ start: lineStart, end, replacement: '' });
    lineStart = i + 1;
  }
  return { trailing, leading };
}

/**
 * The matches of `/(?<=\S) {2,}(?=\S)/g` less the first space of each (a
 * run of spaces inside a line becomes one), found by a search for two
 * spaces in a row. The pattern, behind the same search as a test, took
 * 74–80 ms over the 10k corpus's texts, this 50–58 ms: its look-behind is
 * tried at every character of a text that has a doubled space. (One scan
 * for the line edges and these together stopped at every space and took
 * longer than both.)
 */
export function innerSpaceRuns(text: string): Edit[] {
  const edits: Edit[] = [];
  for (let from = 0; ; ) {
    const start = text.indexOf('  ', from);
    if (start < 0) return edits;
    let end = start + 2;
    while (end < text.length && text.charCodeAt(end) === 0x20) end++;
    // `from` is never inside a run, so `start` begins one.
    if (start > 0 && end < text.length && !WHITE_SPACE.test(text[start - 1]!) && !WHITE_SPACE.test(text[end]!)) {
      edits.push({ start: start + 1, end, replacement: '' });
    }
    from = end;
  }
}

/** A line that is only `-` (an empty list bullet from OCR). */
export const stripEmptyBullets: CleanStep = {
  name: 'strip-empty-bullets',
  edits: (text) => regexEdits(text, /^[-–]$/gm, deleteMatch),
};

/** A line holding only a 1–3 digit number between blank lines: a page number. */
export const stripPageNumbers: CleanStep = {
  name: 'strip-page-numbers',
  edits: (text) => {
    // Same matches as /(?<=(?:^|\n)\n)\d{1,3}(?=\n\n|\n?$)/g, the blank line before checked by hand (a leading
    // look-behind is tried at every position of the text).
    const edits: Edit[] = [];
    const re = /\d{1,3}(?=\n\n|\n?$)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const p = m.index;
      if (text[p - 1] === '\n' && (p === 1 || text[p - 2] === '\n')) edits.push(...deleteMatch(m));
      else re.lastIndex = p + 1;
    }
    return edits;
  },
};

/**
 * OCR reads the closing `./.` of a paragraph as a short consonant-only token
 * (`thực hiện nk`). Every Vietnamese syllable has a vowel and abbreviations
 * are upper case, so a lower-case vowel-less token ending a paragraph is junk.
 */
export const stripVowellessTail: CleanStep = {
  name: 'strip-vowelless-tail',
  edits: (text) => {
    // Same matches as /(?<=\p{L}) ([b-df-hj-np-tv-xz]{1,3})(?=\n\n|\n?$)/gu, found from the paragraph ends
    // backwards: a scan of the whole text for that pattern was one of the costliest clean steps. At a paragraph
    // end the consonants before it decide: one to three of them after a space (more, and no space fits).
    const edits: Edit[] = [];
    const atEnd = (e: number): void => {
      let run = 0;
      while (run < 4 && e - 1 - run >= 0 && isTailConsonant(text.charCodeAt(e - 1 - run))) run++;
      const p = e - 1 - run;
      if (run === 0 || run === 4 || p < 0 || text[p] !== ' ') return;
      if (LETTER_BEFORE.test(text.slice(Math.max(0, p - 2), p))) edits.push({ start: p, end: e, replacement: '' });
    };
    for (let at = text.indexOf('\n\n'); at >= 0; at = text.indexOf('\n\n', at + 1)) atEnd(at);
    if (text.endsWith('\n')) atEnd(text.length - 1);
    atEnd(text.length);
    return edits;
  },
};

/** The consonant letters of [b-df-hj-np-tv-xz]. */
function isTailConsonant(code: number): boolean {
  return code >= 0x62 && code <= 0x7a && code !== 0x65 && code !== 0x69 && code !== 0x6f && code !== 0x75 && code !== 0x79;
}

/** The last code point of a two-unit window is a letter (a lone low surrogate is not). */
const LETTER_BEFORE = /\p{L}$/u;

const LIST_MARKER = /^(?:[-–+•]\s|\d{1,2}[.)]\s|[a-zđ]\)\s)/u;
const TERMINAL = /[.;:,!?)]$/;
/** Lines at least this long that continue on the next line were wrapped, not ended. */
export const WRAPPED_LINE_MIN_LENGTH = 50;

/**
 * Re-joins hyphenless line wraps inside a paragraph: a long line followed by
 * a non-blank line is one line, unless the next line starts a list item after
 * a line that ended its clause. Header lines are short, so they stay apart.
 */
export const joinWrappedLines: CleanStep = {
  name: 'join-wrapped-lines',
  edits: (text) => {
    const edits: Edit[] = [];
    let lineStart = 0;
    while (lineStart < text.length) {
      const newline = text.indexOf('\n', lineStart);
      if (newline < 0) break;
      const line = text.slice(lineStart, newline);
      const nextEnd = text.indexOf('\n', newline + 1);
      const next = text.slice(newline + 1, nextEnd < 0 ? text.length : nextEnd);
      const nextTrimmed = next.trimStart();
      const joinable =
        line.trim().length >= WRAPPED_LINE_MIN_LENGTH &&
        nextTrimmed.length > 0 &&
        next === nextTrimmed &&
        !/^(?:Nơi nhận|Noi nh|Kính gửi|Người ký|Cơ quan:|Email:|Thời gian ký)/iu.test(nextTrimmed) &&
        !(LIST_MARKER.test(nextTrimmed) && TERMINAL.test(line.trimEnd()));
      if (joinable) {
        edits.push({ start: newline, end: newline + 1, replacement: ' ' });
      }
      lineStart = newline + 1;
    }
    return edits;
  },
};

/** Order matters: markers first so that lines become empty before blank-line rules look at them. */
export const DEFAULT_CLEAN_STEPS: readonly CleanStep[] = [
  normalizeSpaces,
  splitColumns,
  stripEmphasisMarkers,
  stripFootnoteMarks,
  stripHeadingMarks,
  stripAsterisks,
  collapseSpaces,
  stripEmptyBullets,
  stripPageNumbers,
  stripVowellessTail,
  joinWrappedLines,
];
