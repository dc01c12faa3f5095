import { combine32 } from './hash32';
import { permutationSeeds, windowSignatures } from './minhash';
import { reuseWordHashes } from './reuse-tokens';
import { SHINGLE_SIZE, shingleHashes } from './shingles';

/**
 * Tuning of the passage-window LSH. Changing any value changes every key:
 * stored keys must then be recomputed. A whole-document MinHash misses a short
 * letter that copies two paragraphs of a long notice (low Jaccard of the
 * wholes), so each sliding window of shingles (a passage) gets its own
 * signature, banded into keys (`b1:0a3f…`, 13 hex digits). Two texts
 * sharing a passage of about `window + stride` words contain a window of one
 * inside the passage and a window of the other within `stride / 2` shingles
 * of it: Jaccard ≥
 * (window − stride/2) / (window + stride/2) (0.6 for the defaults).
 * Measured with `scripts/bench-reuse.ts` (2,000 synthetic documents of
 * 8.7 K characters, OCR-damaged copies), these defaults put 99.5% of
 * paragraph copies and 77% of single-sentence (20–30 word) copies in a
 * common bucket, with under one spurious candidate per document and about
 * 50 keys per 1,000 characters; 24/12 windows with 4 bands of 3 gave 99.8%
 * and 63% with a third more keys, and rows of 2 gave five times the
 * spurious candidates.
 */
export interface ReuseBucketParams {
  /** Words per shingle. */
  shingleSize: number;
  /** Shingles per passage window. */
  window: number;
  /** Shingles between window starts. */
  stride: number;
  /** LSH bands per window. */
  bands: number;
  /** MinHash values per band. */
  rows: number;
}

export const DEFAULT_REUSE_BUCKET_PARAMS: Readonly<ReuseBucketParams> = Object.freeze({
  shingleSize: SHINGLE_SIZE,
  window: 16,
  stride: 8,
  bands: 2,
  rows: 3,
});

const seedCache = new Map<number, Uint32Array>();

function seedsFor(count: number): Uint32Array {
  let seeds = seedCache.get(count);
  if (!seeds) {
    seeds = permutationSeeds(count);
    seedCache.set(count, seeds);
  }
  return seeds;
}

/**
 * Window starts over `count` shingles: every `stride`, plus one flush with
 * the end so that the tail of the text is covered too.
 */
function windowStarts(count: number, window: number, stride: number): number[] {
  if (count <= window) return [0];
  const starts: number[] = [];
  for (let s = 0; s + window <= count; s += stride) starts.push(s);
  const last = count - window;
  if (starts[starts.length - 1] !== last) starts.push(last);
  return starts;
}

/**
 * MinHash signatures (`windowSignatures`, row-major) of the passage windows
 * starting at `starts` (ascending; all of them by default). A window's
 * signature depends on its own shingles alone, so only the stretch from the
 * first window to the last is hashed.
 */
function passageSignatures(
  hashes: Uint32Array,
  params: Readonly<ReuseBucketParams>,
  starts: readonly number[] = passageWindowStarts(hashes.length, params),
): { starts: readonly number[]; signatures: Uint32Array; perms: number } {
  const { window, bands, rows } = params;
  const seeds = seedsFor(bands * rows);
  const from = starts[0] ?? 0;
  const to = Math.min(hashes.length, (starts[starts.length - 1] ?? 0) + window);
  const within = starts.map((start) => start - from);
  return { starts, signatures: windowSignatures(hashes.subarray(from, to), seeds, within, window, gcd(window, Math.max(1, params.stride))), perms: seeds.length };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Bucket keys of precomputed shingle hashes; see `reuseBuckets`. */
export function bucketsOfShingles(hashes: Uint32Array, params: Readonly<ReuseBucketParams> = DEFAULT_REUSE_BUCKET_PARAMS): string[] {
  if (hashes.length === 0) return [];
  const { bands, rows } = params;
  const { starts, signatures, perms } = passageSignatures(hashes, params);
  // Keys are deduplicated and sorted as numbers (overlapping windows often
  // repeat a band); only distinct keys become strings, the costly part.
  const keys: string[] = [];
  const values = new Float64Array(starts.length);
  for (let b = 0; b < bands; b++) {
    for (let w = 0; w < starts.length; w++) values[w] = bandValue(signatures, w * perms + b * rows, rows, b);
    values.sort();
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (i > 0 && v === values[i - 1]) continue;
      keys.push(bucketKeyName(b, v));
    }
  }
  // Fixed-width hex after a one-digit band: numeric order is string order.
  return bands > 10 ? keys.sort() : keys;
}

