/**
 * Integer forms of reuse bucket keys for the `reuse_postings` table. A key of
 * `reuseBuckets` (`b<band>:<13 hex digits>`) is its 52-bit value above the
 * band (`band · 2^52 + value`): exact, so two keys collide only if the
 * strings are equal, and a quarter of the bytes of the text in every index
 * entry. Any other string (test fixtures, other producers) gets a 53-bit hash
 * on the negative side, which no `reuseBuckets` key can reach.
 */

import { bucketKeyName } from '../../extract/reuse/reuse-buckets';

const TWO_POW_52 = 0x10000000000000;

/** The stored integer of a bucket key; a bigint only for bands 2–9, whose keys pass 2^53. */
export function bucketKey(bucket: string): number | bigint {
  const value = hexKeyValue(bucket);
  if (value < 0) return -1 - hash53(bucket);
  const band = bucket.charCodeAt(1) - 48;
  return band < 2 ? band * TWO_POW_52 + value : (BigInt(band) << 52n) + BigInt(value);
}

/**
 * The number of a key of band 0 or 1 in the form `reuseBuckets` gives, which
 * `bucketKeyString` spells back exactly; null for any other key.
 */
export function exactBucketKey(bucket: string): number | null {
  const value = hexKeyValue(bucket);
  if (value < 0 || bucket.charCodeAt(1) > 49) return null;
  return (bucket.charCodeAt(1) - 48) * TWO_POW_52 + value;
}

/**
 * The 52-bit value of a key `b<digit>:<13 lower-case hex digits>`, −1 for
 * any other string. Why by hand: ingest converts ≈ 140 keys a document on
 * the writing thread, and a regular expression, a slice and `parseInt` each
 * took most of a microsecond.
 */
function hexKeyValue(bucket: string): number {
  if (bucket.length !== 16 || bucket.charCodeAt(0) !== 0x62 || bucket.charCodeAt(2) !== 0x3a) return -1;
  const band = bucket.charCodeAt(1);
  if (band < 0x30 || band > 0x39) return -1;
  let value = 0;
  for (let i = 3; i < 16; i++) {
    const c = bucket.charCodeAt(i);
    const digit = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;
    if (digit < 0) return -1;
    // 13 digits are 52 bits: exact in a double.
    value = value * 16 + digit;
  }
  return value;
}

/** The key string of an `exactBucketKey` number (its inverse). */
export function bucketKeyString(key: number): string {
  const band = key >= TWO_POW_52 ? 1 : 0;
  return bucketKeyName(band, key - band * TWO_POW_52);
}

/** A JSON array of the keys' integers, for `json_each` (JSON.stringify refuses bigints). */
export function bucketKeyList(buckets: readonly string[]): string {
  let list = '[';
  for (let i = 0; i < buckets.length; i++) {
    const key = bucketKey(buckets[i]!);
    list += (i === 0 ? '' : ',') + (typeof key === 'number' ? integerDecimal(key) : String(key));
  }
  return list + ']';
}

/** `bucketKeyList` of keys given as their `exactBucketKey` numbers. */
export function exactKeyList(keys: Float64Array): string {
  let list = '[';
  for (let i = 0; i < keys.length; i++) list += (i === 0 ? '' : ',') + integerDecimal(keys[i]!);
  return list + ']';
}

/**
 * `String(v)` for a safe integer, from two integers below 10^8 (small
 * integers the engine spells fast): a 52-bit key through `String` took
 * ≈ 300 ns, most of the writer's cost of staging a document's ≈ 140 keys.
 */
export function integerDecimal(v: number): string {
  if (v < 0) return `-${integerDecimal(-v)}`;
  if (v < 1e8) return String(v);
  const high = Math.floor(v / 1e8);
  const low = String(v - high * 1e8);
  return String(high) + '00000000'.slice(low.length) + low;
}

/**
 * The same conversion in SQL, for the migration of stored text keys (a
 * released migration cannot call JavaScript); keys of other forms have no
 * SQL equivalent and are not carried over.
 */
export const SQL_BUCKET_KEY_FORM = `b[0-9]:${'[0-9a-f]'.repeat(13)}`;
export function sqlBucketKey(column: string): string {
  const digits = Array.from(
    { length: 13 },
    (_, k) => `(instr('0123456789abcdef', substr(${column}, ${4 + k}, 1)) - 1) * ${16 ** (12 - k)}`,
  );
  return `(unicode(substr(${column}, 2, 1)) - 48) * ${TWO_POW_52} + ${digits.join(' + ')}`;
}

/** FNV-1a over UTF-16 code units, twice with different offsets: 21 + 32 bits. */
function hash53(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  return (b >>> 11) * 0x100000000 + (a >>> 0);
}
