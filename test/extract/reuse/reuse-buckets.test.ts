import fc from 'fast-check';
import { alignPassages, reuseBuckets } from '../../../src/extract/reuse';
import { bucketKeyName } from '../../../src/extract/reuse/reuse-buckets';
import { seed, type SeedName } from './seed-documents';

function shared(a: string, b: string): number {
  const keys = new Set(reuseBuckets(a));
  return reuseBuckets(b).filter((k) => keys.has(k)).length;
}

const text = (name: SeedName): string => seed(name).node.text!;

describe('reuseBuckets', () => {
  it('gives sorted, distinct keys of the form b<band>:<13 hex digits>', () => {
    const keys = reuseBuckets(text('tu342'));
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) expect(k).toMatch(/^b\d+:[0-9a-f]{13}$/);
    expect([...new Set(keys)].sort()).toEqual(keys);
  });

  it('depends only on the text', () => {
    expect(reuseBuckets(text('vpcp285'))).toEqual(reuseBuckets(text('vpcp285')));
  });

  it('gives no keys for a text without words', () => {
    expect(reuseBuckets('')).toEqual([]);
    expect(reuseBuckets('- ; ./.')).toEqual([]);
  });

  // Pairs checked by reading: each shares one or more paragraphs near-verbatim.
  it.each<[SeedName, SeedName]>([
    ['ubnd3953', 'tu446'],
    ['ubnd3953', 'tu473'],
    ['ubnd3953', 'tu470'],
    ['tu446', 'tu470'],
    ['ubnd6325', 'vpcp285'],
    ['tu470', 'tu342'],
    ['tu342', 'laiChau004'],
    ['tu470', 'laiChau004'],
  ])('puts %s and %s, which share paragraphs, in a common bucket', (a, b) => {
    expect(shared(text(a), text(b))).toBeGreaterThan(0);
  });

  // The Chỉ thị of seeds/001 (a May 2021 province directive on elections and outbreaks) shares no sentence with the others.
  it.each<SeedName>(['vpcp285', 'ubnd6325', 'ubnd3953', 'tu446', 'tu470', 'laiChau004'])(
    'keeps the unrelated Chỉ thị of seeds/001 and %s apart',
    (other) => {
      expect(shared(text('chiThi001'), text(other))).toBe(0);
    },
  );

  it('lets a shared clause shorter than a sentence collide rarely, and alignment then rejects the pair', () => {
    // 001 and 342 both say `chịu trách nhiệm trước Tỉnh ủy, Ban Thường vụ Tỉnh ủy về công tác phòng, chống dịch` (17 words).
    const n = shared(text('chiThi001'), text('tu342'));
    expect(n).toBeLessThanOrEqual(2);
    expect(n).toBeLessThan(shared(text('tu470'), text('tu342')));
    expect(alignPassages(text('chiThi001'), text('tu342'))).toEqual([]);
    expect(alignPassages(text('chiThi001'), text('tu342'), { minWords: 12 }).map((p) => text('chiThi001').slice(p.a.start, p.a.end))).toEqual([
      'chịu trách nhiệm trước Tỉnh ủy, Ban Thường vụ Tỉnh ủy về công tác phòng, chống dịch',
    ]);
  });

  it('catches a short letter that copies two paragraphs of a long notice', () => {
    const notice = text('vpcp285');
    const p1 = notice.slice(notice.indexOf('- Cách ly nhanh nhất'), notice.indexOf('7. Tiếp tục thực hiện'));
    const p2 = notice.slice(notice.indexOf('- Bộ Kế hoạch và Đầu tư'), notice.indexOf('- Tiếp tục thực hiện tốt công tác an sinh'));
    const letter = `Kính gửi các sở, ngành. Ủy ban nhân dân huyện yêu cầu các xã, thị trấn khẩn trương thực hiện như sau:\n\n${p1}\n\n${p2}\n\nĐề nghị các đơn vị nghiêm túc thực hiện.`;
    expect(letter.length).toBeLessThan(notice.length / 5);
    expect(shared(letter, notice)).toBeGreaterThan(0);
  });

  it('catches a paragraph copied with OCR damage (diacritics lost, punctuation changed)', () => {
    const src = text('tu470');
    const para = src.slice(src.indexOf('4. Ban Dân vận Tỉnh ủy'), src.indexOf('5. Công an tỉnh'));
    const damaged = para.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[,;]/g, ' ');
    expect(shared(`Văn bản này chuyển tiếp ý kiến chỉ đạo:\n\n${damaged}`, src)).toBeGreaterThan(0);
  });

  it('never throws and gives well-formed keys (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (t) => {
        for (const k of reuseBuckets(t)) expect(k).toMatch(/^b\d+:[0-9a-f]{13}$/);
      }),
    );
  });
});

describe('bucketKeyName', () => {
  it.each([0, 1, 0xabcdef, 2 ** 32, 2 ** 32 + 0x1234, 2 ** 52 - 1, 0x89abc_def01234])('spells band and value %d as the hex of the value', (value) => {
    for (const band of [0, 1, 9]) {
      expect(bucketKeyName(band, value)).toBe(`b${band}:${value.toString(16).padStart(13, '0')}`);
    }
  });

  it('spells a band past 9 too', () => {
    expect(bucketKeyName(12, 255)).toBe('b12:00000000000ff');
  });
});
