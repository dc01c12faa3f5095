/**
 * The one place the API reaches into the reference grammar of the extraction
 * layer, so that queries read codes and references exactly as extraction
 * writes them.
 */
import { canonicalCode, parseCode as parseCodeParts } from '../../extract/references/code-grammar';
import { findReferences } from '../../extract/references/find-references';
import type { ParsedReference } from '../../extract/references/reference';

export { canonicalCode, findReferences };

/** A bare code (`470-CV/TU`, `16/ct/ttg`) as a reference without type, date or issuer. */
export function parseCode(written: string): ParsedReference | null {
  const parsed = parseCodeParts(written);
  if (!parsed) return null;
  return {
    type: null,
    number: parsed.number,
    year: parsed.year,
    symbol: parsed.symbol,
    code: parsed.code,
    date: null,
    issuer: null,
  };
}
