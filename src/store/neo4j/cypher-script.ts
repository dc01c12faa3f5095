/**
 * Splits a Cypher script into statements at top-level semicolons, skipping
 * `//` and block comments and never splitting inside a string or a
 * backticked name. Used for `schema/neo4j/*.cypher` and to check exported
 * scripts; the store itself never builds statements from text.
 */
export function splitCypherStatements(script: string): string[] {
  const statements: string[] = [];
  let current = '';
  let i = 0;
  const push = (): void => {
    const trimmed = current.trim();
    if (trimmed !== '') statements.push(trimmed);
    current = '';
  };
  while (i < script.length) {
    const ch = script[i];
    const next = script[i + 1];
    if (ch === '/' && next === '/') {
      const end = script.indexOf('\n', i);
      i = end < 0 ? script.length : end;
      continue;
    }
    if (ch === '/' && next === '*') {
      const end = script.indexOf('*/', i + 2);
      i = end < 0 ? script.length : end + 2;
      current += ' ';
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') {
      const end = closingQuote(script, i);
      current += script.slice(i, end);
      i = end;
      continue;
    }
    if (ch === ';') {
      push();
      i++;
      continue;
    }
    current += ch;
    i++;
  }
  push();
  return statements;
}

/** Index just past the quote that closes the one at `start` (backslash escapes in strings; doubled backticks in names). */
function closingQuote(script: string, start: number): number {
  const quote = script[start];
  let i = start + 1;
  while (i < script.length) {
    const ch = script[i];
    if (quote !== '`' && ch === '\\') {
      i += 2;
      continue;
    }
    if (ch === quote) {
      if (quote === '`' && script[i + 1] === '`') {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return script.length;
}
