/**
 * `Số: 3953 /UBND-KGVX` (state: number/symbol), `Số 470 -CV/TU` (party:
 * number-symbol), `Số: -CV/BCSD` (number left blank for hand-filling).
 * Returns the raw code for the reference grammar to canonicalise.
 */
const NUMBER_LINE = /^Số\s*:?\s*(\d+[a-zA-Z]?)?\s*([-/])\s*([\p{L}\d][\p{L}\d\s./-]*?)\s*$/u;

export interface NumberLine {
  number: string | null;
  /** Symbol as written, spaces removed: `UBND-KGVX`, `CV/TU`, `CV/BCSD`. */
  symbol: string;
  /** `3953/UBND-KGVX`, `473-CV/TU`; null when the number is blank. */
  rawCode: string | null;
}

export function parseNumberLine(line: string): NumberLine | null {
  const m = NUMBER_LINE.exec(line.trim());
  if (!m) return null;
  const number = m[1] ?? null;
  const symbol = m[3]!.replace(/\s+/g, '');
  return { number, symbol, rawCode: number === null ? null : `${number}${m[2]}${symbol}` };
}
