/**
 * Whether a search box entry names a document code (`16/CT-TTg`,
 * `470-CV/TU`, `04/2021/NQ-HĐND`) rather than words: a number followed by a
 * slash or dash and letters. Codes are looked up exactly; words go to
 * full-text search.
 */
export function looksLikeCode(input: string): boolean {
  return /^\s*\d+\s*[/-]\s*(\d{4}\s*\/\s*)?[\p{L}]/u.test(input) && !/\s\S+\s\S+/u.test(input.trim());
}
