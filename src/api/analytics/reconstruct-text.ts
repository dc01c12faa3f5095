import { alignDocuments } from './align-documents';
import type { CharRange } from './text-ranges';

export interface Witness {
  id: string;
  text: string;
}

export interface WitnessSpan extends CharRange {
  documentId: string;
}

export interface ReconstructedPassage {
  /** One span per witness document that carries the passage, in the order the witnesses were given. */
  witnesses: WitnessSpan[];
  /** How many witnesses carry it (at least 2). */
  agreement: number;
  /** The shortest witness span: the most conservative reading of what the source said. */
  reading: WitnessSpan;
}

/**
 * Recovers passages of an instrument whose text we lack from the documents
 * that implement it: every passage two of them share (aligned pairwise) is
 * a candidate, and spans that overlap within one witness are joined, so a
 * passage three witnesses share becomes one entry with agreement 3. Passages
 * are ordered by agreement, then by where they stand in the first witness
 * that has them (the instrument's order as far as it can be seen).
 */
export function reconstructText(witnesses: readonly Witness[]): ReconstructedPassage[] {
  const spans: WitnessSpan[] = [];
  const parent: number[] = [];
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const union = (i: number, j: number): void => {
    parent[find(i)] = find(j);
  };
  const add = (span: WitnessSpan): number => {
    spans.push(span);
    parent.push(spans.length - 1);
    return spans.length - 1;
  };
  for (let i = 0; i < witnesses.length; i++) {
    for (let j = i + 1; j < witnesses.length; j++) {
      const a = witnesses[i] as Witness;
      const b = witnesses[j] as Witness;
      for (const p of alignDocuments(a.text, b.text).passages) {
        union(add({ documentId: a.id, ...p.source }), add({ documentId: b.id, ...p.target }));
      }
    }
  }
  // Spans of one witness that overlap are one passage of it.
  for (let i = 0; i < spans.length; i++) {
    for (let j = i + 1; j < spans.length; j++) {
      const x = spans[i] as WitnessSpan;
      const y = spans[j] as WitnessSpan;
      if (x.documentId === y.documentId && x.start < y.end && y.start < x.end) union(i, j);
    }
  }
  const groups = new Map<number, WitnessSpan[]>();
  spans.forEach((s, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), s]));
  const order = new Map(witnesses.map((w, i) => [w.id, i]));
  const passages: ReconstructedPassage[] = [];
  for (const group of groups.values()) {
    const perWitness = new Map<string, WitnessSpan>();
    for (const s of group) {
      const seen = perWitness.get(s.documentId);
      perWitness.set(s.documentId, seen ? { ...seen, start: Math.min(seen.start, s.start), end: Math.max(seen.end, s.end) } : { ...s });
    }
    const spansOf = [...perWitness.values()].sort((x, y) => (order.get(x.documentId) ?? 0) - (order.get(y.documentId) ?? 0));
    const reading = spansOf.reduce((best, s) => (s.end - s.start < best.end - best.start ? s : best));
    passages.push({ witnesses: spansOf, agreement: spansOf.length, reading });
  }
  const firstPosition = (p: ReconstructedPassage): [number, number] => {
    const first = p.witnesses[0] as WitnessSpan;
    return [order.get(first.documentId) ?? 0, first.start];
  };
  return passages.sort((x, y) => {
    const [xw, xs] = firstPosition(x);
    const [yw, ys] = firstPosition(y);
    return y.agreement - x.agreement || xw - yw || xs - ys;
  });
}
