import { assertNever } from '../../shared/assert-never';
import { scanCodes, type CodeMatch, type ParsedCode } from './code-grammar';
import { readDateAt, type DateMatch } from './date-phrase';
import { foldText, originalSpan, type FoldedText } from './folded-text';
import { readIssuerAt, type IssuerMatch } from './issuer-phrase';
import {
  BEFORE_NUMBER,
  GENERIC_BEFORE,
  NUMBER_LIST_ITEM,
  NUMBER_ONLY,
  OWN_NUMBER_BEFORE,
  SELF_REFERENCE_AFTER,
  URGENCY_AFTER_TYPE,
  typeWordMatches,
  typeWordOf,
  type TypeWord,
} from './patterns';
import type { FoundReference, ReferenceForm } from './reference';

/** Longest list of numbers sharing one symbol we follow (`số 2522, 2523/UBND-VX`). */
const MAX_LIST = 20;

const STICKY = new Map<RegExp, RegExp>();

/** Runs `re` anchored at `at` (a compiled sticky twin is cached per pattern). */
function stickyMatch(re: RegExp, text: string, at: number): RegExpExecArray | null {
  let sticky = STICKY.get(re);
  if (!sticky) {
    sticky = new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'y');
    STICKY.set(re, sticky);
  }
  sticky.lastIndex = at;
  return sticky.exec(text);
}

function codeWithNumber(parsed: ParsedCode, number: string): string {
  switch (parsed.family) {
    case 'STATE_LEGAL':
      return `${number}/${parsed.year}/${parsed.symbol}`;
    case 'PARTY':
      return `${number}-${parsed.symbol}`;
    case 'STATE_TYPED':
    case 'STATE_CONG_VAN':
      return `${number}/${parsed.symbol}`;
    default:
      return assertNever(parsed.family);
  }
}

interface Tail {
  date: DateMatch | null;
  issuer: IssuerMatch | null;
  end: number;
}

/** The optional `ngày ...` and `của ...` after a code or a type word. */
function readTail(folded: FoldedText, original: string, at: number): Tail {
  const date = readDateAt(folded, at);
  const afterDate = date ? date.end : at;
  const issuer = readIssuerAt(folded, original, afterDate);
  return { date, issuer, end: issuer ? issuer.end : afterDate };
}

function build(
  folded: FoldedText,
  original: string,
  start: number,
  end: number,
  form: ReferenceForm,
  fields: Omit<FoundReference, 'start' | 'end' | 'text' | 'form'>,
): FoundReference {
  const span = originalSpan(folded, start, end);
  // Field by field rather than a spread of `fields`: a reference is built for every mention, and the spread showed in
  // profiles. Every field of FoundReference is required here, so one added there and not copied fails to compile.
  const reference: { [K in keyof Required<FoundReference>]: FoundReference[K] } = {
    type: fields.type,
    number: fields.number,
    year: fields.year,
    symbol: fields.symbol,
    code: fields.code,
    date: fields.date,
    issuer: fields.issuer,
    issuerCode: fields.issuerCode,
    scope: fields.scope,
    start: span.start,
    end: span.end,
    text: original.slice(span.start, span.end),
    form,
  };
  return reference;
}

function fromCode(
  folded: FoldedText,
  original: string,
  start: number,
  code: CodeMatch,
  number: string,
  type: FoundReference['type'],
  tail: Tail,
  form: ReferenceForm,
): FoundReference {
  const parsed = code.parsed;
  return build(folded, original, start, tail.end, form, {
    type,
    number,
    year: parsed.year ?? tail.date?.year ?? null,
    symbol: parsed.symbol,
    code: codeWithNumber(parsed, number),
    date: tail.date?.iso ?? null,
    issuer: tail.issuer?.text ?? null,
    issuerCode: parsed.issuerCode,
    scope: parsed.scope,
  });
}

function isTitleCased(word: string): boolean {
  const letters = [...word].filter((ch) => ch.toLowerCase() !== ch.toUpperCase());
  if (letters.length === 0) return false;
  const first = letters[0];
  const allUpper = letters.every((ch) => ch !== ch.toLowerCase());
  return first !== first.toLowerCase() && !allUpper;
}

/**
 * Why: a document's own title (`THÔNG BÁO` then `Kết luận của Thủ tướng
 * ...`) reads like an unnumbered reference. The title sits at a line start
 * right under an all-capitals line.
 */
