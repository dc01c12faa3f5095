import type { ReuseNode } from './reuse-document';

/** Where a document stands in time relative to another. */
export type ReuseOrder = 'later' | 'earlier' | 'unknown';

interface Interval {
  from: string;
  to: string;
}

// ISO dates compare as strings; these sort before and after every date.
const MIN = '0000-00-00';
const MAX = '9999-99-99';

function issueInterval(node: Pick<ReuseNode, 'issuedOn' | 'issuedOnBounds'>): Interval {
  if (node.issuedOn) return { from: node.issuedOn, to: node.issuedOn };
  const b = node.issuedOnBounds;
  return { from: b?.earliest ?? MIN, to: b?.latest ?? MAX };
}

/**
 * Order of `a` relative to `b` by issue date, falling back to date bounds.
 * When the dates cannot tell (same day, overlapping bounds, unknown), an
 * explicit citation decides: the citing document is the later one
 * (domain.md §4). Otherwise `unknown`, and no direction is guessed.
 */
export function issueOrder(
  a: Pick<ReuseNode, 'id' | 'issuedOn' | 'issuedOnBounds'>,
  b: Pick<ReuseNode, 'id' | 'issuedOn' | 'issuedOnBounds'>,
  cites: (sourceId: string, targetId: string) => boolean = () => false,
): ReuseOrder {
  const x = issueInterval(a);
  const y = issueInterval(b);
  if (x.from > y.to) return 'later';
  if (x.to < y.from) return 'earlier';
  const ab = cites(a.id, b.id);
  const ba = cites(b.id, a.id);
  if (ab && !ba) return 'later';
  if (ba && !ab) return 'earlier';
  return 'unknown';
}
