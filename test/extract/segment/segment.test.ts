import { clean } from '../../../src/extract/clean/clean';
import { segment } from '../../../src/extract/segment/segment';

const header = (number: string, day: number) =>
  `TỈNH ỦY ĐẮK NÔNG\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố ${number}-CV/TU\n\nĐắk Nông, ngày ${day} tháng 7 năm 2021\n\nV/v phòng, chống dịch`;
const section = (n: number, tail: string) => `${n}. Các cấp ủy, tổ chức đảng tiếp tục quán triệt thực hiện nghiêm các biện pháp ${tail}`;
const signature = 'Nơi nhận:\n\n- Như trên,\n- Lưu.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nNguyễn Văn An';

function documentsOf(text: string) {
  const result = segment(clean(text), 'f.txt');
  return { ...result, texts: result.documents.map((d) => d.text.text) };
}

describe('segment', () => {
  it('starts a new document at a new header block', () => {
    const { texts } = documentsOf(
      [header('1', 20), section(1, 'phòng dịch.'), signature, header('2', 21), section(1, 'chống dịch.'), signature].join('\n\n'),
    );
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain('Số 1-CV/TU');
    expect(texts[1]).toContain('Số 2-CV/TU');
    expect(texts[0]).not.toContain('Số 2-CV/TU');
  });

  it('puts a page that starts mid-sentence after the page that broke off, even inside another document', () => {
    // Document 1 breaks off in section 1 (`trong tình`); its next page sits after document 2's sections.
    const doc1 = [header('1', 20), section(1, 'về công tác phòng, chống dịch bệnh trong tình')].join('\n\n');
    const doc2 = [header('2', 21), section(1, 'đã nêu.'), section(2, 'đã nêu.')].join('\n\n');
    const page = ['hình mới; tuyệt đối không lơ là, chủ quan, mất cảnh giác trong phòng dịch.', section(2, 'của tỉnh.'), signature].join('\n\n');
    const { documents, texts } = documentsOf([doc1, doc2, page].join('\n\n'));
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain('trong tình hình mới;');
    expect(texts[0]).toContain('Nguyễn Văn An');
    expect(texts[1]).not.toContain('hình mới');
    expect(documents[0]!.ranges).toHaveLength(2);
  });

  it('lets section numbers choose between pages that both start mid-sentence', () => {
    const wrongPage = ['trở công tác phòng, chống dịch của các cấp, các ngành.', section(6, 'cuối cùng.')].join('\n\n');
    const rightPage = ['hình mới; tuyệt đối không lơ là, chủ quan, mất cảnh giác trong phòng dịch.', section(2, 'tiếp theo, cản')].join('\n\n');
    const text = [header('1', 20), section(1, 'trong tình'), wrongPage, rightPage, signature].join('\n\n');
    const { texts } = documentsOf(text);
    expect(texts[0]!.indexOf('trong tình hình mới')).toBeGreaterThan(0);
    // After section 2 breaks off at `cản`, the page with section 6 does not fit (6 ≠ 3): the rest is missing.
    expect(texts[0]).not.toContain('cản trở');
  });

  it('drops a page that repeats an earlier one and reports it', () => {
    const page = 'hình mới; tuyệt đối không lơ là, chủ quan, mất cảnh giác trong công tác phòng chống dịch, cản';
    const text = [header('1', 20), section(1, 'trong tình'), page, page, 'trở công tác phòng, chống dịch của các cấp.', signature].join('\n\n');
    const { documents, texts } = documentsOf(text);
    expect(texts).toHaveLength(1);
    expect(texts[0]!.split('hình mới;')).toHaveLength(2);
    expect(texts[0]).toContain('cản trở công tác');
    expect(documents[0]!.diagnostics.map((d) => d.code)).toEqual(['page-duplicate']);
  });

  it('drops a page scanned twice even when it starts with a fresh paragraph', () => {
    const page = [section(3, 'về công tác phòng, chống dịch bệnh trên địa bàn.'), section(4, 'về tiêm chủng vắc xin cho người dân.')];
    const text = [header('1', 20), section(1, 'đã nêu.'), section(2, 'đã nêu.'), ...page, ...page, section(5, 'cuối cùng.'), signature].join('\n\n');
    const { documents, texts } = documentsOf(text);
    expect(texts[0]!.split('3. Các cấp ủy')).toHaveLength(2);
    expect(texts[0]).toContain('5. Các cấp ủy');
    expect(documents[0]!.diagnostics.map((d) => d.code)).toEqual(['page-duplicate']);
  });

  it('drops a repeated paragraph whose copy differs only in case, spacing and tone marks', () => {
    const page = [section(3, 'về công tác phòng, chống dịch bệnh trên địa bàn.'), section(4, 'về tiêm chủng vắc xin cho người dân.')];
    // The copy as a second OCR pass read it: doubled spaces and one paragraph without its tone marks (same matchKey).
    const copy = [page[0]!.replace(/ /g, '  '), page[1]!.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd')];
    const text = [header('1', 20), section(1, 'đã nêu.'), section(2, 'đã nêu.'), ...page, ...copy, section(5, 'cuối cùng.'), signature].join('\n\n');
    const { documents, texts } = documentsOf(text);
    expect(texts[0]!.split('4. Các cấp ủy').length + texts[0]!.split('4. Cac cap uy').length).toBe(3);
    expect(texts[0]).toContain('5. Các cấp ủy');
    expect(documents[0]!.diagnostics.map((d) => d.code)).toEqual(['page-duplicate']);
  });

  it('reports a page that never arrives instead of guessing', () => {
    const text = [header('1', 20), section(1, 'đã nêu.'), section(2, 'đối với những người về từ các tỉnh phía Nam,')].join('\n\n');
    const { documents } = documentsOf(text);
    expect(documents[0]!.diagnostics.map((d) => d.code)).toEqual(['page-missing']);
  });

  it('reports pages missing where numbered sections jump, even when no page starts mid-sentence', () => {
    const text = [header('1', 20), section(1, 'đã nêu.'), section(4, 'đã nêu.'), signature].join('\n\n');
    const { documents } = documentsOf(text);
    expect(documents[0]!.diagnostics.map((d) => d.code)).toEqual(['page-missing']);
    expect(documents[0]!.diagnostics[0]!.message).toContain('Section 1 is followed by section 4');
  });

  it('keeps the digital-signature stamp out of the documents and records its neighbours', () => {
    const stamp = 'Người ký: Tỉnh ủy Đắk\nNông\nCơ quan: Tỉnh ủy Đắk Nông\nThời gian ký: 21.07.2021\n10:45:30 +07:00';
    const { texts, stamps } = documentsOf([header('1', 20), section(1, 'đã nêu.'), signature, stamp, header('2', 21), section(1, 'đã nêu.'), signature].join('\n\n'));
    expect(texts.join('\n')).not.toContain('Người ký');
    expect(stamps).toHaveLength(1);
    expect(stamps[0]!.before).toBe(0);
    expect(stamps[0]!.after).toBe(1);
    expect(stamps[0]!.text.text).toContain('Thời gian ký');
  });

  it('maps every document range back to the source text', () => {
    const source = [header('1', 20), section(1, 'trong tình'), 'hình mới, quyết liệt thực hiện các biện pháp phòng dịch.', signature].join('\n\n');
    const { documents } = documentsOf(source);
    const doc = documents[0]!;
    for (const range of doc.ranges) expect(source.slice(range.start, range.end).length).toBeGreaterThan(0);
    const at = doc.text.text.indexOf('hình mới');
    expect(source.slice(doc.text.offsets[at]!, doc.text.offsets[at]! + 8)).toBe('hình mới');
  });
});
