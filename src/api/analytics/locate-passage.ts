import type { CharRange } from './text-ranges';

/**
 * Where a passage quoted in evidence stands in a document's text. Evidence
 * spans point into source files, whose offsets differ from the cleaned text
 * the API serves, so the passage is found by its words: an exact match
 * first, then a match that ignores differences in white space (cleaning
 * re-wraps lines). Null when the text does not contain it.
 */
export function locatePassage(text: string, passage: string): CharRange | null {
  const needle = passage.trim();
  if (needle === '') return null;
  const exact = text.indexOf(needle);
  if (exact >= 0) return { start: exact, end: exact + needle.length };
  const words = needle.split(/\s+/u).map(escapeRegExp);
  if (words.length > 400) return null;
  const match = new RegExp(words.join('\\s+'), 'u').exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
