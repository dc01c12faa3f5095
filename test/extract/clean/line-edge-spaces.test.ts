import fc from 'fast-check';
import { lineEdgeSpaces } from '../../../src/extract/clean/steps';

/** The matches of a global pattern as deletions, the definition `lineEdgeSpaces` replaces. */
function matches(text: string, pattern: RegExp): Array<{ start: number; end: number; replacement: string }> {
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, replacement: '' }));
}

describe('lineEdgeSpaces', () => {
  it('finds trailing and leading spaces of each line (checked by hand)', () => {
    const text = '  Số: 16  \n   \n  Kính gửi:\n\tx  ';
    expect(lineEdgeSpaces(text)).toEqual({
      trailing: [
        { start: 8, end: 10, replacement: '' },
        { start: 11, end: 14, replacement: '' },
        { start: 29, end: 31, replacement: '' },
      ],
      leading: [
        { start: 0, end: 2, replacement: '' },
        { start: 15, end: 17, replacement: '' },
      ],
    });
  });

  it('equals / +$/gm and /^ +(?=\\S)/gm on any text', () => {
    const piece = fc.constantFrom(' ', '  ', '\n', '\r', '\u2028', '\u2029', '\t', '\u00a0', 'a', 'Đ', 'ừ', '\ud800', '.');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(lineEdgeSpaces(text)).toEqual({ trailing: matches(text, / +$/gm), leading: matches(text, /^ +(?=\S)/gm) });
      }),
      { numRuns: 3000 },
    );
  });
});
