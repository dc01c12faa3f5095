/**
 * Small non-cryptographic 32-bit hashes for shingling and MinHash. Written
 * here (a dozen lines) rather than pulled in: reuse detection hashes every
 * word of every document, so it must be allocation-free and dependency-free.
 */

import { FNV_OFFSET, FNV_PRIME } from '../../shared/fnv1a';

/** murmur3's finaliser: spreads every input bit over the output, so `fmix32(x ^ seed)` acts as a cheap permutation. */
export function fmix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Order-sensitive combination of 32-bit values (FNV-1a over words instead of bytes, then mixed). */
export function combine32(values: ArrayLike<number>, from: number, to: number, seed = FNV_OFFSET): number {
  let h = seed | 0;
  for (let i = from; i < to; i++) {
    h ^= values[i]!;
    h = Math.imul(h, FNV_PRIME);
  }
  return fmix32(h);
}
