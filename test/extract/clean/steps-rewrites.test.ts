import fc from 'fast-check';
import { collapseSpaces, splitColumns, stripPageNumbers, stripVowellessTail } from '../../../src/extract/clean/steps';

/** Edits of the patterns as first written (one regex each, look-behind first); the faster steps must give the same. */
function regexDeletes(text: string, pattern: RegExp, from = 0): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const re = new RegExp(pattern.source, pattern.flags);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push({ start: m.index + from, end: m.index + m[0].length });
  return out;
}

const PIECES = [' ', '  ', '    ', '\n', '\n\n', 'a', 'ự', 'nk', 'b', 'xyz', 'bcdf', 'ng', 'thực hiện', '1', '.', '𝐀', '😀', '\ud835', '\udc00', 'Đ'];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(''));

describe('clean steps rewritten for speed', () => {
  it('strip-vowelless-tail deletes exactly what the look-behind pattern matched', () => {
    expect(stripVowellessTail.edits('làm việc nk')).toEqual([{ start: 8, end: 11, replacement: '' }]);
    expect(stripVowellessTail.edits('12 nk\n\nx')).toEqual([]);
    expect(stripVowellessTail.edits('𝐀 nk')).toEqual([{ start: 2, end: 5, replacement: '' }]);
    fc.assert(
      fc.property(texts, (text) => {
        const edits = stripVowellessTail.edits(text).map(({ start, end }) => ({ start, end }));
        expect(edits).toEqual(regexDeletes(text, /(?<=\p{L}) ([b-df-hj-np-tv-xz]{1,3})(?=\n\n|\n?$)/gu));
      }),
      { numRuns: 5000 },
    );
  });

  it('split-columns and collapse-spaces find the same runs as the look-behind patterns', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const columns = regexDeletes(text, /(?<=\S) {4,}(?=\S)/g).flatMap(({ start, end }) => [
          { start, end: start + 1, replacement: '\n' },
          { start: start + 1, end, replacement: '' },
        ]);
        expect(splitColumns.edits(text)).toEqual(columns);
        const inner = regexDeletes(text, /(?<=\S) {2,}(?=\S)/g).map(({ start, end }) => ({ start: start + 1, end, replacement: '' }));
        expect(collapseSpaces.edits(text)).toEqual(expect.arrayContaining(inner));
        expect(collapseSpaces.edits(text).length).toBe(inner.length + regexDeletes(text, / +$/gm).length + regexDeletes(text, /^ +(?=\S)/gm).length);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('strip-page-numbers without its look-behind', () => {
  it('deletes exactly what /(?<=(?:^|\\n)\\n)\\d{1,3}(?=\\n\\n|\\n?$)/g matched', () => {
    expect(stripPageNumbers.edits('Văn bản\n\n12\n\nTiếp')).toEqual([{ start: 9, end: 11, replacement: '' }]);
    expect(stripPageNumbers.edits('\n3')).toEqual([{ start: 1, end: 2, replacement: '' }]);
    expect(stripPageNumbers.edits('a\n12\n\n')).toEqual([]);
    const pieces = ['\n', '\n\n', '1', '12', '1234', 'a', ' ', '5\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        const edits = stripPageNumbers.edits(text).map(({ start, end }) => ({ start, end }));
        expect(edits).toEqual(regexDeletes(text, /(?<=(?:^|\n)\n)\d{1,3}(?=\n\n|\n?$)/g));
      }),
      { numRuns: 5000 },
    );
  });
});
