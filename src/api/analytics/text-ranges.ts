/** Half-open character ranges `[start, end)` into one text. */
export interface CharRange {
  start: number;
  end: number;
}

/** Sorted, overlapping and touching ranges merged. */
export function mergeRanges(ranges: readonly CharRange[]): CharRange[] {
  const sorted = [...ranges].filter((r) => r.end > r.start).sort((x, y) => x.start - y.start || x.end - y.end);
  const merged: CharRange[] = [];
  for (const r of sorted) {
    const last = merged.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ start: r.start, end: r.end });
  }
  return merged;
}

/** Characters of `text` inside `ranges` that are not white space (layout must not count as content). */
export function contentCharsIn(text: string, ranges: readonly CharRange[]): number {
  let n = 0;
  for (const r of mergeRanges(ranges)) n += contentChars(text.slice(r.start, r.end));
  return n;
}

export function contentChars(text: string): number {
  return text.replace(/\s+/gu, '').length;
}

/**
 * The parts of `[0, length)` outside `covered`, trimmed of surrounding white
 * space and punctuation, keeping those with at least `minContent` non-space
 * characters (a lone bullet or comma between two copied passages is not an
 * addition).
 */
export function gapsBetween(text: string, covered: readonly CharRange[], minContent: number): CharRange[] {
  const gaps: CharRange[] = [];
  let at = 0;
  for (const r of [...mergeRanges(covered), { start: text.length, end: text.length }]) {
    if (r.start > at) {
      const trimmed = trimRange(text, { start: at, end: r.start });
      if (trimmed && contentChars(text.slice(trimmed.start, trimmed.end)) >= minContent) gaps.push(trimmed);
    }
    at = Math.max(at, r.end);
  }
  return gaps;
}

const EDGE_NOISE = /[\s.,;:!?\-–—*()[\]"'“”]/u;

function trimRange(text: string, r: CharRange): CharRange | null {
  let { start, end } = r;
  while (start < end && EDGE_NOISE.test(text[start] as string)) start++;
  while (end > start && EDGE_NOISE.test(text[end - 1] as string)) end--;
  return end > start ? { start, end } : null;
}
