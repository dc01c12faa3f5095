import fc from 'fast-check';
import { fnv1a32 } from '../../../src/shared/fnv1a';
import { reuseTokens, reuseWordHashes } from '../../../src/extract/reuse/reuse-tokens';
import { seed } from './seed-documents';

describe('reuseWordHashes', () => {
  it('gives the hashes of reuseTokens for a seed letter', () => {
    const text = seed('tu342').node.text!;
    const hashes = reuseWordHashes(text);
    expect(hashes.length).toBeGreaterThan(100);
    expect(Array.from(hashes)).toEqual(Array.from(reuseTokens(text).hashes));
  });

  it('gives the hashes of reuseTokens for any text, NFC or not', () => {
    const piece = fc.constantFrom('Thực', 'hiện', 'Chỉ thị', 'số', '16/CT-TTg', 'ĐẢNG', ' ', '\n', ',', '.', 'a\u0301', '𝐀', 'x', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(Array.from(reuseWordHashes(text))).toEqual(Array.from(reuseTokens(text).hashes));
      }),
    );
  });

  it('keeps every word of a text of one-letter words (more words than the arrays first hold)', () => {
    const text = 'a đ '.repeat(500);
    const tokens = reuseTokens(text);
    expect(tokens.starts.length).toBe(1000);
    expect(Array.from(tokens.starts.slice(0, 4))).toEqual([0, 2, 4, 6]);
    expect(tokens.ends[999]).toBe(text.length - 1);
    expect(new Set(tokens.ids).size).toBe(2);
    // Folded `a`, `d` alternating, each hashed as the words' own FNV-1a.
    const want = Array.from({ length: 1000 }, (_, k) => fnv1a32(k % 2 === 0 ? 'a' : 'd'));
    expect(Array.from(tokens.hashes)).toEqual(want);
    expect(Array.from(reuseWordHashes(text))).toEqual(want);
  });

  it('hashes a word longer than the unit buffer first holds', () => {
    const word = 'Đắk'.repeat(400);
    const tokens = reuseTokens(`x ${word} y`);
    expect(Array.from(tokens.hashes)).toEqual([fnv1a32('x'), fnv1a32('dak'.repeat(400)), fnv1a32('y')]);
    expect(Array.from(reuseWordHashes(`x ${word} y`))).toEqual(Array.from(tokens.hashes));
  });

  it('gives each call arrays of its own: a later text, longer or shorter, leaves earlier results as they were', () => {
    const first = seed('tu342').node.text!;
    const tokens = reuseTokens(first);
    const hashes = reuseWordHashes(first);
    const copy = { ids: Array.from(tokens.ids), hashes: Array.from(tokens.hashes), starts: Array.from(tokens.starts), ends: Array.from(tokens.ends) };
    const long = 'b c '.repeat(600_000); // 1.2 million words: past the working arrays' size, which are then given back
    expect(reuseTokens(long).ids.length).toBe(1_200_000);
    expect(reuseWordHashes(long).length).toBe(1_200_000);
    const short = reuseTokens('Đắk Nông');
    expect({ ids: Array.from(tokens.ids), hashes: Array.from(tokens.hashes), starts: Array.from(tokens.starts), ends: Array.from(tokens.ends) }).toEqual(copy);
    expect(Array.from(hashes)).toEqual(copy.hashes);
    expect(Array.from(short.hashes)).toEqual([fnv1a32('dak'), fnv1a32('nong')]);
    expect(Array.from(short.starts)).toEqual([0, 4]);
    expect(Array.from(short.ends)).toEqual([3, 8]);
    expect(short.ids.length).toBe(2);
  });
});

describe('reuseWordHashes then reuseTokens (shared scratch arrays)', () => {
  it('leaves reuseTokens whole word offsets and ids after it grew the arrays for a longer text', () => {
    // A fresh module: its scratch arrays are at their first size, so the hashes' scan is the one that grows them.
    jest.isolateModules(() => {
      const fresh = require('../../../src/extract/reuse/reuse-tokens') as typeof import('../../../src/extract/reuse/reuse-tokens');
      expect(fresh.reuseWordHashes('ba '.repeat(3000)).length).toBe(3000);
      const text = 'a đ '.repeat(1500);
      const tokens = fresh.reuseTokens(text);
      expect(tokens.starts.length).toBe(3000);
      expect(tokens.ends[2999]).toBe(text.length - 1);
      expect(Array.from(tokens.starts.slice(2996))).toEqual([5992, 5994, 5996, 5998]);
      expect(new Set(tokens.ids).size).toBe(2);
      expect(fresh.wordsOf({ ids: tokens.ids.slice(2998) })).toEqual(['a', 'd']);
    });
  });
});