/**
 * 52 bits from two independent 32-bit hashes of band `b` of a window's
 * signature (its `rows` values from `at`): accidental collisions stay
 * negligible at 10^8 keys, and the value is exact in a double.
 */
function bandValue(signatures: Uint32Array, at: number, rows: number, b: number): number {
  const lo = combine32(signatures, at, at + rows, 0x9e3779b9 + b);
  const hi = combine32(signatures, at, at + rows, 0x7f4a7c15 ^ b) & 0xfffff;
  return hi * 0x100000000 + lo;
}

/** A passage window of `bucketsOfShingles`: shingles `[start, end)` and the keys it contributed. */
export interface BucketWindow {
  start: number;
  end: number;
  keys: string[];
}

/**
 * The windows behind `bucketsOfShingles`, each with its own keys (the same
 * strings, not deduplicated across windows), so that a key known to be a
 * stop bucket can be traced back to the words it covers.
 */
export function bucketWindows(hashes: Uint32Array, params: Readonly<ReuseBucketParams> = DEFAULT_REUSE_BUCKET_PARAMS): BucketWindow[] {
  if (hashes.length === 0) return [];
  return windowsAt(hashes, passageWindowStarts(hashes.length, params), params);
}

/** Where the passage windows over `count` shingles start (those of `bucketWindows`), ascending. */
export function passageWindowStarts(count: number, params: Readonly<ReuseBucketParams> = DEFAULT_REUSE_BUCKET_PARAMS): number[] {
  return windowStarts(count, params.window, Math.max(1, params.stride));
}

/** `bucketWindows` of some of the windows only: those starting at `starts` (ascending, of `passageWindowStarts`). */
export function windowsAt(hashes: Uint32Array, starts: readonly number[], params: Readonly<ReuseBucketParams> = DEFAULT_REUSE_BUCKET_PARAMS): BucketWindow[] {
  if (starts.length === 0) return [];
  const { window, bands, rows } = params;
  const { signatures, perms } = passageSignatures(hashes, params, starts);
  return starts.map((start, w) => {
    const keys: string[] = [];
    for (let b = 0; b < bands; b++) keys.push(bucketKeyName(b, bandValue(signatures, w * perms + b * rows, rows, b)));
    return { start, end: Math.min(hashes.length, start + window), keys };
  });
}

/** Character codes of the 16 lower-case hex digits. */
const HEX_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

/**
 * The key of band `band` (0–9) with 52-bit value `value`: `b<band>:` and 13
 * lower-case hex digits, made in one string (building it from `toString(16)`
 * pieces was a third of the cost of a document's keys).
 */
export function bucketKeyName(band: number, value: number): string {
  if (!(band >= 0 && band <= 9)) return `b${band}:${hex52(value)}`;
  const hi = Math.floor(value / 0x100000000);
  const lo = value - hi * 0x100000000;
  const h = HEX_CODES;
  return String.fromCharCode(
    0x62,
    0x30 + band,
    0x3a,
    h[(hi >>> 16) & 15]!,
    h[(hi >>> 12) & 15]!,
    h[(hi >>> 8) & 15]!,
    h[(hi >>> 4) & 15]!,
    h[hi & 15]!,
    h[(lo >>> 28) & 15]!,
    h[(lo >>> 24) & 15]!,
    h[(lo >>> 20) & 15]!,
    h[(lo >>> 16) & 15]!,
    h[(lo >>> 12) & 15]!,
    h[(lo >>> 8) & 15]!,
    h[(lo >>> 4) & 15]!,
    h[lo & 15]!,
  );
}

/** 13 lower-case hex digits of a 52-bit integer. */
function hex52(v: number): string {
  const hi = Math.floor(v / 0x100000000);
  const lo = v - hi * 0x100000000;
  return hi.toString(16).padStart(5, '0') + lo.toString(16).padStart(8, '0');
}

/**
 * Locality-sensitive bucket keys of a text (`b3:9f2a…`), deduplicated and
 * sorted. Two texts sharing a paragraph near-verbatim share a key with high
 * probability; unrelated texts of the same genre rarely do. Keys depend only
 * on the text and `params`, never on other documents.
 */
export function reuseBuckets(text: string, params: Readonly<ReuseBucketParams> = DEFAULT_REUSE_BUCKET_PARAMS): string[] {
  return bucketsOfShingles(shingleHashes(reuseWordHashes(text), params.shingleSize), params);
}