function isUnderCapitalsHeading(original: string, at: number): boolean {
  // Walk back over spaces and markdown only: anything else means the word is not at a line start.
  let lineStart = at;
  while (lineStart > 0 && original[lineStart - 1] !== '\n') {
    if (!/[\s*#_~>-]/u.test(original[lineStart - 1])) return false;
    lineStart -= 1;
  }
  const before = original.slice(Math.max(0, lineStart - 400), lineStart).split('\n');
  for (let k = before.length - 1; k >= 0; k--) {
    const line = before[k].replace(/[*#_~>\\]/g, '').trim();
    if (line.length === 0) continue;
    const letters = [...line].filter((ch) => ch.toLowerCase() !== ch.toUpperCase());
    return letters.length >= 3 && letters.every((ch) => ch !== ch.toLowerCase());
  }
  return false;
}

/** `Số: 3953/UBND-KGVX` at a line start: the document's own number (a bounded look back keeps this linear). */
function isOwnNumber(folded: FoldedText, original: string, codeStart: number): boolean {
  const from = Math.max(0, codeStart - 40);
  const window = (from > 0 ? '\u0000' : '') + folded.text.slice(from, codeStart);
  const m = OWN_NUMBER_BEFORE.exec(window);
  if (!m) return false;
  // Why the capital: headers print `Số:`/`SỐ`; a line starting `số 2468/...` continues a sentence.
  const soAt = from - (from > 0 ? 1 : 0) + m.index + m[0].search(/so/u);
  const first = original[folded.starts[soAt]] ?? '';
  return first !== first.toLowerCase();
}

function numberedOrList(
  folded: FoldedText,
  original: string,
  word: TypeWord,
  wordStart: number,
  afterWord: number,
  codesByStart: ReadonlyMap<number, CodeMatch>,
  consumed: Set<number>,
  allowNumberOnly: boolean,
): FoundReference[] | null {
  const before = stickyMatch(BEFORE_NUMBER, folded.text, afterWord);
  let p = afterWord + (before ? before[0].length : 0);
  const listed: Array<{ number: string; start: number }> = [];
  while (!codesByStart.has(p) && listed.length < MAX_LIST) {
    const item = stickyMatch(NUMBER_LIST_ITEM, folded.text, p);
    if (!item) break;
    listed.push({ number: item[1], start: p });
    p += item[0].length;
  }
  const code = codesByStart.get(p);
  if (!code) return allowNumberOnly ? numberOnly(folded, original, word, wordStart, afterWord, listed, p) : null;
  consumed.add(code.start);
  const tail = readTail(folded, original, code.end);
  const type = word.generic ? code.parsed.type : word.type;
  const refs = listed.map((item, k) =>
    fromCode(folded, original, k === 0 ? wordStart : item.start, code, item.number, type, tail, 'numbered'),
  );
  refs.push(
    fromCode(folded, original, listed.length ? code.start : wordStart, code, code.parsed.number, type, tail, 'numbered'),
  );
  return refs;
}

/** `Chỉ thị 16 của Thủ tướng Chính phủ`, `các Chỉ thị 15, 16 và 19`: numbers without a symbol. */
function numberOnly(
  folded: FoldedText,
  original: string,
  word: TypeWord,
  wordStart: number,
  afterWord: number,
  listed: Array<{ number: string; start: number }>,
  at: number,
): FoundReference[] | null {
  if (!word.numberOnly) return null;
  const wordSpan = originalSpan(folded, wordStart, afterWord);
  if (!isTitleCased(original.slice(wordSpan.start, wordSpan.end))) return null;
  const last = stickyMatch(NUMBER_ONLY, folded.text, at);
  if (!last) return null;
  const items = [...listed, { number: last[1], start: at }];
  // Why: `Nghị quyết 2021` names a year, and list items are short numbers too.
  if (items.some((item) => item.number.length > 4 || /^(?:19|20)\d\d$/.test(item.number))) return null;
  const tail = readTail(folded, original, at + last[1].length);
  return items.map((item, k) =>
    build(folded, original, k === 0 ? wordStart : item.start, Math.max(tail.end, at + last[1].length), 'number-only', {
      type: word.type,
      number: item.number,
      year: tail.date?.year ?? null,
      symbol: null,
      code: null,
      date: tail.date?.iso ?? null,
      issuer: tail.issuer?.text ?? null,
      issuerCode: null,
      scope: null,
    }),
  );
}

function unnumbered(
  folded: FoldedText,
  original: string,
  word: TypeWord,
  wordStart: number,
  afterWord: number,
): FoundReference | null {
  if (word.unnumbered === 'never') return null;
  const wordSpan = originalSpan(folded, wordStart, afterWord);
  if (!isTitleCased(original.slice(wordSpan.start, wordSpan.end))) return null;
  if (GENERIC_BEFORE.test(folded.text.slice(Math.max(0, wordStart - 12), wordStart))) return null;
  if (isUnderCapitalsHeading(original, wordSpan.start)) return null;
  // Urgency words may sit between the type and the rest: `Công điện khẩn của Thủ tướng Chính phủ`.
  const urgency = stickyMatch(URGENCY_AFTER_TYPE, folded.text, afterWord);
  const tail = readTail(folded, original, afterWord + (urgency ? urgency[0].length : 0));
  if (!tail.date && (!tail.issuer || word.unnumbered === 'with-date')) return null;
  return build(folded, original, wordStart, tail.end, 'unnumbered', {
    type: word.type,
    number: null,
    year: tail.date?.year ?? null,
    symbol: null,
    code: null,
    date: tail.date?.iso ?? null,
    issuer: tail.issuer?.text ?? null,
    issuerCode: null,
    scope: null,
  });
}

export interface FindReferencesOptions {
  /**
   * Also report numbers without a symbol after a title-cased type word
   * (`theo Chỉ thị 16 của Thủ tướng Chính phủ`, `các Chỉ thị 15, 16 và 19`)
   * with `form: 'number-only'`, number set and code null. Off by default:
   * such a reference cannot be identified by code, and an identity built
   * from type + issuer + date alone would merge `Chỉ thị 15` with `Chỉ thị 16`.
   */
  numberOnly?: boolean;
}

/**
 * Every reference to another instrument in `text`, in order of appearance
 * (domain.md §3): numbered (`Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ
 * tướng Chính phủ`, lists sharing a symbol `các Công văn số 2522, 2523/UBND-VX`),
 * bare codes (`128/NQ-CP`), and unnumbered (`Điện ngày 21/7/2021 của
 * Thường trực Ban Bí thư`). Matching runs on a folded view, so OCR noise
 * (`Quyet dinh`, `16/CT/TTg`, `~~3953~~`, line breaks) still parses; spans and
 * `text` are in the given string (`text === input.slice(start, end)`).
 *
 * Not references: self-references (`Chỉ thị này`), verb uses (`Quyết định
 * dừng ...`), generic phrases (`các văn bản chỉ đạo của Bộ Chính trị`), a
 * title under a capitals heading, the document's own `Số: ...` line.
 * In a shared-symbol list every number gets its own reference; all but the
 * last span from their number (the first from the type word) to the end of
 * the shared tail, so such spans overlap. Pure; never throws on a string.
 */
export function findReferences(text: string, options: FindReferencesOptions = {}): FoundReference[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  return findReferencesInFold(text, foldText(text), options);
}

/** `findReferences` of `text` whose fold (`foldText(text)`) the caller has, and reads again. */
export function findReferencesInFold(text: string, folded: FoldedText, options: FindReferencesOptions = {}): FoundReference[] {
  if (text.length === 0) return [];
  const codes = scanCodes(folded, text);
  const codesByStart = new Map(codes.map((c) => [c.start, c] as const));
  const consumed = new Set<number>();
  const refs: FoundReference[] = [];

  for (const m of typeWordMatches(folded.text)) {
    const word = typeWordOf(m[1]);
    if (!word) continue;
    const wordStart = m.index;
    const afterWord = wordStart + m[0].length;
    if (stickyMatch(SELF_REFERENCE_AFTER, folded.text, afterWord)) continue;
    const numbered = numberedOrList(folded, text, word, wordStart, afterWord, codesByStart, consumed, options.numberOnly === true);
    if (numbered) {
      refs.push(...numbered);
      continue;
    }
    const single = unnumbered(folded, text, word, wordStart, afterWord);
    if (single) refs.push(single);
  }

  for (const code of codes) {
    if (consumed.has(code.start) || !code.codeLike) continue;
    if (isOwnNumber(folded, text, code.start)) continue;
    const tail = readTail(folded, text, code.end);
    refs.push(fromCode(folded, text, code.start, code, code.parsed.number, code.parsed.type, tail, 'bare'));
  }

  return refs.sort((a, b) => a.start - b.start || a.end - b.end);
}
