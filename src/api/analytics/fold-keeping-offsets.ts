import { foldDiacritics } from '../../shared/fold';

/**
 * Folded, lower-cased text of exactly the same length, so a match in it is
 * a span of the original. Folding code unit by code unit keeps offsets: a
 * precomposed Vietnamese letter folds to one letter; anything that would
 * change length (a stray combining mark) is kept as it is.
 */
export function foldKeepingOffsets(text: string): string {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = foldedUnit(text.charCodeAt(i));
  // Appending character by character built a rope that every regex then had to flatten: tagging a
  // national corpus spent half its time here.
  let out = '';
  for (let i = 0; i < units.length; i += CHUNK) out += String.fromCharCode(...units.subarray(i, i + CHUNK));
  return out;
}

/** Below the engine's limit on call arguments. */
const CHUNK = 4096;

const UNKNOWN = -1;
/** Every UTF-16 code unit's fold, computed the first time the unit is met. */
let folds: Int32Array | null = null;

function foldedUnit(code: number): number {
  folds ??= new Int32Array(0x10000).fill(UNKNOWN);
  let folded = folds[code]!;
  if (folded === UNKNOWN) {
    const ch = String.fromCharCode(code);
    const f = code < 0x80 ? ch.toLowerCase() : foldDiacritics(ch).toLowerCase();
    folded = f.length === 1 ? f.charCodeAt(0) : code;
    folds[code] = folded;
  }
  return folded;
}
