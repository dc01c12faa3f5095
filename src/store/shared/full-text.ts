import { foldLowerCase } from '../../shared/fold';

/**
 * Full-text helpers. The FTS index holds a folded, lower-cased copy
 * (`đ` → `d` included), and queries are folded the same way, so `dak nong`
 * finds `Đắk Nông`. Snippets are cut from the original text and mark whole
 * words whose folded form matches a query term.
 */

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

export function foldForIndex(text: string | null): string {
  return text === null ? '' : foldLowerCase(text);
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
 * A window of `text` where the most distinct query words occur together
 * (earliest such window on ties), every matched word in it wrapped in `«` `»`.
 * Null when no word of `text` matches. `radius` is about a third of the
 * window's length in characters.
 */
export function markedSnippet(text: string, terms: readonly string[], radius = 80): string | null {
  const wanted = new Set(terms);
  const matches: Array<{ start: number; end: number; term: string }> = [];
  for (const m of text.matchAll(WORD)) {
    const term = foldForIndex(m[0]);
    if (wanted.has(term)) matches.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, term });
  }
  if (matches.length === 0) return null;
  const span = radius * 3;
  let best = 0;
  let bestCount = 0;
  for (let i = 0; i < matches.length; i++) {
    const distinct = new Set<string>();
    for (let j = i; j < matches.length && matches[j].end <= matches[i].start + span; j++) distinct.add(matches[j].term);
    if (distinct.size > bestCount) {
      best = i;
      bestCount = distinct.size;
    }
  }
  const from = wordBoundaryBefore(text, Math.max(0, matches[best].start - Math.floor(radius / 2)));
  const to = wordBoundaryAfter(text, Math.min(text.length, matches[best].start + span));
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
