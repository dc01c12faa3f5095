/** A stretch of text to mark: a reference or a repeated passage. */
export interface Mark {
  start: number;
  end: number;
  kind: 'reference' | 'repeated';
  /** Shown on hover: the relation type and the other document. */
  title: string;
}

export interface Segment {
  text: string;
  /** Marks covering this whole segment (several when a reference sits inside a repeated passage). */
  marks: Mark[];
}

/**
 * Cuts a text into segments at every mark boundary, so overlapping marks
 * (a citation inside a copied passage) both show. Marks outside the text or
 * empty are ignored. Concatenating the segments gives the text back.
 */
export function highlightSegments(text: string, marks: readonly Mark[]): Segment[] {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    segments.push({ text: text.slice(start, end), marks: valid.filter((m) => m.start <= start && m.end >= end) });
  }
  return segments;
}

/**
 * Where a piece of evidence stands in the document text: relation evidence
 * carries source-file offsets, which differ from the served text, so it is
 * found by its words (exactly, then ignoring white-space differences).
 */
export function locateInText(text: string, passage: string): { start: number; end: number } | null {
  const needle = passage.trim();
  if (!needle) return null;
  const at = text.indexOf(needle);
  if (at >= 0) return { start: at, end: at + needle.length };
  const words = needle.split(/\s+/u).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length > 400) return null;
  const match = new RegExp(words.join('\\s+'), 'u').exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/** Splits a search snippet whose matches are wrapped in « » into plain and matched parts. */
export function snippetParts(snippet: string): Array<{ text: string; match: boolean }> {
  const parts: Array<{ text: string; match: boolean }> = [];
  const re = /«([^»]*)»/gu;
  let at = 0;
  for (const m of snippet.matchAll(re)) {
    if (m.index > at) parts.push({ text: snippet.slice(at, m.index), match: false });
    parts.push({ text: m[1] as string, match: true });
    at = m.index + m[0].length;
  }
  if (at < snippet.length) parts.push({ text: snippet.slice(at), match: false });
  return parts;
}
