import type { SourceSpan } from './span';

/**
 * Where each character of a document's stored (cleaned, page-ordered) text
 * stands in its NFC source file, run-length encoded as flat triples
 * `[textStart, sourceStart, length, ...]`: cleaning only deletes characters or
 * swaps one for one, so the map is a few runs, not one number per character.
 * It lets a fact found later in the stored text (a repeated passage) point
 * back at the source, as every piece of evidence must.
 */
export type TextMap = number[];

/** Encodes `offsets[i]` = source offset of text character i. */
export function encodeTextMap(offsets: ArrayLike<number>): TextMap {
  const map: TextMap = [];
  let runText = 0;
  for (let i = 1; i <= offsets.length; i++) {
    const continues = i < offsets.length && offsets[i] === offsets[i - 1]! + 1;
    if (!continues) {
      map.push(runText, offsets[runText]!, i - runText);
      runText = i;
    }
  }
  return map;
}

/**
 * The source span of text range [start, end): from the source offset of its
 * first character to just past its last. Null for an empty or out-of-range
 * range, an empty map, or a range whose runs go backwards in the source (a
 * passage running across pages that the segmenter put back in order): one
 * span cannot cover it without covering other text.
 */
export function mapTextRange(map: TextMap, file: string, start: number, end: number): SourceSpan | null {
  if (end <= start || start < 0) return null;
  const firstRun = runIndex(map, start);
  const lastRun = runIndex(map, end - 1);
  if (firstRun === null || lastRun === null) return null;
  for (let r = firstRun + 1; r <= lastRun; r++) {
    if (map[r * 3 + 1]! < map[(r - 1) * 3 + 1]! + map[(r - 1) * 3 + 2]!) return null;
  }
  const first = map[firstRun * 3 + 1]! + (start - map[firstRun * 3]!);
  const last = map[lastRun * 3 + 1]! + (end - 1 - map[lastRun * 3]!);
  return { file, start: first, end: last + 1 };
}

function runIndex(map: TextMap, textOffset: number): number | null {
  let lo = 0;
  let hi = map.length / 3 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const runStart = map[mid * 3]!;
    const runLength = map[mid * 3 + 2]!;
    if (textOffset < runStart) hi = mid - 1;
    else if (textOffset >= runStart + runLength) lo = mid + 1;
    else return mid;
  }
  return null;
}
