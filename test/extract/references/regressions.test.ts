import { findReferences } from '../../../src/extract/references/find-references';
import { parseCode } from '../../../src/extract/references/code-grammar';
import { refsForLine } from '../../../src/extract/references/refs-for-line';

/** Each case is named after what once broke. */
describe('reference regressions', () => {
  it('a spaced dash after a complete code starts the next words: `3953/UBND-KGVX - Ủy ban`', () => {
    expect(refsForLine('Công văn số 3953/UBND-KGVX - Ủy ban nhân dân tỉnh').map((r) => r.code)).toEqual(['3953/UBND-KGVX']);
    expect(refsForLine('Công văn số 3953/UBND-KGVX - UBND tỉnh').map((r) => r.code)).toEqual(['3953/UBND-KGVX']);
  });

  it('a lower-case `số` at a line start is not a header number', () => {
    expect(refsForLine('số 2468/ UBND - VX ngày 1/8/2021').map((r) => r.code)).toEqual(['2468/UBND-VX']);
    expect(refsForLine('Số: 2468/ UBND - VX')).toEqual([]);
    expect(refsForLine('SỐ 12/QĐ-UBND')).toEqual([]);
  });

  it('issuer words that fold to stop words stay in the name (`Tuyên giáo`, `nhân dân`)', () => {
    expect(refsForLine('Hướng dẫn số 15-HD/BTGTW của Ban Tuyên giáo Trung ương')[0].issuer).toBe('Ban Tuyên giáo Trung ương');
    expect(refsForLine('Nghị quyết số 04/2021/NQ-HĐND của Hội đồng nhân dân tỉnh')[0].issuer).toBe('Hội đồng nhân dân tỉnh');
  });

  it('a title under a capitals heading is not a reference, even across a blank line', () => {
    expect(findReferences('THÔNG BÁO\n\n**Kết luận của Thủ tướng Chính phủ Phạm Minh Chính,')).toEqual([]);
    expect(findReferences('CHỈ THỊ\n\nCỦA BAN THƯỜNG VỤ TỈNH ỦY')).toEqual([]);
  });

  it('a list item on the next line ends an issuer', () => {
    expect(refsForLine('theo Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ\n- Như trên;')[0].issuer).toBe('Thủ tướng Chính phủ');
    expect(refsForLine('theo Chỉ thị 16/CT-TTg của Thủ tướng\nChính phủ về giãn cách')[0].issuer).toBe('Thủ tướng Chính phủ');
  });

  it('parseCode rejects a code followed by more words', () => {
    expect(parseCode('2468/ UBND - VX - KT')).toBeNull();
    expect(parseCode('2468/ UBND - VX')?.code).toBe('2468/UBND-VX');
  });

  it('numbers without symbol are found only when asked for (their identity needs more than type + issuer)', () => {
    const line = 'áp dụng các biện pháp theo các Chỉ thị 15, 16 và 19 của Thủ tướng Chính phủ';
    expect(findReferences(line)).toEqual([]);
    const found = findReferences(line, { numberOnly: true });
    expect(found.map((r) => [r.type, r.number, r.code, r.issuer, r.form])).toEqual([
      ['CHI_THI', '15', null, 'Thủ tướng Chính phủ', 'number-only'],
      ['CHI_THI', '16', null, 'Thủ tướng Chính phủ', 'number-only'],
      ['CHI_THI', '19', null, 'Thủ tướng Chính phủ', 'number-only'],
    ]);
    expect(findReferences('giãn cách theo tinh thần Chỉ thị 16 ngày 31/3/2020', { numberOnly: true })[0]).toMatchObject({
      number: '16', date: '2020-03-31', year: 2020, code: null,
    });
    for (const not of ['xây dựng Kế hoạch 5 năm', 'Nghị quyết 2021 của Đảng bộ', 'theo chỉ thị 16', 'Quyết định 2 lần']) {
      expect(findReferences(not, { numberOnly: true })).toEqual([]);
    }
  });

  it('many type words on one line stay linear (no quadratic look-back)', () => {
    const line = 'Chỉ thị '.repeat(20000);
    const started = Date.now();
    expect(findReferences(line)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
