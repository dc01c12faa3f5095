import type { RelationLink } from '../../domain/graph';
import { CITING_RELATION_TYPES, RelationType } from '../../domain/relation-type';

const CITING = new Set<RelationType>([RelationType.CITES, ...CITING_RELATION_TYPES]);

/** Depth cap when following IMPLEMENTS chains: provinces relay central texts through two or three levels. */
const MAX_CHAIN_DEPTH = 4;

/** Citation edges (IMPLEMENTS, CITES, BASED_ON, …) indexed for the questions reuse detection asks. */
export class CitationIndex {
  private readonly cited = new Map<string, Set<string>>();
  private readonly implemented = new Map<string, Set<string>>();

  constructor(edges: readonly RelationLink[]) {
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
   * Earlier instruments that explain text shared by `a` and `b`, best
   * first. Empty when either document refers to the other, directly or along
   * a chain of citations: then the shared text is explained by that.
   *
   * A source is reached along citations where every hop but one must be
   * IMPLEMENTS (a UBND letter implementing a Tỉnh ủy letter that implements a
   * central telegram; a notice citing that Tỉnh ủy letter). Sources reached
   * by both documents through IMPLEMENTS only beat those needing a plain
   * citation, so two letters carrying out one telegram are linked to the
   * telegram, not to a conclusion both merely mention. Among equals, a source
   * that itself implements another hides the latter, and nearer comes first.
   */
  commonSources(a: string, b: string): string[] {
    if (this.reach(a, this.cited).has(b) || this.reach(b, this.cited).has(a)) return [];
    const fromA = this.paths(a);
    const fromB = this.paths(b);
    let best: Array<{ id: string; depth: number }> = [];
    let bestPlain = Infinity;
    for (const [id, pa] of fromA) {
      const pb = fromB.get(id);
      if (!pb) continue;
      const plain = pa.plain + pb.plain;
      if (plain < bestPlain) {
        bestPlain = plain;
        best = [];
      }
      if (plain === bestPlain) best.push({ id, depth: pa.depth + pb.depth });
    }
    const hidden = new Set<string>();
    for (const { id } of best) for (const above of this.reach(id, this.implemented).keys()) hidden.add(above);
    return best
      .filter(({ id }) => !hidden.has(id))
      .sort((x, y) => x.depth - y.depth || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
      .map(({ id }) => id);
  }

  /** Instruments reachable from `id` with at most one non-IMPLEMENTS hop: fewest such hops, then fewest hops. */
  private paths(id: string): Map<string, { plain: number; depth: number }> {
    const best = new Map<string, { plain: number; depth: number }>();
    let frontier: Array<{ id: string; plain: number }> = [{ id, plain: 0 }];
    for (let d = 1; d <= MAX_CHAIN_DEPTH && frontier.length > 0; d++) {
      const next: Array<{ id: string; plain: number }> = [];
      for (const from of frontier) {
        for (const to of this.cited.get(from.id) ?? []) {
          const plain = from.plain + (this.implemented.get(from.id)?.has(to) ? 0 : 1);
          if (to === id || plain > 1) continue;
          const seen = best.get(to);
          if (seen && seen.plain <= plain) continue;
          best.set(to, { plain, depth: d });
          next.push({ id: to, plain });
        }
      }
      frontier = next;
    }
    return best;
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
