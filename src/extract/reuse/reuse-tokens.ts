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

function foldWord(word: string): string {
  return foldDiacritics(word).toLowerCase();
}

export function reuseTokens(text: string): ReuseTokens {
  // Folding the whole text once is much cheaper than once per word; it keeps
  // offsets only when it keeps the length (true for NFC Vietnamese), so check.
  const foldedWhole = foldDiacritics(text).toLowerCase();
  const sameLength = foldedWhole.length === text.length;
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const folded = sameLength ? foldedWhole.slice(start, end) : foldWord(m[0]);
    if (folded.length === 0) continue;
    words.push(folded);
    starts.push(start);
    ends.push(end);
  }
  const hashes = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) hashes[i] = fnv1a32(words[i]!);
  return { words, hashes, starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
}
