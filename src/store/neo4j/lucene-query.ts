/**
 * Lucene query strings for the full-text indexes. They travel as a Cypher
 * parameter, but Lucene parses them again, so every term is quoted (operators
 * and wildcards in user text stay literal).
 */
function quote(term: string): string {
  return `"${term.replace(/[\\"]/g, (c) => '\\' + c)}"`;
}

/** Every term required (the SQLite store's FTS semantics). */
export function allTermsQuery(terms: readonly string[]): string {
  return terms.map((t) => `+${quote(t)}`).join(' ');
}

/** Any term (Lucene's default OR). */
export function anyTermQuery(terms: readonly string[]): string {
  return terms.map(quote).join(' ');
}
