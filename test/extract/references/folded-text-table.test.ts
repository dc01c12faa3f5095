import fc from 'fast-check';
import { foldedRange, foldSlices, foldText, originalSpan } from '../../../src/extract/references/folded-text';

/** The fold as first written, code point by code point with no table: the table-driven one must give the same view. */
function reference(original: string): { text: string; starts: number[]; ends: number[] } {
  const dropped = new Set(['*', '~', '\\', '\u00ad', '\u200b', '\u200c', '\u200d', '\ufeff']);
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < original.length) {
    if (original[i] === '^') {
      const m = /^\^\{[^}\n]{0,6}\}|^\^/.exec(original.slice(i, i + 9))!;
      i += m[0].length;
      continue;
    }
    const width = (original.codePointAt(i) as number) > 0xffff ? 2 : 1;
    const cp = original.slice(i, i + width);
    if (!dropped.has(cp)) {
      let folded: string;
      if (cp === 'đ' || cp === 'Đ') folded = 'd';
      else {
        const stripped = cp.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
        folded = stripped === '\u00a0' ? ' ' : stripped.replace(/đ/g, 'd');
      }
      for (let k = 0; k < folded.length; k++) {
        text += folded[k];
        starts.push(i);
        ends.push(i + width);
      }
    }
    i += width;
  }
  return { text, starts, ends };
}

const PIECES = ['A', 'z', ' ', '\n', '*', '~', '\\', '^', '^{12}', '^{abc', 'Đ', 'đ', 'Ắ', 'ự', 'İ', 'ǅ', 'ß', '\u00a0', '\u00ad', '\u200b', '\ufeff',
  '\u0301', 'Ω', '中', '😀', '\ud800', '\udc00', '16/CT-TTg', 'Chỉ thị số '];

describe('foldText (per-unit table, typed arrays)', () => {
  it('gives the same view and offsets as the plain fold (checked by hand on a small case)', () => {
    const view = foldText('Số **16**/CT-TTg');
    expect(view.text).toBe('so 16/ct-ttg');
    expect(originalSpan(view, 3, 12)).toEqual({ start: 5, end: 16 });
  });

  it('equals the plain fold on mixed strings, long ones included', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const view = foldText(text);
        const want = reference(text);
        expect(view.text).toBe(want.text);
        expect(Array.from(view.starts)).toEqual(want.starts);
        expect(Array.from(view.ends)).toEqual(want.ends);
      }),
      { numRuns: 3000 },
    );
    // Long views ending in a lone surrogate or an astral character (the byte decoder of long views must not see them).
    for (const tail of ['\ud800', '\udc00', '😀', 'x\ud83d']) {
      const text = `${'Chỉ thị số 16/CT-TTg '.repeat(3)}${tail}`;
      expect(foldText(text).text).toBe(reference(text).text);
    }
    // Longer than the shared buffer keeps, then short again.
    const huge = 'Chỉ thị **16**/CT-TTg ^{1} İ '.repeat(40_000);
    const hugeView = foldText(huge);
    const hugeWant = reference(huge);
    expect(hugeView.text).toBe(hugeWant.text);
    expect(hugeView.ends[hugeView.ends.length - 1]).toBe(hugeWant.ends[hugeWant.ends.length - 1]);
    expect(foldText('Số 16').text).toBe('so 16');
    const long = 'İİİ Chỉ thị ǅ '.repeat(3000);
    expect(foldText(long).text).toBe(reference(long).text);
  });
});

describe('foldedRange (a slice of a fold)', () => {
  const asPlain = (v: { text: string; starts: Int32Array; ends: Int32Array }, shift = 0) => ({
    text: v.text,
    starts: Array.from(v.starts, (o) => o + shift),
    ends: Array.from(v.ends, (o) => o + shift),
  });

  it('equals the fold of the slice, offsets into the whole text, for any range of any text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 40 }),
        fc.nat(),
        fc.nat(),
        (parts, a, b) => {
          const text = parts.join('');
          const start = text.length === 0 ? 0 : a % (text.length + 1);
          const end = start + (text.length - start === 0 ? 0 : b % (text.length - start + 1));
          const canSlice = foldSlices(text);
          expect(asPlain(foldedRange(foldText(text), text, start, end, canSlice))).toEqual(asPlain(foldText(text.slice(start, end)), start));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('slices only texts whose characters fold on their own: not with a footnote mark or a surrogate', () => {
    expect(foldSlices('Công văn số 470/CV-TU; Chỉ thị 16/CT-TTg: “khẩn”')).toBe(true);
    expect(foldSlices('Số 470^{*} -CV/TU')).toBe(false);
    expect(foldSlices('dịch 😀 bệnh')).toBe(false);
    // Sliced inside the mark, the slice's own fold keeps `{}`; the whole fold dropped the mark.
    const text = 'Số 470^{*} -CV/TU';
    expect(foldText(text.slice(7)).text).toBe('{} -cv/tu');
    expect(foldedRange(foldText(text), text, 7, text.length, foldSlices(text)).text).toBe('{} -cv/tu');
    expect(foldedRange(foldText(text), text, 7, text.length, true).text).toBe(' -cv/tu');
    // Either way a span comes back in the whole text.
    expect(originalSpan(foldedRange(foldText(text), text, 7, text.length, foldSlices(text)), 3, 5)).toEqual({ start: 11, end: 13 });
  });
});
