import { bucketWindows, DEFAULT_REUSE_BUCKET_PARAMS, type ReuseBucketParams } from './reuse-buckets';
import { shingleHashes } from './shingles';

/**
 * Template text: words an office writes into every letter (its opening
 * formula, its closing, its addressee list) and that letters therefore share
 * without copying one another. It shows in the bucket statistics: a window
 * of such words lands in a bucket held by more documents than any copied
 * passage is (a stop bucket, see `stopBucketCap`).
 */

/** A passage is template when at least this share of its words lies in stop-bucket windows. */
export const TEMPLATE_WORD_SHARE = 0.5;

/**
 * Per word of a text (as `reuseTokens` splits it, given by its hashes), 1
 * when some passage window covering it has a key in `stopBuckets`, else 0.
 * A window of shingles `[start, end)` covers words `[start, end − 1 +
 * shingleSize)`. The keys must be this text's own (`bucketsOfShingles` of
 * the same words and params).
 */
export function templateWordMask(
  wordHashes: Uint32Array,
  stopBuckets: ReadonlySet<string>,
  params: Readonly<ReuseBucketParams> = DEFAULT_REUSE_BUCKET_PARAMS,
): Uint8Array {
  const mask = new Uint8Array(wordHashes.length);
  if (stopBuckets.size === 0) return mask;
  for (const w of bucketWindows(shingleHashes(wordHashes, params.shingleSize), params)) {
    if (!w.keys.some((k) => stopBuckets.has(k))) continue;
    mask.fill(1, w.start, Math.min(wordHashes.length, w.end - 1 + params.shingleSize));
  }
  return mask;
}

/** Share of words `[from, to)` marked in `mask` (0 for an empty range). */
export function maskedShare(mask: Uint8Array, from: number, to: number): number {
  if (to <= from) return 0;
  let marked = 0;
  for (let i = from; i < to; i++) marked += mask[i]!;
  return marked / (to - from);
}
