import fc from 'fast-check';
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
});
