import fc from 'fast-check';
import { alignPassages, passageCoverage, DEFAULT_ALIGN_OPTIONS } from '../../../src/extract/reuse';
import { alignPrepared, prepareText, seedPositions, type PreparedText } from '../../../src/extract/reuse/align-passages';
import { reuseTokens } from '../../../src/extract/reuse/reuse-tokens';
import { seed, type SeedName } from './seed-documents';

const text = (name: SeedName): string => seed(name).node.text!;
const squash = (s: string): string => s.replace(/\s+/g, ' ');

describe('alignPassages', () => {
  it('finds the `Tạo điều kiện giúp đỡ … phân luồng giao thông` bullet 3953/UBND-KGVX copies from 473-CV/TU', () => {
    const a = text('ubnd3953');
    const b = text('tu473');
    const passages = alignPassages(a, b);
    const bullet = passages.find((p) => a.slice(p.a.start, p.a.end).includes('phân luồng giao thông'));
    expect(bullet).toBeDefined();
    // 473 words it `Chỉ đạo lực lượng chức năng tạo điều kiện giúp đỡ, …`; the copy starts at `Tạo điều kiện`
    // and runs into the `- Chỉ đạo` that opens the next bullet in both.
    expect(squash(a.slice(bullet!.a.start, bullet!.a.end))).toBe(
      'Tạo điều kiện giúp đỡ, có phương án phân luồng giao thông phù hợp, không làm ách tắc giao thông, hạn chế tình trạng các phương tiện dừng, đỗ trên địa bàn tỉnh Đắk Nông để tránh lây lan dịch bệnh. - Chỉ đạo',
    );
    expect(squash(b.slice(bullet!.b.start, bullet!.b.end))).toBe(
      'tạo điều kiện giúp đỡ, có phương án phân luồng giao thông phù hợp, không làm ách tắc giao thông, hạn chế tình trạng các phương tiện dừng, đỗ trên địa bàn tỉnh Đắk Nông để tránh lây lan dịch bệnh. - Chỉ đạo',
    );
    // Counted by hand: 41 syllables up to `dịch bệnh`, then `Chỉ đạo`.
    expect(bullet!.aWords).toBe(43);
    expect(bullet!.matchedWords).toBe(43);
  });

  it('bridges small edits: 3953 item 3 `thực hiện … phòng, chống dịch bệnh hiệu quả tại địa phương, trường hợp cách bách` vs 446 `cấp bách`', () => {
    const a = text('ubnd3953');
    const b = text('tu446');
    const p = alignPassages(a, b).find((x) => a.slice(x.a.start, x.a.end).includes('cách bách'));
    expect(p).toBeDefined();
    expect(b.slice(p!.b.start, p!.b.end)).toContain('cấp bách');
    expect(p!.matchedWords).toBeLessThan(p!.aWords);
  });

  it('finds the paragraphs 470-CV/TU (Đắk Nông) and 342-CV/TU (Ninh Bình) both take from the Điện of 21/7/2021', () => {
    const a = text('tu470');
    const b = text('tu342');
    const passages = alignPassages(a, b);
    const quoted = passages.map((p) => squash(a.slice(p.a.start, p.a.end)));
    expect(quoted.some((q) => q.includes('khơi dậy tinh thần tương thân, tương ái, hỗ trợ, giúp đỡ nhau vượt qua khó khăn'))).toBe(true);
    expect(quoted.some((q) => q.includes('tránh khai thác đưa tin một chiều, thiếu kiểm chứng gây tâm lý hoang mang trong nhân dân'))).toBe(true);
    const cov = passageCoverage(passages);
    expect(cov.a).toBeGreaterThan(0.5);
    expect(cov.b).toBeGreaterThan(0.4);
  });

  it('reports the share of each text covered, larger for the short text', () => {
    const passages = alignPassages(text('ubnd6325'), text('vpcp285'));
    const cov = passageCoverage(passages);
    expect(cov.a).toBeGreaterThan(cov.b);
    const words6325 = text('ubnd6325').match(/[\p{L}\p{N}]+/gu)!.length;
    expect(passages[0]!.aShare).toBeCloseTo(passages[0]!.aWords / words6325, 6);
  });

  it('finds nothing between the Chỉ thị of seeds/001 and 285/TB-VPCP', () => {
    expect(alignPassages(text('chiThi001'), text('vpcp285'))).toEqual([]);
  });

  it('leaves out shared names of bodies and citations shorter than a sentence', () => {
    // Both say `Chỉ thị số 16/CT…TTg ngày 31/3/2020 của Thủ tướng Chính phủ`, nothing more.
    expect(alignPassages(text('tu446'), text('chiThi001'))).toEqual([]);
  });

  it('keeps passages one-to-one when a text repeats itself', () => {
    const para = 'Các cấp ủy, tổ chức đảng tiếp tục quán triệt và tổ chức triển khai thực hiện nghiêm túc, quyết liệt, có hiệu quả các văn bản chỉ đạo của Bộ Chính trị.';
    const passages = alignPassages(`${para}\n\n${para}`, `Mở đầu khác hẳn. ${para}`);
    expect(passages).toHaveLength(1);
  });

  const wordList = fc.array(fc.constantFrom('phòng', 'chống', 'dịch', 'Covid-19', 'tỉnh', 'Đắk', 'Nông', 'ủy', 'ban', 'nhân', 'dân', '16/CT-TTg', 'ngày', 'và', 'các'), {
    minLength: 0,
    maxLength: 120,
  });

  it('never throws and keeps every offset inside the inputs (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), wordList.map((w) => w.join(' '))), wordList.map((w) => w.join(', ')), (a, b) => {
        for (const p of [...alignPassages(a, b), ...alignPassages(b, a)]) {
          for (const [r, t] of [
            [p.a, a],
            [p.b, b],
          ] as const) {
            expect(r.start).toBeGreaterThanOrEqual(0);
            expect(r.start).toBeLessThan(r.end);
            expect(r.end).toBeLessThanOrEqual(t.length);
          }
          expect(p.matchedWords).toBeGreaterThanOrEqual(DEFAULT_ALIGN_OPTIONS.minWords);
        }
      }),
    );
  });

  it('aligns a text with itself as one passage covering all of it (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zđươăâêôơ]{1,7}$/), { minLength: 20, maxLength: 150 }), fc.constantFrom(' ', ', ', '\n'), (words, sep) => {
        const a = words.join(sep);
        const passages = alignPassages(a, a);
        expect(passages).toHaveLength(1);
        expect(passages[0]!.a).toEqual({ start: 0, end: a.length });
        expect(passages[0]!.b).toEqual({ start: 0, end: a.length });
        expect(passageCoverage(passages)).toEqual({ a: 1, b: 1 });
      }),
    );
  });

  it('passages are disjoint in both texts (property)', () => {
    fc.assert(
      fc.property(wordList, wordList, (wa, wb) => {
        const ps = alignPassages(wa.join(' '), wb.join(' '));
        for (let i = 1; i < ps.length; i++) expect(ps[i]!.a.start).toBeGreaterThanOrEqual(ps[i - 1]!.a.end);
        const byB = [...ps].sort((x, y) => x.b.start - y.b.start);
        for (let i = 1; i < byB.length; i++) expect(byB[i]!.b.start).toBeGreaterThanOrEqual(byB[i - 1]!.b.end);
      }),
    );
  });
});

