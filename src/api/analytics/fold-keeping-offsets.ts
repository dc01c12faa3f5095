import { foldDiacritics } from '../../shared/fold';

/**
 * Folded, lower-cased text of exactly the same length, so a match in it is
 * a span of the original. Folding character by character keeps offsets: a
 * precomposed Vietnamese letter folds to one letter; anything that would
 * change length (a stray combining mark) is kept as it is.
 */
export function foldKeepingOffsets(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i] as string);
  return out;
}

/** Vietnamese text uses a few hundred distinct characters: fold each once. */
const folds = new Map<string, string>();

function foldChar(ch: string): string {
  if (ch.charCodeAt(0) < 0x80) return ch.toLowerCase();
  let folded = folds.get(ch);
  if (folded === undefined) {
    const f = foldDiacritics(ch).toLowerCase();
    folded = f.length === 1 ? f : ch;
    if (folds.size < 10_000) folds.set(ch, folded);
  }
  return folded;
}
