import { foldDiacritics } from '../../shared/fold';

/**
 * Full-text helpers. The FTS index holds a folded, lower-cased copy
 * (`đ` → `d` included), and queries are folded the same way, so `dak nong`
 * finds `Đắk Nông`. Snippets are cut from the original text and mark whole
 * words whose folded form matches a query term.
 */

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

export function foldForIndex(text: string | null): string {
  return text === null ? '' : foldDiacritics(text).toLowerCase();
}

/** Query words, folded and lower-cased; empty when the text has none. */
export function queryTerms(text: string): string[] {
  return [...new Set(foldForIndex(text).match(WORD) ?? [])];
}

/** An FTS5 MATCH expression requiring every term (each quoted, so operators in user text are inert). */
export function ftsMatchExpression(terms: readonly string[]): string {
  return terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' ');
}

/**
 * A window of `text` around the first matched word, every matched word
 * wrapped in `«` `»`. Null when no word of `text` matches.
 */
export function markedSnippet(text: string, terms: readonly string[], radius = 80): string | null {
  const wanted = new Set(terms);
  const matches: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(WORD)) {
    if (wanted.has(foldForIndex(m[0]))) matches.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  if (matches.length === 0) return null;
  const from = wordBoundaryBefore(text, Math.max(0, matches[0].start - radius));
  const to = wordBoundaryAfter(text, Math.min(text.length, matches[0].end + radius * 2));
  let out = '';
  let cursor = from;
  for (const m of matches) {
    if (m.start < from || m.end > to) continue;
    out += text.slice(cursor, m.start) + '«' + text.slice(m.start, m.end) + '»';
    cursor = m.end;
  }
  out += text.slice(cursor, to);
  const body = out.replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

function wordBoundaryBefore(text: string, index: number): number {
  if (index === 0) return 0;
  const space = text.lastIndexOf(' ', index);
  return space < 0 ? 0 : space + 1;
}

function wordBoundaryAfter(text: string, index: number): number {
  if (index >= text.length) return text.length;
  const space = text.indexOf(' ', index);
  return space < 0 ? text.length : space;
}
