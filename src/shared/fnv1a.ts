/**
 * FNV-1a, 32 bits, over UTF-16 code units: the small hash of words and keys
 * (reuse shingles, matchKey hashes). Its constants are here once for the
 * loops that hash as they fold instead of calling `fnv1a32`.
 */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

export function fnv1a32(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}
