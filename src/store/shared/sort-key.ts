/**
 * Precomputed order of `listDocuments`: issue date (nulls last), then code
 * (nulls last), then id. One string compared bytewise, so a keyset page is a
 * single indexed range scan. `\u0001` separates parts because it sorts below
 * every printable character: a shorter code sorts before its extensions.
 */
const SEP = '\u0001';

export function documentSortKey(issuedOn: string | null, code: string | null, id: string): string {
  const date = issuedOn === null ? '1' : `0${issuedOn}`;
  const codePart = code === null ? '1' : `0${code}`;
  return `${date}${SEP}${codePart}${SEP}${id}`;
}

/** Order of organisations and persons in their pages: folded name, then id. */
export function nameSortKey(nameKey: string, id: string): string {
  return `${nameKey}${SEP}${id}`;
}

/**
 * The sort keys of documents issued from `from` through `to` (either may be
 * absent): `[from, below)`. A key is `0<date>\u0001…` for a dated document
 * and `1…` for an undated one, so the range holds exactly the keys whose date
 * d satisfies from ≤ d ≤ to, and no undated key, provided neither bound nor
 * any stored date has a character at or below `\u0002`; null for bounds that
 * do (no date has one), for the caller to compare the dates themselves.
 */
export function issuedSortKeyRange(from: string | undefined, to: string | undefined): { from: string; below: string } | null {
  if ([from, to].some((bound) => bound !== undefined && /[\u0000-\u0002]/.test(bound))) return null;
  return { from: `0${from ?? ''}`, below: to === undefined ? '1' : `0${to}\u0002` };
}
