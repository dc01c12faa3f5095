import { foldDiacritics } from '../../shared/fold';

/**
 * Folded, lower-cased text of exactly the same length, so a match in it is
 * a span of the original. Folding character by character keeps offsets: a
 * precomposed Vietnamese letter folds to one letter; anything that would
 * change length (a stray combining mark) is kept as it is.
 */
export function foldKeepingOffsets(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const folded = ch.charCodeAt(0) < 0x80 ? ch.toLowerCase() : foldDiacritics(ch).toLowerCase();
    out += folded.length === 1 ? folded : ch;
  }
  return out;
}
