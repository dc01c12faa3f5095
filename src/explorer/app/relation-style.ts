/**
 * One colour per relation type, shared by the graph, the legend and the
 * relation lists (colour-blind-safe Okabe–Ito palette, plus grey).
 */
export const RELATION_COLORS: Readonly<Record<string, string>> = {
  IMPLEMENTS: '#D55E00',
  CITES: '#0072B2',
  BASED_ON: '#009E73',
  ATTACHES: '#CC79A7',
  REPEATS: '#E69F00',
  AMENDS: '#56B4E9',
  REPLACES: '#000000',
};

export const UNKNOWN_RELATION_COLOR = '#999999';

export function relationColor(type: string): string {
  return RELATION_COLORS[type] ?? UNKNOWN_RELATION_COLOR;
}
