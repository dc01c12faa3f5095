import fc from 'fast-check';
import { shingles, SHINGLE_SIZE } from '../../../src/extract/reuse';
import { reuseTokens, wordsOf } from '../../../src/extract/reuse/reuse-tokens';

describe('shingles', () => {
  it('gives one shingle per word position of a text of at least SHINGLE_SIZE words', () => {
    const text = 'Toàn hệ thống chính trị tiếp tục tập trung cao nhất';
    expect(SHINGLE_SIZE).toBe(5);
    // 11 words (syllables): Toàn·hệ·thống·chính·trị·tiếp·tục·tập·trung·cao·nhất
    expect(shingles(text)).toHaveLength(11 - 5 + 1);
  });

  it('matches OCR variants that differ only in diacritics (`phuong châm` / `phương châm`)', () => {
    expect(Array.from(shingles('Tiếp tục thực hiện hiệu quả phuong châm 5K + vắc xin'))).toEqual(
      Array.from(shingles('Tiếp tục thực hiện hiệu quả phương châm 5K + vắc xin')),
    );
  });

  it('gives the same shingles for NFC and decomposed (NFD) input', () => {
    const text = 'Phát huy cao nhất vai trò các tổ chức tự quản dân cư, tổ phòng, chống Covid-19 cộng đồng';
    expect(Array.from(shingles(text.normalize('NFD')))).toEqual(Array.from(shingles(text)));
  });

  it('folds đ to d, case, punctuation and whitespace', () => {
    const a = shingles('Đồng chí Bí thư, Chủ tịch UBND tỉnh giao nhiệm vụ');
    const b = shingles('dong chi bi thu chu tich   ubnd\ntinh; giao nhiem vu.');
    expect(Array.from(a)).toEqual(Array.from(b));
  });

  it('tells different wording apart', () => {
    const a = shingles('không để dịch lan rộng trên địa bàn tỉnh');
    const b = shingles('không để dịch lây lan trên địa bàn tỉnh');
    expect(Array.from(a)).not.toEqual(Array.from(b));
  });

  it('gives one shingle for a text shorter than the shingle size and none for a text without words', () => {
    expect(shingles('Kính gửi')).toHaveLength(1);
    expect(shingles('')).toHaveLength(0);
    expect(shingles(' ./.; - *')).toHaveLength(0);
  });

  it('keeps word offsets in the original text even when input is not NFC', () => {
    const decomposed = 'phòng, chống'.normalize('NFD');
    const t = reuseTokens(decomposed);
    expect(wordsOf(t)).toEqual(['phong', 'chong']);
    expect(decomposed.slice(t.starts[1]!, t.ends[1]!)).toBe('chống'.normalize('NFD'));
  });

  it('never throws, is deterministic and gives 32-bit unsigned values (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const a = shingles(text);
        expect(Array.from(shingles(text))).toEqual(Array.from(a));
        for (const h of a) expect(h >>> 0).toBe(h);
      }),
    );
  });
});
