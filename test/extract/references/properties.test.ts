import fc from 'fast-check';
import { canonicalCode, parseCode } from '../../../src/extract/references/code-grammar';
import { findReferences } from '../../../src/extract/references/find-references';
import { refsForLine } from '../../../src/extract/references/refs-for-line';

/** Strings that mix reference pieces with noise, so the properties reach the interesting paths. */
const PIECES = [
  'Chỉ thị', 'số', '16/CT-TTg', '16/CT/TTg', 'ngày', '31/3/2020', 'của', 'Thủ tướng Chính phủ', ',', ';', '(', ')',
  'Điện', 'Công văn', '2522, 2523/UBND-VX', '07-KL/TW', '470^{*} -CV/TU', '~~3953~~', '/UBND-KGVX', '**', '\n', '\n\n',
  'Số:', 'này', 'và', 'Nghị quyết', '04/2021/NQ-HĐND', 'tháng', 'năm', 'gửi kèm theo', 'Quyet dinh', 'QD-BCD',
  '\ud800', '\udfff', '\u0000', '\u0301', 'Đ', 'İ', '^', '{', '}', 'ngay 31 thang 3 nam 2020',
];
const referenceLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(' '));
const anyString = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), referenceLike);

describe('properties of the reference finder', () => {
  it('findReferences never throws and every span is a slice of the input', () => {
    fc.assert(
      fc.property(anyString, (input) => {
        for (const ref of findReferences(input)) {
          expect(ref.start).toBeGreaterThanOrEqual(0);
          expect(ref.end).toBeLessThanOrEqual(input.length);
          expect(ref.start).toBeLessThan(ref.end);
          expect(ref.text).toBe(input.slice(ref.start, ref.end));
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('refsForLine never throws and always gives the seven contract keys in order', () => {
    fc.assert(
      fc.property(anyString, (input) => {
        for (const ref of refsForLine(input)) {
          expect(Object.keys(ref)).toEqual(['type', 'number', 'year', 'symbol', 'code', 'date', 'issuer']);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('canonicalCode is idempotent', () => {
    const codeLike = fc
      .tuple(
        fc.stringMatching(/^\d{1,4}$/),
        fc.constantFrom('/', '-', ' / ', ' - ', '/ '),
        fc.option(fc.constantFrom('2021/', '2020/'), { nil: '' }),
        fc.constantFrom('CT', 'NQ', 'QD', 'QĐ', 'ct', 'KL', 'CV', 'TB', 'UBND', 'TTr', 'Xy'),
        fc.constantFrom('-', '/', ' - '),
        fc.constantFrom('TTg', 'CP', 'TW', 'TU', 'HDND', 'HĐND', 'BCD', 'KGVX', 'vx', 'QH14', 'ĐUK'),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(codeLike, anyString), (raw) => {
        const once = canonicalCode(raw);
        if (once !== null) expect(canonicalCode(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('parseCode never throws', () => {
    fc.assert(
      fc.property(anyString, (raw) => {
        parseCode(raw);
      }),
      { numRuns: 1000 },
    );
  });

  it('a reference found in a line is still found with noise around it', () => {
    fc.assert(
      fc.property(fc.constantFrom('', 'Thực hiện ', 'theo ', '- '), fc.constantFrom('', '.', '; tiếp tục', ' về việc phòng, chống dịch'), (pre, post) => {
        const refs = refsForLine(`${pre}Chỉ thị số 16/CT-TTg ngày 31/3/2020${post}`);
        expect(refs.map((r) => r.code)).toEqual(['16/CT-TTg']);
      }),
    );
  });
});
