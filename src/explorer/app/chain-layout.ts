export interface LayoutNode {
  id: string;
  /** YYYY-MM-DD, or null when unknown. */
  date: string | null;
}

export interface Position {
  x: number;
  y: number;
}

export const COLUMN_WIDTH = 190;
export const ROW_HEIGHT = 90;
/** Vertical offset of successive columns. */
const STAGGER = [0, -ROW_HEIGHT / 2, ROW_HEIGHT / 2];

/**
 * Positions for a citation graph laid out by date: one column per distinct
 * issue date, oldest on the left, undated documents in a last column; within
 * a column, nodes stacked in id order and centred vertically, and columns
 * staggered up and down in turn so that edges between distant columns do not
 * run along one line through the nodes between. Deterministic, so the same
 * chain always looks the same.
 */
export function dateColumnsLayout(nodes: readonly LayoutNode[]): Map<string, Position> {
  const UNDATED = '\uffff';
  const columns = new Map<string, string[]>();
  for (const n of nodes) {
    const key = n.date ?? UNDATED;
    columns.set(key, [...(columns.get(key) ?? []), n.id]);
  }
  const positions = new Map<string, Position>();
  [...columns.keys()].sort().forEach((key, column) => {
    const ids = (columns.get(key) as string[]).sort();
    const stagger = STAGGER[column % STAGGER.length] as number;
    ids.forEach((id, row) => positions.set(id, { x: column * COLUMN_WIDTH, y: (row - (ids.length - 1) / 2) * ROW_HEIGHT + stagger }));
  });
  return positions;
}
