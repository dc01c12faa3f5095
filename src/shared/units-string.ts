import { endianness } from 'node:os';

/**
 * The string of UTF-16 units `units[0..length)`, lone surrogates kept.
 * Longer strings are decoded from the units' bytes in one call, which took
 * folding from 57 to 48 ms (matchKey), 110 to 84 ms (foldDiacritics) and 87
 * to 30 ms (foldText) against `String.fromCharCode.apply`, over the 2,097
 * document texts of 2,000 files of the 10k generated corpus. That reads the
 * bytes as UTF-16LE, which they are on a little-endian machine only.
 */
export function unitsToString(units: Uint16Array, length: number): string {
  if (length > SHORT && LITTLE_ENDIAN) return Buffer.from(units.buffer, units.byteOffset, 2 * length).toString('utf16le');
  let out = '';
  for (let at = 0; at < length; at += CHUNK) {
    out += String.fromCharCode.apply(null, units.subarray(at, Math.min(length, at + CHUNK)) as unknown as number[]);
  }
  return out;
}

/**
 * Units a module's reusable scratch buffer may keep between calls: a larger
 * text gets a buffer of its own, so that one 20 MB file does not leave tens
 * of megabytes held by every thread that folded it.
 */
export const SCRATCH_UNITS_MAX = 1 << 20;

/** Below this many units one `fromCharCode` call costs less than making a Buffer. */
const SHORT = 32;
/** Arguments per `apply` call, well under the engine's limit. */
const CHUNK = 8192;
const LITTLE_ENDIAN = endianness() === 'LE';
