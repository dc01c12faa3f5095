import { DEFAULT_REUSE_BUCKET_PARAMS, passageWindowStarts, windowsAt, type ReuseBucketParams } from './reuse-buckets';
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
  const words = new TemplateWords(wordHashes, stopBuckets, params);
  words.share(0, wordHashes.length);
  return words.mask;
}

/**
 * `templateWordMask` worked out only where it is asked about: the windows
 * covering the words of each range asked, once each. Text reuse asks about
 * the passages a document shares with its candidates, a quarter of its
 * words on the 10k generated corpus (1.35 of 5.26 million words in 8,575
 * documents), and hashing every window of the document for its keys was
 * ≈ 7% of the reuse pass.
 */
export class TemplateWords {
  /** Exact for every word whose covering windows are all `known`; the words asked about so far. */
  readonly mask: Uint8Array;
  private readonly shingles: Uint32Array;
  private readonly starts: number[];
  private readonly known: Uint8Array;

  constructor(
    wordHashes: Uint32Array,
    private readonly stopBuckets: ReadonlySet<string>,
    private readonly params: Readonly<ReuseBucketParams> = DEFAULT_REUSE_BUCKET_PARAMS,
  ) {
    this.mask = new Uint8Array(wordHashes.length);
    this.shingles = stopBuckets.size === 0 ? new Uint32Array(0) : shingleHashes(wordHashes, params.shingleSize);
    this.starts = this.shingles.length === 0 ? [] : passageWindowStarts(this.shingles.length, params);
    this.known = new Uint8Array(this.starts.length);
  }

  /** Share of words `[from, to)` in windows with a stop key: `maskedShare(templateWordMask(…), from, to)`. */
  share(from: number, to: number): number {
    const wanted: number[] = [];
    // Window w covers words [starts[w], end − 1 + shingleSize): it starts before `to` and ends after `from`.
    for (let w = 0; w < this.starts.length && this.starts[w]! < to; w++) {
      if (this.known[w] === 0 && this.coverEnd(w) > from) wanted.push(w);
    }
    if (wanted.length > 0) {
      const windows = windowsAt(this.shingles, wanted.map((w) => this.starts[w]!), this.params);
      windows.forEach((window, k) => {
        this.known[wanted[k]!] = 1;
        if (window.keys.some((key) => this.stopBuckets.has(key))) this.mask.fill(1, window.start, this.coverEnd(wanted[k]!));
      });
    }
    return maskedShare(this.mask, from, to);
  }

  /** Windows hashed so far (each once). */
  get hashedWindows(): number {
    return this.known.reduce((n, k) => n + k, 0);
  }

  private coverEnd(w: number): number {
    const end = Math.min(this.shingles.length, this.starts[w]! + this.params.window);
    return Math.min(this.mask.length, end - 1 + this.params.shingleSize);
  }
}

/** Share of words `[from, to)` marked in `mask` (0 for an empty range). */
export function maskedShare(mask: Uint8Array, from: number, to: number): number {
  if (to <= from) return 0;
  let marked = 0;
  for (let i = from; i < to; i++) marked += mask[i]!;
  return marked / (to - from);
}
