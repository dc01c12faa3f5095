import type { RelationEdge, RelationLink } from '../../domain/graph';
import { RelationType } from '../../domain/relation-type';
import type { Evidence } from '../../domain/span';
import { CitationIndex } from './citation-index';
import { DEFAULT_MIN_REUSE_CONFIDENCE, type SharedPassages } from './detect-reuse';

/** An inferred copy of a common source is less certain than a copy seen directly. */
const INFERENCE_DISCOUNT = 0.85;

/**
 * The "common source" rule (domain.md §4): when two documents share
 * passages, neither cites the other, and both implement a common earlier
 * instrument (directly or along an IMPLEMENTS chain), each REPEATS that
 * instrument, with its own copy of the shared passage as evidence. The
 * instrument's text is usually not in the corpus (a central telegram), which
 * is why alignment alone cannot draw these edges.
 *
 * One edge per (document, source), merging the evidence of every pair that
 * points at it; confidence is the best pair's, discounted. Pairs weaker than
 * `minConfidence` (as in `detectReuse`) count for nothing. Ordered by source
 * id, then target id.
 */
export function inferCommonSourceReuse(
  shared: readonly SharedPassages[],
  citations: readonly RelationLink[],
  options: { minConfidence?: number } = {},
): RelationEdge[] {
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_REUSE_CONFIDENCE;
  const index = new CitationIndex(citations);
  const edges = new Map<string, RelationEdge>();
  const addEdge = (sourceId: string, targetId: string, evidence: Evidence[], confidence: number): void => {
    const key = `${sourceId}\u0000${targetId}`;
    const existing = edges.get(key);
    if (!existing) {
      edges.set(key, { type: RelationType.REPEATS, sourceId, targetId, evidence: [...evidence], confidence });
      return;
    }
    existing.confidence = Math.max(existing.confidence, confidence);
    for (const e of evidence) if (!existing.evidence.some((x) => sameEvidence(x, e))) existing.evidence.push(e);
  };
  for (const pair of shared) {
    if (pair.passages.length === 0 || pair.confidence < minConfidence) continue;
    const confidence = Math.round(pair.confidence * INFERENCE_DISCOUNT * 1000) / 1000;
    for (const source of index.commonSources(pair.documentId, pair.otherId)) {
      addEdge(pair.documentId, source, pair.documentEvidence, confidence);
      addEdge(pair.otherId, source, pair.otherEvidence, confidence);
    }
  }
  return [...edges.values()].sort((x, y) => cmp(x.sourceId, y.sourceId) || cmp(x.targetId, y.targetId));
}

function sameEvidence(x: Evidence, y: Evidence): boolean {
  if (x.span && y.span) return x.span.file === y.span.file && x.span.start === y.span.start && x.span.end === y.span.end;
  return x.text === y.text;
}

function cmp(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
