import { foldDiacritics } from '../../shared/fold';
import { fnv1a32 } from './hash32';

/**
 * The words of a text as text reuse compares them: folded (diacritics
 * removed, `đ`→`d`, lower case) so that OCR variants such as `phuong châm` /
 * `phương châm` meet, punctuation dropped, each word keeping its offsets in
 * the text as given, so that passages can be reported in the original.
 */
export interface ReuseTokens {
  /** Folded words. */
  readonly words: readonly string[];
  /** FNV-1a of each folded word. */
  readonly hashes: Uint32Array;
  /** Start offset (UTF-16, in the input) of each word. */
  readonly starts: Uint32Array;
  /** End offset (exclusive) of each word. */
  readonly ends: Uint32Array;
}

// Letters, digits and combining marks: marks belong to the word when the input is not NFC.
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const COMBINING = /[\u0300-\u036f]/;

/**
 * Folding of single UTF-16 code units, filled on first use: `foldDiacritics`
 * normalises twice and runs a regex, which dominated the cost of a whole
 * corpus; precomposed (NFC) letters fold one code unit to one, so a table
 * gives the same result and keeps offsets.
 */
let foldTable: Uint16Array | null = null;

function foldUnit(code: number): number {
  if (foldTable === null) {
    foldTable = new Uint16Array(0x10000);
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) {
        foldTable[c] = c;
        continue;
      }
      const f = foldDiacritics(String.fromCharCode(c)).toLowerCase();
      foldTable[c] = f.length === 1 ? f.charCodeAt(0) : c;
    }
  }
  return foldTable[code]!;
}

function foldSameLength(text: string): string {
  const parts: string[] = [];
  const CHUNK = 4096;
  for (let from = 0; from < text.length; from += CHUNK) {
    const to = Math.min(text.length, from + CHUNK);
    const units = new Array<number>(to - from);
    for (let i = from; i < to; i++) units[i - from] = foldUnit(text.charCodeAt(i));
    parts.push(String.fromCharCode(...units));
  }
  return parts.join('');
}

export function reuseTokens(text: string): ReuseTokens {
  // Without combining marks (NFC input), folding unit by unit keeps offsets;
  // otherwise each word is folded on its own (marks drop, lengths change).
  const folded = COMBINING.test(text) ? null : foldSameLength(text);
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const word = folded !== null ? folded.slice(start, end) : foldDiacritics(m[0]).toLowerCase();
    if (word.length === 0) continue;
    words.push(word);
    starts.push(start);
    ends.push(end);
  }
  const hashes = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) hashes[i] = fnv1a32(words[i]!);
  return { words, hashes, starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
}
