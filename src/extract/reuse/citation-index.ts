import type { RelationEdge } from '../../domain/graph';
import { CITING_RELATION_TYPES, RelationType } from '../../domain/relation-type';

const CITING = new Set<RelationType>([RelationType.CITES, ...CITING_RELATION_TYPES]);

/** Depth cap when following IMPLEMENTS chains: provinces relay central texts through two or three levels. */
const MAX_CHAIN_DEPTH = 4;

/** Citation edges (IMPLEMENTS, CITES, BASED_ON, …) indexed for the questions reuse detection asks. */
export class CitationIndex {
  private readonly cited = new Map<string, Set<string>>();
  private readonly implemented = new Map<string, Set<string>>();

  constructor(edges: readonly RelationEdge[]) {
    for (const e of edges) {
      if (!CITING.has(e.type) || e.sourceId === e.targetId) continue;
      add(this.cited, e.sourceId, e.targetId);
      if (e.type === RelationType.IMPLEMENTS) add(this.implemented, e.sourceId, e.targetId);
    }
  }

  /** True when `sourceId` explicitly refers to `targetId` (any citing relation). */
  cites(sourceId: string, targetId: string): boolean {
    return this.cited.get(sourceId)?.has(targetId) ?? false;
  }

  /**
   * Instruments `a` and `b` both carry out (following IMPLEMENTS chains,
   * e.g. a UBND letter implementing a Tỉnh ủy letter that implements a
   * central telegram), nearest first: a common instrument that itself
   * implements another common one hides the latter. Empty when either
   * document refers to the other, directly or along a chain: then their
   * shared text is explained by that reference, not by a common source.
   */
  commonSources(a: string, b: string): string[] {
    const upA = this.reach(a, this.cited);
    const upB = this.reach(b, this.cited);
    if (upA.has(b) || upB.has(a)) return [];
    const implA = this.reach(a, this.implemented);
    const implB = this.reach(b, this.implemented);
    const common = [...implA.keys()].filter((id) => implB.has(id));
    const hidden = new Set<string>();
    for (const id of common) for (const above of this.reach(id, this.implemented).keys()) hidden.add(above);
    return common
      .filter((id) => !hidden.has(id))
      .sort((x, y) => implA.get(x)! + implB.get(x)! - (implA.get(y)! + implB.get(y)!) || (x < y ? -1 : x > y ? 1 : 0));
  }

  /** Documents reachable from `id` along `edges`, with their depth. */
  private reach(id: string, edges: Map<string, Set<string>>): Map<string, number> {
    const depth = new Map<string, number>();
    let frontier = [id];
    for (let d = 1; d <= MAX_CHAIN_DEPTH && frontier.length > 0; d++) {
      const next: string[] = [];
      for (const from of frontier) {
        for (const to of edges.get(from) ?? []) {
          if (to === id || depth.has(to)) continue;
          depth.set(to, d);
          next.push(to);
        }
      }
      frontier = next;
    }
    return depth;
  }
}

function add(map: Map<string, Set<string>>, from: string, to: string): void {
  let set = map.get(from);
  if (!set) map.set(from, (set = new Set()));
  set.add(to);
}
