import { foldDiacritics } from '../../shared/fold';
import type { FoldedText } from './folded-text';
import {
  ISSUER_INTRO,
  ISSUER_MAX_WORDS,
  ISSUER_NEW_BLOCK_LINE,
  ISSUER_STOP_AT_NUMBER,
  ISSUER_WORD,
  ISSUER_PHONG_CHONG_COMMA,
  ISSUER_STOP_PAIRS,
  ISSUER_STOP_PUNCTUATION,
  ISSUER_STOP_WORDS,
  TYPE_WORD_PATTERN,
} from './patterns';

/** An issuer phrase after `của`, as written (whitespace collapsed, markdown marks removed). */
export interface IssuerMatch {
  text: string;
  /** Folded offset just after the last word of the phrase. */
  end: number;
}

interface Token {
  start: number;
  end: number;
  folded: string;
  original: string;
}


function fold(word: string): string {
  return foldDiacritics(word).toLowerCase();
}

const FOLDED_STOP_WORDS = new Set([...ISSUER_STOP_WORDS].map(fold));
const FOLDED_STOP_PAIRS = new Set([...ISSUER_STOP_PAIRS].map(fold));

/** Diacritic-aware membership; a word without diacritics (OCR lost them) is compared folded. */
function inSet(word: string, exact: ReadonlySet<string>, folded: ReadonlySet<string>): boolean {
  const lower = word.normalize('NFC').toLowerCase();
  if (exact.has(lower)) return true;
  return /^[\x00-\x7f]*$/.test(lower) && folded.has(lower);
}

function startsUpper(original: string): boolean {
  const letter = /\p{L}/u.exec(original);
  return letter !== null && letter[0] !== letter[0].toLowerCase();
}

function nextToken(folded: FoldedText, original: string, at: number): { token: Token; blankLine: boolean } | null {
  let p = at;
  let newlines = 0;
  const text = folded.text;
  while (p < text.length && /\s/u.test(text[p])) {
    if (text[p] === '\n') newlines += 1;
    p += 1;
  }
  if (p >= text.length || ISSUER_STOP_PUNCTUATION.test(text[p])) return null;
  const word = ISSUER_WORD_STICKY;
  word.lastIndex = p;
  const m = word.exec(text);
  if (!m) return null;
  const end = p + m[0].length;
  const token: Token = {
    start: p,
    end,
    folded: m[0],
    original: original.slice(folded.starts[p], folded.ends[end - 1]),
  };
  if (newlines === 1) {
    const origStart = folded.starts[p];
    const lineStart = original.lastIndexOf('\n', origStart - 1) + 1;
    if (ISSUER_NEW_BLOCK_LINE.test(original.slice(lineStart, origStart + 12))) return { token, blankLine: true };
  }
  return { token, blankLine: newlines >= 2 };
}

const ISSUER_WORD_STICKY = new RegExp(ISSUER_WORD.source, 'uy');
const TYPE_WORD_STICKY = new RegExp(TYPE_WORD_PATTERN.source, 'uy');
const INTRO_STICKY = new RegExp(ISSUER_INTRO.source, 'uy');
const PHONG_CHONG_STICKY = new RegExp(ISSUER_PHONG_CHONG_COMMA.source, 'uy');

function startsTypeWord(folded: FoldedText, at: number): boolean {
  const re = TYPE_WORD_STICKY;
  re.lastIndex = at;
  return re.test(folded.text);
}

/** Issuer value as written: markdown marks and footnotes removed, whitespace collapsed. */
function cleanIssuer(raw: string): string {
  return raw
    .replace(/\^\{[^}]*\}/g, '')
    .replace(/[*~\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Reads `của <issuer>` at folded offset `at`: the body's name up to the
 * first stop (punctuation, a blank line, a lower-case function word or verb,
 * `và` before a lower-case word or a type word, a date or code, or
 * ISSUER_MAX_WORDS words). The first word must be capitalised: `của các cơ
 * quan` and `của pháp luật` name no issuer.
 */
export function readIssuerAt(folded: FoldedText, original: string, at: number): IssuerMatch | null {
  const intro = INTRO_STICKY;
  intro.lastIndex = at;
  const m = intro.exec(folded.text);
  if (!m) return null;
  let p = at + m[0].length;
  const words: Token[] = [];
  while (words.length < ISSUER_MAX_WORDS) {
    if (words.length > 0 && words[words.length - 1].folded === 'phong') {
      const comma = PHONG_CHONG_STICKY;
      comma.lastIndex = p;
      const c = comma.exec(folded.text);
      if (c) p += c[0].length - 'chong'.length;
    }
    const next = nextToken(folded, original, p);
    if (!next || next.blankLine) break;
    const { token } = next;
    const lower = !startsUpper(token.original);
    if (words.length === 0 && lower) return null;
    if (ISSUER_STOP_AT_NUMBER.test(token.folded)) break;
    if (words.length > 0 && startsTypeWord(folded, token.start)) break;
    if (lower && token.folded === 'va') {
      const after = nextToken(folded, original, token.end);
      if (!after || after.blankLine || !startsUpper(after.token.original) || startsTypeWord(folded, after.token.start)) {
        break;
      }
    } else if (lower && inSet(token.original, ISSUER_STOP_WORDS, FOLDED_STOP_WORDS)) {
      break;
    } else if (lower) {
      const after = nextToken(folded, original, token.end);
      if (after && inSet(`${token.original} ${after.token.original}`, ISSUER_STOP_PAIRS, FOLDED_STOP_PAIRS)) break;
    }
    words.push(token);
    p = token.end;
  }
  // A trailing dash or `và` belongs to no name.
  while (words.length > 0 && /^(?:[-\u2010-\u2014]+|va)$/u.test(words[words.length - 1].folded)) words.pop();
  if (words.length === 0) return null;
  const last = words[words.length - 1];
  const startOriginal = folded.starts[words[0].start];
  const endOriginal = folded.ends[last.end - 1];
  const text = cleanIssuer(original.slice(startOriginal, endOriginal));
  if (text.length === 0) return null;
  return { text, end: last.end };
}
