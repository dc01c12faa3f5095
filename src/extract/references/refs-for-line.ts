import { findReferences } from './find-references';
import type { ParsedReference } from './reference';

/**
 * The references of one line in the exact shape of the `refs` command
 * (cli.md): keys in the order type, number, year, symbol, code, date,
 * issuer; absent parts null. Never throws: input that is not text gives `[]`.
 */
export function refsForLine(line: string): ParsedReference[] {
  try {
    return findReferences(line).map((ref) => ({
      type: ref.type,
      number: ref.number,
      year: ref.year,
      symbol: ref.symbol,
      code: ref.code,
      date: ref.date,
      issuer: ref.issuer,
    }));
  } catch {
    // Why: the command's contract is one JSON line per input line, whatever the line holds.
    return [];
  }
}
