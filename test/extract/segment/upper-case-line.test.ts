import fc from 'fast-check';
import { isUpperCaseLine } from '../../../src/extract/segment/header-anchors';

/** The definition the table-driven test must reproduce. */
function definition(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase();
}

describe('isUpperCaseLine', () => {
  it('reads header lines (checked by hand)', () => {
    expect(isUpperCaseLine('TỈNH ỦY ĐẮK NÔNG')).toBe(true);
    expect(isUpperCaseLine('Số: 3953/UBND-KGVX')).toBe(false);
    expect(isUpperCaseLine('V/V 12')).toBe(false);
    expect(isUpperCaseLine('STRASSE ß')).toBe(false);
  });

  it('agrees with the definition on every single code unit and on mixed lines', () => {
    for (let code = 0; code < 0x10000; code++) {
      const line = `ABCD${String.fromCharCode(code)}`;
      if (isUpperCaseLine(line) !== definition(line)) throw new Error(`U+${code.toString(16)}`);
    }
    const pieces = ['A', 'Ắ', 'ắ', 'Đ', 'đ', 'ß', 'ǅ', 'Ω', 'ω', 'Я', '中', '𝐀', '𝐚', '\ud800', ' ', '1', '-', '\u0301', 'ŉ', 'ẖ'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 12 }), (parts) => {
        const line = parts.join('');
        expect(isUpperCaseLine(line)).toBe(definition(line));
      }),
      { numRuns: 5000 },
    );
  });
});
