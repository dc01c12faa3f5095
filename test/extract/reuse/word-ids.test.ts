import fc from 'fast-check';
import { wordId, wordOf } from '../../../src/extract/reuse/word-ids';
import { fnv1a32 } from '../../../src/shared/fnv1a';

const unitsOf = (w: string): number[] => Array.from(w, (ch) => ch.charCodeAt(0));
const idOf = (w: string, hash = fnv1a32(w)): number => wordId(unitsOf(w), w.length, hash);

describe('wordId', () => {
  it('gives equal words one id and spells it back', () => {
    const a = idOf('phong');
    expect(idOf('phong')).toBe(a);
    expect(idOf('chong')).not.toBe(a);
    expect(wordOf(a)).toBe('phong');
  });

  it('tells apart different words that share a hash (the hash only finds the slot)', () => {
    const x = idOf('dich-benh-x', 12345);
    const y = idOf('dich-benh-y', 12345);
    expect(x).not.toBe(y);
    expect(idOf('dich-benh-x', 12345)).toBe(x);
    expect([wordOf(x), wordOf(y)]).toEqual(['dich-benh-x', 'dich-benh-y']);
  });

  it('keeps every id through the table growing past its first size (100,000 distinct words)', () => {
    const words = Array.from({ length: 100_000 }, (_, i) => `w${i.toString(36)}`);
    const ids = words.map((w) => idOf(w));
    expect(new Set(ids).size).toBe(words.length);
    words.forEach((w, i) => expect(idOf(w)).toBe(ids[i]));
    expect(wordOf(ids[99_999]!)).toBe(words[99_999]);
  });

  it('is a bijection between words and ids (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 40 }), (words) => {
        const ids = words.map((w) => idOf(w));
        words.forEach((w, i) => {
          expect(wordOf(ids[i]!)).toBe(w);
          words.forEach((v, k) => expect(ids[i] === ids[k]).toBe(w === v));
        });
      }),
    );
  });

  it('refuses an id it never gave', () => {
    expect(() => wordOf(-1)).toThrow(RangeError);
    expect(() => wordOf(1e9)).toThrow(RangeError);
  });
});
