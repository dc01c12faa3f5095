import { foldDiacritics } from '../../shared/fold';

/**
 * Folded, lower-cased text of exactly the same length, so a match in it is
 * a span of the original. Folding code unit by code unit keeps offsets: a
 * precomposed Vietnamese letter folds to one letter; anything that would
 * change length (a stray combining mark) is kept as it is.
 */
export function foldKeepingOffsets(text: string): string {
  // A text longer than any document gets a buffer of its own, not kept.
  const units = text.length > MAX_SCRATCH ? new Uint16Array(text.length) : growScratch(text.length);
  for (let i = 0; i < text.length; i++) units[i] = foldedUnit(text.charCodeAt(i));
  // Appending character by character built a rope that every regex then had to flatten.
  let out = '';
  for (let i = 0; i < text.length; i += CHUNK) {
    out += String.fromCharCode.apply(null, units.subarray(i, Math.min(i + CHUNK, text.length)) as unknown as number[]);
  }
  return out;
}

/** Below the engine's limit on call arguments. */
const CHUNK = 4096;

/**
 * One buffer for every call: a new array each call allocated memory outside
 * the heap, and with a national corpus's texts alive the collector ran so
 * often that folding them took 17.3 s instead of 2.5 s.
 */
let scratch = new Uint16Array(CHUNK);
const MAX_SCRATCH = 1 << 20;

function growScratch(length: number): Uint16Array {
  if (scratch.length < length) scratch = new Uint16Array(Math.min(MAX_SCRATCH, Math.max(length, scratch.length * 2)));
  return scratch;
}

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
