import { comparableText, detectReuse } from '../../../src/extract/reuse';

// Regression: letters of one body share letterhead, addressees and closing
// formula; compared whole, 6325/UBND-KGVX was taken to repeat 3953/UBND-KGVX.
const LETTERHEAD =
  'ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n\nKính gửi:\n- Các Sở, Ban, ngành, hội, đoàn thể cấp tỉnh;\n- Các đơn vị lực lượng vũ trang cấp tỉnh;\n- Ủy ban nhân dân các huyện, thành phố.\n\n';
const CLOSING =
  '\n\nNơi nhận:\n- Như trên;\n- Thường trực Tỉnh ủy;\n- Đ/c Bí thư Tỉnh ủy;\n- CT, các PCT UBND tỉnh;\n- Thành viên BCĐ phòng, chống dịch bệnh ở người tỉnh;\n- CVP, các PCVP UBND tỉnh;\n- Lưu: VT, Công TTĐT, KGVX (G).';

function letter(id: string, issuedOn: string, body: string) {
  const text = LETTERHEAD + body + CLOSING;
  return {
    id,
    text,
    issuedOn,
    issuedOnBounds: null,
    sources: [],
    body: { start: LETTERHEAD.length, end: LETTERHEAD.length + body.length },
  };
}

const early = letter('doc:a', '2021-07-24', 'Sở Y tế chuẩn bị các phương án kịch bản phù hợp với diễn biến mới của dịch bệnh, bảo đảm đầy đủ cơ sở vật chất.');
const late = letter('doc:b', '2021-10-29', 'Sở Kế hoạch và Đầu tư tham mưu kế hoạch phục hồi, phát triển kinh tế - xã hội từng bước thích ứng an toàn với dịch.');

describe('comparableText', () => {
  it('blanks everything outside the body, keeping offsets', () => {
    const text = comparableText(early)!;
    expect(text).toHaveLength(early.text.length);
    expect(text.trim()).toBe(early.text.slice(early.body.start, early.body.end));
  });

  it('is the whole text when no body is known', () => {
    expect(comparableText({ text: 'abc', body: null })).toBe('abc');
  });

  it('keeps two letters that share only letterhead, addressees and distribution list apart', () => {
    expect(detectReuse({ node: late }, [{ node: early }]).relations).toEqual([]);
    const wholeTexts = detectReuse({ node: { ...late, body: null } }, [{ node: { ...early, body: null } }]);
    expect(wholeTexts.shared.length).toBeGreaterThan(0);
  });
});
