import type { Subgraph } from '../port';

/**
 * Picks one of several equally short paths the way the SQLite store walks
 * back from the target: at each step from the end, the relation with the
 * smallest source id, then type. Both stores then return the same path.
 */
export function pickShortestPath(paths: readonly Subgraph[]): Subgraph | null {
  if (paths.length === 0) return null;
  const backwards = (s: Subgraph): Subgraph['relations'] => [...s.relations].reverse();
  return [...paths].sort((a, b) => {
    const ra = backwards(a);
    const rb = backwards(b);
    for (let i = 0; i < Math.min(ra.length, rb.length); i++) {
      const c = cmp(ra[i].sourceId, rb[i].sourceId) || cmp(ra[i].type, rb[i].type);
      if (c !== 0) return c;
    }
    return ra.length - rb.length;
  })[0];
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
