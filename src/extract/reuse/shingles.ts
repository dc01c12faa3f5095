import { combine32 } from './hash32';
import { reuseTokens } from './reuse-tokens';

/** Words per shingle: long enough that genre phrases (`phòng, chống dịch Covid-19`) rarely form a whole shingle by chance. */
export const SHINGLE_SIZE = 5;

/**
 * 32-bit hashes of the word `size`-grams of the word hashes, in text order
 * (duplicates kept: alignment needs positions). A text shorter than `size`
 * words gives one shingle of all its words; an empty text gives none.
 */
export function shingleHashes(wordHashes: Uint32Array, size = SHINGLE_SIZE): Uint32Array {
  const n = wordHashes.length;
  if (n === 0) return new Uint32Array(0);
  if (n < size) return Uint32Array.of(combine32(wordHashes, 0, n));
  const out = new Uint32Array(n - size + 1);
  for (let i = 0; i < out.length; i++) out[i] = combine32(wordHashes, i, i + size);
  return out;
}

/**
 * Shingles of a text for comparison: folded, punctuation-free word
 * `size`-grams hashed to 32-bit ints, in text order.
 */
export function shingles(text: string, size = SHINGLE_SIZE): Uint32Array {
  return shingleHashes(reuseTokens(text).hashes, size);
}
