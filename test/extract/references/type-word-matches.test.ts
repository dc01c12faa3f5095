import fc from 'fast-check';
import { TYPE_WORD_PATTERN, typeWordMatches } from '../../../src/extract/references/patterns';

function withLookBehind(text: string): Array<[number, string]> {
  return [...text.matchAll(new RegExp(TYPE_WORD_PATTERN.source, 'gu'))].map((m) => [m.index, m[1]!]);
}

describe('typeWordMatches', () => {
  it('finds type words at a word start only (checked by hand)', () => {
    const found = typeWordMatches('theo chi thi so 16 va xchi thi, 2chi thi; ke hoach').map((m) => [m.index, m[1]]);
    expect(found).toEqual([
      [5, 'chi thi'],
      [42, 'ke hoach'],
    ]);
  });

  it('gives the same matches as the pattern with its look-behind', () => {
    const pieces = ['chi thi', 'chi  thi', 'chi\nthi', 'ke hoach', 'dien', 'cong dien', 'luat', ' ', '\n', 'x', '1', '.', 'đ', 'ư', '𝐀', '😀', '\ud835', '\udc00', 'so 16/ct-ttg',
      // First words shared by several type words, prefixes of each other, or longer than any.
      'ke', 'ket', 'ket luan', 'thong', 'thong bao ket luan', 'thong tu lien tich', 'thong\n\nbao', 'quy dinh', 'quyet dinh', 'nghi quyet', 'nghi dinh', 'huong dan', 'to trinh', 'van ban', 'bao cao', 'thongtu', 'A', 'é'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        expect(typeWordMatches(text).map((m) => [m.index, m[1]])).toEqual(withLookBehind(text));
        expect(typeWordMatches(text).map((m) => m[0])).toEqual([...text.matchAll(new RegExp(TYPE_WORD_PATTERN.source, 'gu'))].map((m) => m[0]));
      }),
      { numRuns: 5000 },
    );
  });
});
