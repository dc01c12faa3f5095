import { Authority } from '../../../src/domain/authority';
import { clean } from '../../../src/extract/clean/clean';
import { readDistribution } from '../../../src/extract/parties/distribution';
import { readRecipients } from '../../../src/extract/parties/recipients';
import { readSignature } from '../../../src/extract/parties/signature-block';
import { readStamp } from '../../../src/extract/parties/stamp';
import { splitBlocks } from '../../../src/extract/segment/blocks';

const blocksOf = (text: string) => splitBlocks(clean(text));
const BODY = 'Những ngày gần đây, rất nhiều người sử dụng phương tiện xe máy từ thành phố Hồ Chí Minh về các tỉnh.';

describe('recipients', () => {
  it.each([
    ['Kính gửi:\n\n- Các Sở, Ban, ngành;\n- Ủy ban nhân dân các huyện, thành phố.', ['Các Sở, Ban, ngành', 'Ủy ban nhân dân các huyện, thành phố']],
    ['- Kính gửi: - Ban cán sự đảng UBND tỉnh,\n- Các huyện ủy, thành ủy.', ['Ban cán sự đảng UBND tỉnh', 'Các huyện ủy, thành ủy']],
    ['- Kính gửi:*\n- Ban Chỉ đạo,\n - Các ban đảng Tỉnh ủy,', ['Ban Chỉ đạo', 'Các ban đảng Tỉnh ủy']],
    ['Kính gửi: Ủy ban nhân dân tỉnh Đắk Nông', ['Ủy ban nhân dân tỉnh Đắk Nông']],
    ['Kính gửi:\n- Ban Chỉ đạo phòng, chống dịch bệnh ở người tỉnh\nĐắk Nông,\n- Các huyện ủy.', ['Ban Chỉ đạo phòng, chống dịch bệnh ở người tỉnh Đắk Nông', 'Các huyện ủy']],
    ['Kính gửi:\nCác sở, ban, ngành;\nUBND các huyện.', ['Các sở, ban, ngành', 'UBND các huyện']],
    ['THỦ TƯỚNG CHÍNH PHỦ điện:\n\n- Chủ tịch Ủy ban nhân dân các tỉnh;\n- Bộ trưởng Bộ Y tế.', ['Chủ tịch Ủy ban nhân dân các tỉnh', 'Bộ trưởng Bộ Y tế']],
  ])('%j', (text, expected) => {
    expect(readRecipients(blocksOf(`${text}\n\n${BODY}`))?.items).toEqual(expected);
  });

  it('is null without addressees', () => {
    expect(readRecipients(blocksOf(BODY))).toBeNull();
  });
});

describe('distribution', () => {
  it.each(['Nơi nhận:', 'Noi nhậm:', 'Noi nhận:'])('reads the list after %s', (label) => {
    const read = readDistribution(blocksOf(`${BODY}\n\n${label}\n\n- Như trên;\n- Lưu: VT, KGVX (G).\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH`));
    expect(read?.items).toEqual(['Như trên', 'Lưu: VT, KGVX (G)']);
  });
});

describe('signature block', () => {
  it.each([
    ['KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nTôn Thị Ngọc Hạnh', Authority.KT, 'PHÓ CHỦ TỊCH', 'Tôn Thị Ngọc Hạnh'],
    ['T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n\nĐiền Kré', Authority.TM, 'PHÓ BÍ THƯ THƯỜNG TRỰC', 'Điền Kré'],
    ['**T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG**\n\nVũ Tá Long', Authority.TL, 'CHÁNH VĂN PHÒNG', 'Vũ Tá Long'],
    ['TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An', Authority.TM, 'CHỦ TỊCH', 'Nguyễn Văn An'],
    ['TUQ. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nLê Văn Bình', Authority.TUQ, 'CHÁNH VĂN PHÒNG', 'Lê Văn Bình'],
    ['Q. GIÁM ĐỐC\n\nTrần Thị Cúc', Authority.Q, 'GIÁM ĐỐC', 'Trần Thị Cúc'],
    ['CHỦ TỊCH\n\nPhạm Văn Dũng', null, 'CHỦ TỊCH', 'Phạm Văn Dũng'],
    ['KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nĐẶNG THỊ HOA', Authority.KT, 'PHÓ CHỦ TỊCH', 'Đặng Thị Hoa'],
  ])('%j', (text, authority, title, name) => {
    const read = readSignature(blocksOf(`${BODY}\n\nNơi nhận:\n- Lưu.\n\n${text}`));
    expect(read).toMatchObject({ authority, title, name });
  });
});

describe('digital-signature stamp', () => {
  it('reads signer, body and time as ISO 8601 across line wraps', () => {
    expect(readStamp('Người ký: Tỉnh ủy Đắk\nNông\nEmail: Tinh uy@TUDaknong\nCơ quan: Tỉnh ủy Đắk Nông\nThời gian ký: 24.07.2021\n10:45:30 +07:00')).toEqual({
      signer: 'Tỉnh ủy Đắk Nông',
      body: 'Tỉnh ủy Đắk Nông',
      signedAt: '2021-07-24T10:45:30+07:00',
    });
  });

  it('leaves the zone out rather than guessing it', () => {
    expect(readStamp('Cơ quan: Sở Y tế\nThời gian ký: 3.8.2021 09:05').signedAt).toBe('2021-08-03T09:05:00');
  });
});
