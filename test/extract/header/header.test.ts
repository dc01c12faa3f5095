import { DocumentType } from '../../../src/domain/document-type';
import { System } from '../../../src/domain/system';
import { clean } from '../../../src/extract/clean/clean';
import { isoDate, parsePlaceDate } from '../../../src/extract/header/date-line';
import { parseHeader } from '../../../src/extract/header/header';
import { headerLineParts } from '../../../src/extract/header/line-parts';
import { parseNumberLine } from '../../../src/extract/header/number-line';
import { parseUrgency } from '../../../src/extract/header/urgency';
import { splitBlocks } from '../../../src/extract/segment/blocks';

const headerOf = (text: string) => parseHeader(splitBlocks(clean(text)));

describe('number line', () => {
  it.each([
    ['Số: 3953 /UBND-KGVX', { number: '3953', symbol: 'UBND-KGVX', rawCode: '3953/UBND-KGVX' }],
    ['Số 473 -CV/TU', { number: '473', symbol: 'CV/TU', rawCode: '473-CV/TU' }],
    ['Số 342 - CV/TU', { number: '342', symbol: 'CV/TU', rawCode: '342-CV/TU' }],
    ['Số: 285/TB-VPCP', { number: '285', symbol: 'TB-VPCP', rawCode: '285/TB-VPCP' }],
    ['Số: -CV/BCSD', { number: null, symbol: 'CV/BCSD', rawCode: null }],
  ])('%s', (line, expected) => {
    expect(parseNumberLine(line)).toEqual(expected);
  });

  it('is not fooled by body text starting with Số', () => {
    expect(parseNumberLine('Số lượng ca lây nhiễm tăng nhanh')).toBeNull();
  });
});

describe('place and date line', () => {
  it.each([
    ['Đắk Nông, ngày 24 tháng 7 năm 2021', { place: 'Đắk Nông', year: 2021, month: 7, day: 24 }],
    ['Đăk Nông, ngày 29 tháng 10 năm 2021', { place: 'Đăk Nông', year: 2021, month: 10, day: 29 }],
    ['Lai Châu, ngày tháng năm 2021', { place: 'Lai Châu', year: 2021, month: null, day: null }],
    ['Hà Nội, ngày 27/10/2021', { place: 'Hà Nội', year: 2021, month: 10, day: 27 }],
    ['Ninh Bình, ngay 22 thang 7 nam 2021', { place: 'Ninh Bình', year: 2021, month: 7, day: 22 }],
  ])('%s', (line, expected) => {
    expect(parsePlaceDate(line)).toMatchObject(expected); // the ranges are checked in test/extract/field-evidence.test.ts
  });

  it('refuses impossible dates instead of rolling them over', () => {
    expect(isoDate(2021, 2, 30)).toBeNull();
    expect(isoDate(2021, 7, 24)).toBe('2021-07-24');
  });
});

describe('urgency', () => {
  it.each([
    ['HỎA TỐC', 'HỎA TỐC'],
    ['HOẢ TỐC CHỈ THỊ', 'HỎA TỐC'],
    ['THƯỢNG KHẨN', 'THƯỢNG KHẨN'],
    ['KHẨN', 'KHẨN'],
    ['ỦY BAN NHÂN DÂN', null],
  ])('%s → %s', (line, expected) => {
    expect(parseUrgency(line)).toBe(expected);
  });
});

describe('header line parts', () => {
  it.each([
    ['TỈNH ỦY ĐẮK NÔNG ĐẢNG CỘNG SẢN VIỆT NAM', ['TỈNH ỦY ĐẮK NÔNG', 'ĐẢNG CỘNG SẢN VIỆT NAM']],
    ['ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', ['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']],
    ['Số: 473-CV/TU Đắk Nông, ngày 24 tháng 7 năm 2021', ['Số: 473-CV/TU', 'Đắk Nông, ngày 24 tháng 7 năm 2021']],
    ['Số: 3953 /UBND-KGVX', ['Số: 3953 /UBND-KGVX']],
    ['Đắk Nông, ngày 24 tháng 7 năm 2021', ['Đắk Nông, ngày 24 tháng 7 năm 2021']],
  ])('%s', (line, parts) => {
    expect(headerLineParts(line)).toEqual(parts);
  });
});

