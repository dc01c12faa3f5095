import fc from 'fast-check';
import { innerSpaceRuns, lineEdgeSpaces } from '../../../src/extract/clean/steps';

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

describe('innerSpaceRuns', () => {
  it('keeps the first space of a run inside a line (checked by hand)', () => {
    // Runs at 2 (three spaces between words), 8 (two at a line start: not inside the line) and 20 (two before a letter);
    // the space at 14 is alone and the one at 16 follows a tab.
    const text = 'Số   16\n  Kính \t gửi  x';
    expect(innerSpaceRuns(text)).toEqual([
      { start: 3, end: 5, replacement: '' },
      { start: 21, end: 22, replacement: '' },
    ]);
  });

  it('equals the runs of /(?<=\\S) {2,}(?=\\S)/g less their first space, on any text', () => {
    const piece = fc.constantFrom(' ', '  ', '   ', '\n', '\r', '\u2028', '\t', '\u00a0', 'a', 'Đ', 'ừ', '\ud800', '\udc00', '.');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const expected = [...text.matchAll(/(?<=\S) {2,}(?=\S)/g)].map((m) => ({ start: m.index + 1, end: m.index + m[0].length, replacement: '' }));
        expect(innerSpaceRuns(text)).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
  });
});
