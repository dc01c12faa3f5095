/** Texts longer than this are computed every time: keeping them would hold documents, not names. */
const MAX_TEXT = 256;
const ENTRIES = 8192;

/**
 * A pure function of a short text that remembers its answers, for names
 * that come back file after file. Bounded, and emptied when full: a cache,
 * not a registry (an LRU's bookkeeping cost more than it saved on header
 * lines, which repeat less).
 */
export function memoizeShortText<T>(compute: (text: string) => T): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    if (text.length > MAX_TEXT) return compute(text);
    // One lookup for a hit (most calls: names come back file after file); `has` only tells a stored undefined from a miss.
    const hit = answers.get(text);
    if (hit !== undefined || answers.has(text)) return hit as T;
    const value = compute(text);
    if (answers.size >= ENTRIES) answers.clear();
    answers.set(text, value);
    return value;
  };
}
