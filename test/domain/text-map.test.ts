import fc from 'fast-check';
import { encodeTextMap, mapTextRange } from '../../src/domain/text-map';

describe('text map', () => {
  it('encodes contiguous stretches as runs', () => {
    // source "a**bc d" cleaned to "abc d": 'a'←0, 'b'←3, 'c'←4, ' '←5, 'd'←6
    expect(encodeTextMap([0, 3, 4, 5, 6])).toEqual([0, 0, 1, 1, 3, 4]);
  });

  it('maps a text range to the source span from its first to its last character', () => {
    const map = encodeTextMap([0, 3, 4, 5, 6]);
    expect(mapTextRange(map, 'f.txt', 0, 3)).toEqual({ file: 'f.txt', start: 0, end: 5 });
    expect(mapTextRange(map, 'f.txt', 1, 5)).toEqual({ file: 'f.txt', start: 3, end: 7 });
  });

  it('gives null for empty and out-of-range ranges', () => {
    const map = encodeTextMap([0, 1, 2]);
    expect(mapTextRange(map, 'f', 2, 2)).toBeNull();
    expect(mapTextRange(map, 'f', 1, 4)).toBeNull();
    expect(mapTextRange([], 'f', 0, 1)).toBeNull();
  });

  it('gives null for a range whose runs go backwards in the source (pages put back in order)', () => {
    // text "abXY": "ab" from source 10-11, "XY" from source 0-1 (an earlier page placed after)
    const map = encodeTextMap([10, 11, 0, 1]);
    expect(mapTextRange(map, 'f', 0, 4)).toBeNull();
    expect(mapTextRange(map, 'f', 2, 4)).toEqual({ file: 'f', start: 0, end: 2 });
  });

  it('agrees with the offsets it was built from for every character', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 200 }), (gaps) => {
        const offsets: number[] = [];
        let at = 0;
        for (const g of gaps) offsets.push((at += g));
        const map = encodeTextMap(offsets);
        return offsets.every((o, i) => mapTextRange(map, 'f', i, i + 1)?.start === o);
      }),
    );
  });
});
