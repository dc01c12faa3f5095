import { alignDocuments } from './align-documents';
import { locatePassage } from './locate-passage';
import { contentChars, contentCharsIn, mergeRanges, type CharRange } from './text-ranges';

export interface UpstreamText {
  id: string;
  /** The upstream document's text when it is in the corpus. */
  text: string | null;
  /** Passages of the document's own text that REPEATS evidence says come from it (used when `text` is null). */
  repeatedEvidence: readonly string[];
}

export interface CopiedPassage extends CharRange {
  fromId: string;
}

export interface Originality {
  /** 0..1: share of the document's non-space characters not found in any upstream document. */
  originality: number;
  copied: CopiedPassage[];
}

/**
 * How much of a document is its own. Upstream texts in the corpus are
 * aligned with it; an upstream instrument known only from references (a
 * central telegram) contributes the passages REPEATS evidence located in
 * this document. Overlapping copies from several upstream documents count
 * once.
 */
export function computeOriginality(text: string, upstream: readonly UpstreamText[]): Originality {
  const copied: CopiedPassage[] = [];
  for (const u of upstream) {
    if (u.text) {
      for (const p of alignDocuments(text, u.text).passages) copied.push({ ...p.source, fromId: u.id });
    } else {
      for (const passage of u.repeatedEvidence) {
        const at = locatePassage(text, passage);
        if (at) copied.push({ ...at, fromId: u.id });
      }
    }
  }
  copied.sort((x, y) => x.start - y.start || x.end - y.end || (x.fromId < y.fromId ? -1 : 1));
  const total = contentChars(text);
  const covered = contentCharsIn(text, mergeRanges(copied));
  return { originality: total === 0 ? 1 : 1 - covered / total, copied };
}