describe('prepareText', () => {
  const names: SeedName[] = ['ubnd3953', 'tu473', 'tu470', 'vpcp285'];

  it('indexes every position of every seed, ascending, and finds no position for a seed the text lacks', () => {
    for (const name of names) {
      const p = prepareText(reuseTokens(text(name)));
      expect(p.seeds.length).toBe(reuseTokens(text(name)).ids.length - p.seedSize + 1);
      const expected = new Map<number, number[]>();
      p.seeds.forEach((hash, i) => expected.set(hash, [...(expected.get(hash) ?? []), i]));
      for (const [hash, positions] of expected) expect(seedPositions(p, hash)).toEqual(positions);
      expect([...expected.values()].some((positions) => positions.length > 1)).toBe(true); // repeated phrases are covered
      let absent = 0;
      for (let hash = 1; absent < 1000; hash = (Math.imul(hash, 2654435761) + 1) >>> 0) {
        if (expected.has(hash)) continue;
        expect(seedPositions(p, hash)).toEqual([]);
        absent++;
      }
    }
  });

  it('searches only the first text through its index, built once: the second is read through its seeds', () => {
    const [a, b] = (['ubnd3953', 'tu473'] as SeedName[]).map((n) => prepareText(reuseTokens(text(n))));
    const seedsOnly = { tokens: b!.tokens, seedSize: b!.seedSize, seeds: b!.seeds } as Omit<PreparedText, 'index'>;
    const unindexed = Object.defineProperty(seedsOnly, 'index', {
      get: () => {
        throw new Error('the second text was searched');
      },
    }) as PreparedText;
    const passages = alignPrepared(a!, unindexed);
    expect(passages).toEqual(alignPrepared(a!, b!));
    expect(passages.length).toBeGreaterThan(0);
    expect(a!.index).toBe(a!.index);
  });
});