describe('parseHeader', () => {
  it('reads a header whose two columns OCR ran together', () => {
    const h = headerOf(
      'TỈNH ỦY ĐẮK NÔNG ĐẢNG CỘNG SẢN VIỆT NAM\n\nSố: 473-CV/TU          Đắk Nông, ngày 24 tháng 7 năm 2021\n\nV/v theo dõi, quản lý những người\nvề từ các tỉnh phía nam\n\nKính gửi: Các huyện ủy',
    );
    expect(h).toMatchObject({
      system: System.PARTY,
      issuerLines: ['TỈNH ỦY ĐẮK NÔNG'],
      rawCode: '473-CV/TU',
      place: 'Đắk Nông',
      issuedOn: '2021-07-24',
      subject: 'theo dõi, quản lý những người về từ các tỉnh phía nam',
    });
  });

  it('reads a state công văn header with a multi-line V/v subject', () => {
    const h = headerOf(
      '**ỦY BAN NHÂN DÂN\nTỈNH ĐẮK NÔNG**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc**\n\nSố: ~~3953~~ /UBND-KGVX\nV/v triển khai ý kiến chỉ đạo của\nThường trực Tỉnh ủy về phòng,\nchống dịch Covid-19\n\nĐắk Nông, ngày 24 tháng 7 năm 2021\n\nKính gửi:\n\n- Các Sở;',
    );
    expect(h).toMatchObject({
      system: System.STATE,
      issuerLines: ['ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG'],
      number: '3953',
      symbol: 'UBND-KGVX',
      rawCode: '3953/UBND-KGVX',
      place: 'Đắk Nông',
      issuedOn: '2021-07-24',
      year: 2021,
      subject: 'triển khai ý kiến chỉ đạo của Thường trực Tỉnh ủy về phòng, chống dịch Covid-19',
      subjectKind: 'v/v',
      titleType: null,
      urgency: null,
    });
  });

  it('reads both header columns of a body under its parent, and a blank number and date', () => {
    const h = headerOf('TỈNH ỦY LAI CHÂU\nBAN CÁNSỰ ĐẢNG UBND TỈNH\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố: -CV/BCSD\n\nLai Châu, ngày tháng năm 2021\n\nV/v tăng cường thực hiện công tác\nphòng, chống dịch Covid-19\n\nKính gửi:');
    expect(h.issuerLines).toEqual(['TỈNH ỦY LAI CHÂU', 'BAN CÁNSỰ ĐẢNG UBND TỈNH']);
    expect(h.system).toBe(System.PARTY);
    expect(h.number).toBeNull();
    expect(h.symbol).toBe('CV/BCSD');
    expect(h.issuedOn).toBeNull();
    expect(h.year).toBe(2021);
  });

  it('reads a title word, the issuer line under it, the subject and the urgency', () => {
    const h = headerOf('HOẢ TỐC**CHỈ THỊ**\n\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\n\n**về việc khẩn trương đẩy mạnh các biện pháp cấp bách\nphòng, chống dịch Covid-19 trên địa bàn tỉnh**\n\n' + 'Dịch Covid-19 bùng phát trở lại. '.repeat(8));
    expect(h.titleType).toBe(DocumentType.CHI_THI);
    expect(h.urgency).toBe('HỎA TỐC');
    expect(h.issuerLines).toEqual(['BAN THƯỜNG VỤ TỈNH ỦY']);
    expect(h.subject).toBe('khẩn trương đẩy mạnh các biện pháp cấp bách phòng, chống dịch Covid-19 trên địa bàn tỉnh');
    expect(h.subjectKind).toBe('title');
    expect(h.system).toBeNull();
  });
});
