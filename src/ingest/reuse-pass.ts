import { Direction } from '../domain/direction';
import { StoreUnavailableError } from '../domain/errors';
import type { DocumentNode, RelationEdge } from '../domain/graph';
import { CITING_RELATION_TYPES, RelationType } from '../domain/relation-type';
import { detectReuse, inferCommonSourceReuse } from '../extract/reuse';
import type { GraphStore } from '../store/port';

/**
 * Decides REPEATS relations for one document against its candidates, given
 * the citation edges around them. Injected so ingest can be tested without
 * the real aligner; `detectReuseStep` is the real one.
 */
export type ReuseStep = (doc: DocumentNode, candidates: readonly DocumentNode[], citations: readonly RelationEdge[]) => RelationEdge[];

/** Direct copies (later → earlier) plus copies of a common source both implement. */
export const detectReuseStep: ReuseStep = (doc, candidates, citations) => {
  const findings = detectReuse({ node: doc }, candidates.map((node) => ({ node })), { citations });
  return [...findings.relations, ...inferCommonSourceReuse(findings.shared, citations)];
};

/** How many candidates to align per document: alignment is the costly step, and the best-sharing ones come first. */
export const REUSE_CANDIDATE_LIMIT = 20;

/** Citation chains the reuse step looks along (CitationIndex follows IMPLEMENTS up to four levels). */
const CITATION_DEPTH = 4;
const CITING_TYPES: RelationType[] = [RelationType.CITES, ...CITING_RELATION_TYPES];

export interface ReusePassResult {
  /** Distinct REPEATS edges written (a pair found from both ends counts once). */
  relations: number;
  warnings: string[];
}

/**
 * For each given in-corpus document: candidates sharing reuse buckets →
 * the reuse step → `replaceReuseRelations`. A document whose step fails is
 * reported and skipped; a store failure stops the pass.
 */
export async function runReusePass(
  store: GraphStore,
  signatures: ReadonlyArray<{ documentId: string; buckets: string[] }>,
  step: ReuseStep,
  onDocument?: (done: number, total: number) => void,
): Promise<ReusePassResult> {
  const result: ReusePassResult = { relations: 0, warnings: [] };
  const written = new Set<string>();
  let done = 0;
  for (const signature of signatures) {
    try {
      const [doc] = await store.getDocuments([signature.documentId]);
      if (doc && doc.inCorpus && doc.text) {
        const candidateIds = (await store.reuseCandidates(signature.buckets, REUSE_CANDIDATE_LIMIT + 1))
          .map((c) => c.documentId)
          .filter((id) => id !== doc.id)
          .slice(0, REUSE_CANDIDATE_LIMIT);
        const candidates = (await store.getDocuments(candidateIds)).filter((d): d is DocumentNode => d !== null);
        const citations = candidates.length > 0 ? await citationsAround(store, [doc.id, ...candidates.map((c) => c.id)]) : [];
        const relations = candidates.length > 0 ? step(doc, candidates, citations) : [];
        await store.replaceReuseRelations([doc.id], relations);
        for (const r of relations) written.add(`${r.sourceId}\u0000${r.targetId}`);
      }
    } catch (error) {
      if (error instanceof StoreUnavailableError) throw error;
      result.warnings.push(`text reuse for ${signature.documentId}: ${(error as Error).message}`);
    }
    done += 1;
    onDocument?.(done, signatures.length);
  }
  result.relations = written.size;
  return result;
}

/** Citing edges out of the documents and, level by level, out of what they cite. */
async function citationsAround(store: GraphStore, ids: string[]): Promise<RelationEdge[]> {
  const edges: RelationEdge[] = [];
  const seen = new Set(ids);
  let frontier = ids;
  for (let depth = 0; depth < CITATION_DEPTH && frontier.length > 0; depth++) {
    const found = await store.relations(frontier, Direction.OUT, CITING_TYPES);
    edges.push(...found);
    frontier = [...new Set(found.map((r) => r.targetId))].filter((id) => !seen.has(id));
    frontier.forEach((id) => seen.add(id));
  }
  return edges;
}
