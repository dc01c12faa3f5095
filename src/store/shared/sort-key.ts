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
