import type { ParsedReference } from '../../../src/extract/references/reference';
import { DocumentType as T } from '../../../src/domain/document-type';

/**
 * Held-out style set: reference strings written for these tests in the style
 * of Vietnamese official documents (not taken from the seeds), OCR variants
 * included. Expectations worked out by hand from the grammar in domain.md §2–3.
 */
export function ref(
  type: T,
  number: string | null,
  year: number | null,
  symbol: string | null,
  code: string | null,
  date: string | null,
  issuer: string | null,
): ParsedReference {
  return { type, number, year, symbol, code, date, issuer };
}

export interface HeldOutCase {
  input: string;
  expected: ParsedReference[];
}

export const HELD_OUT: HeldOutCase[] = [
  {
    input: 'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;',
    expected: [ref(T.NGHI_DINH, '30', 2020, 'NĐ-CP', '30/2020/NĐ-CP', '2020-03-05', 'Chính phủ')],
  },
  {
    input: 'Thực hiện Công điện số 1068/CĐ-TTg ngày 06/8/2021 của Thủ tướng Chính phủ về tăng cường phòng, chống dịch',
    expected: [ref(T.CONG_DIEN, '1068', 2021, 'CĐ-TTg', '1068/CĐ-TTg', '2021-08-06', 'Thủ tướng Chính phủ')],
  },
  {
    input: 'Thực hiện Quyet dinh so 2686/QD-BCDQG ngay 31/5/2021 cua Ban Chi dao Quoc gia',
    expected: [ref(T.QUYET_DINH, '2686', 2021, 'QĐ-BCĐQG', '2686/QĐ-BCĐQG', '2021-05-31', 'Ban Chi dao Quoc gia')],
  },
  {
    input: 'giãn cách xã hội theo Chi thi so 16/CT-TTg ngay 31/3/2020',
    expected: [ref(T.CHI_THI, '16', 2020, 'CT-TTg', '16/CT-TTg', '2020-03-31', null)],
  },
  {
    input: 'Căn cứ Kế hoạch số 125/KH-UBND ngày 12/5/2021 của UBND tỉnh về tiêm chủng vắc xin phòng COVID-19;',
    expected: [ref(T.KE_HOACH, '125', 2021, 'KH-UBND', '125/KH-UBND', '2021-05-12', 'UBND tỉnh')],
  },
  {
    input: 'Thực hiện các Công văn số 2522, 2523/UBND-VX ngày 28/7/2021 của UBND tỉnh',
    expected: [
      ref(T.CONG_VAN, '2522', 2021, 'UBND-VX', '2522/UBND-VX', '2021-07-28', 'UBND tỉnh'),
      ref(T.CONG_VAN, '2523', 2021, 'UBND-VX', '2523/UBND-VX', '2021-07-28', 'UBND tỉnh'),
    ],
  },
  {
    input: 'theo Công văn số 2468/ UBND - VX ngày 15/7/2021',
    expected: [ref(T.CONG_VAN, '2468', 2021, 'UBND-VX', '2468/UBND-VX', '2021-07-15', null)],
  },
  {
    input: 'Chỉ thị số 16/CT - TTg ngày 31-3-2020 của Thủ tướng Chính phủ',
    expected: [ref(T.CHI_THI, '16', 2020, 'CT-TTg', '16/CT-TTg', '2020-03-31', 'Thủ tướng Chính phủ')],
  },
  {
    input: 'thực hiện Chỉ thị số 15/CT-TTg ngày 27 tháng 3 năm 2020 của Thủ tướng Chính phủ',
    expected: [ref(T.CHI_THI, '15', 2020, 'CT-TTg', '15/CT-TTg', '2020-03-27', 'Thủ tướng Chính phủ')],
  },
  {
    input:
      'Kết luận số 11-KL/TW ngày 13/7/2021 của Hội nghị lần thứ ba Ban Chấp hành Trung ương Đảng khóa XIII về tình hình kinh tế',
    expected: [
      ref(
        T.KET_LUAN,
        '11',
        2021,
        'KL/TW',
        '11-KL/TW',
        '2021-07-13',
        'Hội nghị lần thứ ba Ban Chấp hành Trung ương Đảng khóa XIII',
      ),
    ],
  },
  {
    input: 'Chỉ thị số 05-CT/TU ngày 20/7/2021 của Ban Thường vụ Tỉnh ủy',
    expected: [ref(T.CHI_THI, '05', 2021, 'CT/TU', '05-CT/TU', '2021-07-20', 'Ban Thường vụ Tỉnh ủy')],
  },
  {
    input: 'Hướng dẫn số 15-HD/BTGTW ngày 02/8/2021 của Ban Tuyên giáo Trung ương',
    expected: [ref(T.HUONG_DAN, '15', 2021, 'HD/BTGTW', '15-HD/BTGTW', '2021-08-02', 'Ban Tuyên giáo Trung ương')],
  },
  {
    input: 'Nghị quyết số 04/2021/NQ-HĐND ngày 29/3/2021 của Hội đồng nhân dân tỉnh',
    expected: [
      ref(T.NGHI_QUYET, '04', 2021, 'NQ-HĐND', '04/2021/NQ-HĐND', '2021-03-29', 'Hội đồng nhân dân tỉnh'),
    ],
  },
  {
    input: 'theo Nghị quyết số 12/2021/NQ-HDND',
    expected: [ref(T.NGHI_QUYET, '12', 2021, 'NQ-HĐND', '12/2021/NQ-HĐND', null, null)],
  },
  {
    input: 'Quyết định số 2194/QĐ-UBND ngày 14/9/2021 của Chủ tịch UBND tỉnh về việc ban hành Kế hoạch',
    expected: [ref(T.QUYET_DINH, '2194', 2021, 'QĐ-UBND', '2194/QĐ-UBND', '2021-09-14', 'Chủ tịch UBND tỉnh')],
  },
  {
    input: 'Thông báo số 264/TB-VPCP ngày 31/7/2021 của Văn phòng Chính phủ',
    expected: [ref(T.THONG_BAO, '264', 2021, 'TB-VPCP', '264/TB-VPCP', '2021-07-31', 'Văn phòng Chính phủ')],
  },
  {
    input: 'Thông báo kết luận số 158-TB/TU ngày 5/8/2021 của Thường trực Tỉnh ủy',
    expected: [ref(T.THONG_BAO, '158', 2021, 'TB/TU', '158-TB/TU', '2021-08-05', 'Thường trực Tỉnh ủy')],
  },
  {
    input: 'Công điện số 01/CĐ-BCĐ ngày 20/7/2021 của Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh',
    expected: [
      ref(T.CONG_DIEN, '01', 2021, 'CĐ-BCĐ', '01/CĐ-BCĐ', '2021-07-20', 'Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh'),
    ],
  },
  {
    input: 'Kế hoạch số 45/KH-BCĐ ngày 3/8/2021',
    expected: [ref(T.KE_HOACH, '45', 2021, 'KH-BCĐ', '45/KH-BCĐ', '2021-08-03', null)],
  },
  {
    input: 'Thông tư số 25/2021/TT-BYT ngày 31/12/2021 của Bộ Y tế',
    expected: [ref(T.THONG_TU, '25', 2021, 'TT-BYT', '25/2021/TT-BYT', '2021-12-31', 'Bộ Y tế')],
  },
  {
    input: 'Quyết định số 23/2021/QĐ-TTg ngày 07/7/2021 của Thủ tướng Chính phủ quy định việc thực hiện một số chính sách',
    expected: [ref(T.QUYET_DINH, '23', 2021, 'QĐ-TTg', '23/2021/QĐ-TTg', '2021-07-07', 'Thủ tướng Chính phủ')],
  },
  {
    input: 'Nghị quyết 68/NQ-CP ngày 01/7/2021',
    expected: [ref(T.NGHI_QUYET, '68', 2021, 'NQ-CP', '68/NQ-CP', '2021-07-01', null)],
  },
  {
    input: 'Công văn số 3866/BGDĐT-GDTC ngày 26/8/2021 của Bộ Giáo dục và Đào tạo',
    expected: [
      ref(T.CONG_VAN, '3866', 2021, 'BGDĐT-GDTC', '3866/BGDĐT-GDTC', '2021-08-26', 'Bộ Giáo dục và Đào tạo'),
    ],
  },
  {
    input: 'Văn bản số 5599/BYT-MT ngày 14/7/2021 của Bộ Y tế',
    expected: [ref(T.CONG_VAN, '5599', 2021, 'BYT-MT', '5599/BYT-MT', '2021-07-14', 'Bộ Y tế')],
  },
  {
    input: 'như chỉ đạo tại văn bản số 1068/CĐ-TTg ngày 6/8/2021',
    expected: [ref(T.CONG_DIEN, '1068', 2021, 'CĐ-TTg', '1068/CĐ-TTg', '2021-08-06', null)],
  },
  {
    input: 'Triển khai Điện ngày 05/8/2021 của Ban Bí thư về tăng cường lãnh đạo',
    expected: [ref(T.DIEN, null, 2021, null, null, '2021-08-05', 'Ban Bí thư')],
  },
  {
    input: 'Thực hiện Điện của Ban Bí thư, Ủy ban nhân dân tỉnh yêu cầu',
    expected: [ref(T.DIEN, null, null, null, null, null, 'Ban Bí thư')],
  },
  {
    input: 'theo chỉ đạo của Thường trực Ban Bí thư (tại Điện ngày 30/7/2021)',
    expected: [ref(T.DIEN, null, 2021, null, null, '2021-07-30', null)],
  },
  {
    input: 'áp dụng biện pháp giãn cách theo Chỉ thị 19/CT-TTg',
    expected: [ref(T.CHI_THI, '19', null, 'CT-TTg', '19/CT-TTg', null, null)],
  },
  {
    input: 'chủ động thực hiện 128/NQ-CP',
    expected: [ref(T.NGHI_QUYET, '128', null, 'NQ-CP', '128/NQ-CP', null, null)],
  },
  {
    input: 'phong tỏa theo Chỉ thị số 16/CT/TTg',
    expected: [ref(T.CHI_THI, '16', null, 'CT-TTg', '16/CT-TTg', null, null)],
  },
  {
    input: 'triển khai chỉ đạo tại Thông báo 300/TB-VPCP',
    expected: [ref(T.THONG_BAO, '300', null, 'TB-VPCP', '300/TB-VPCP', null, null)],
  },
  {
    input: 'đã ban hành Quyết định số 1050/QD-BCD, ngày 24/7/2021 về việc phong tỏa',
    expected: [ref(T.QUYET_DINH, '1050', 2021, 'QĐ-BCĐ', '1050/QĐ-BCĐ', '2021-07-24', null)],
  },
  {
    input: 'Công văn số **6401**/UBND-KGVX ngày 02/11/2021',
    expected: [ref(T.CONG_VAN, '6401', 2021, 'UBND-KGVX', '6401/UBND-KGVX', '2021-11-02', null)],
  },
  {
    input: 'Công văn số ~~3990~~ /UBND-KGVX ngày 27/7/2021 của UBND tỉnh',
    expected: [ref(T.CONG_VAN, '3990', 2021, 'UBND-KGVX', '3990/UBND-KGVX', '2021-07-27', 'UBND tỉnh')],
  },
  {
    input: 'Công văn 481^{*} -CV/TU ngày 28/7/2021',
    expected: [ref(T.CONG_VAN, '481', 2021, 'CV/TU', '481-CV/TU', '2021-07-28', null)],
  },
  {
    input: 'Chỉ thị số 16/ct-ttg ngày 31/3/2020',
    expected: [ref(T.CHI_THI, '16', 2020, 'CT-TTg', '16/CT-TTg', '2020-03-31', null)],
  },
  {
    input: 'Nghị quyết số 86/NQ-CP, Nghị quyết số 105/NQ-CP của Chính phủ',
    expected: [
      ref(T.NGHI_QUYET, '86', null, 'NQ-CP', '86/NQ-CP', null, null),
      ref(T.NGHI_QUYET, '105', null, 'NQ-CP', '105/NQ-CP', null, 'Chính phủ'),
    ],
  },
  {
    input: 'các Chỉ thị số 15, 16 và 19/CT-TTg của Thủ tướng Chính phủ',
    expected: [
      ref(T.CHI_THI, '15', null, 'CT-TTg', '15/CT-TTg', null, 'Thủ tướng Chính phủ'),
      ref(T.CHI_THI, '16', null, 'CT-TTg', '16/CT-TTg', null, 'Thủ tướng Chính phủ'),
      ref(T.CHI_THI, '19', null, 'CT-TTg', '19/CT-TTg', null, 'Thủ tướng Chính phủ'),
    ],
  },
  {
    input: 'Công văn số 1234/UBND-KGVX ngày 2/8/2021 và Công văn số 1240/UBND-KGVX ngày 3/8/2021 của UBND tỉnh',
    expected: [
      ref(T.CONG_VAN, '1234', 2021, 'UBND-KGVX', '1234/UBND-KGVX', '2021-08-02', null),
      ref(T.CONG_VAN, '1240', 2021, 'UBND-KGVX', '1240/UBND-KGVX', '2021-08-03', 'UBND tỉnh'),
    ],
  },
  {
    input: 'Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng\nChính phủ về thực hiện cách ly xã hội',
    expected: [ref(T.CHI_THI, '16', 2020, 'CT-TTg', '16/CT-TTg', '2020-03-31', 'Thủ tướng Chính phủ')],
  },
  {
    input: 'theo Chỉ  thị  số  16/CT-TTg  ngày  31/3/2020',
    expected: [ref(T.CHI_THI, '16', 2020, 'CT-TTg', '16/CT-TTg', '2020-03-31', null)],
  },
  {
    input: 'Quyết định số 4111/QĐ-UBND ngày 20 tháng 8 năm 2021 của Ủy ban nhân dân Thành phố Hồ Chí Minh',
    expected: [
      ref(
        T.QUYET_DINH,
        '4111',
        2021,
        'QĐ-UBND',
        '4111/QĐ-UBND',
        '2021-08-20',
        'Ủy ban nhân dân Thành phố Hồ Chí Minh',
      ),
    ],
  },
  {
    input: 'Kế hoạch số 10-KH/TU ngày 15/7/2021 của Tỉnh ủy',
    expected: [ref(T.KE_HOACH, '10', 2021, 'KH/TU', '10-KH/TU', '2021-07-15', 'Tỉnh ủy')],
  },
  {
    input: 'Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương',
    expected: [ref(T.QUY_DINH, '08', 2018, 'QĐi/TW', '08-QĐi/TW', '2018-10-25', 'Ban Chấp hành Trung ương')],
  },
  {
    input: 'Báo cáo số 210/BC-UBND ngày 9/8/2021',
    expected: [ref(T.BAO_CAO, '210', 2021, 'BC-UBND', '210/BC-UBND', '2021-08-09', null)],
  },
  {
    input: 'Tờ trình số 56/TTr-SYT ngày 10/8/2021 của Sở Y tế',
    expected: [ref(T.TO_TRINH, '56', 2021, 'TTr-SYT', '56/TTr-SYT', '2021-08-10', 'Sở Y tế')],
  },
  {
    input: 'Luật Phòng, chống bệnh truyền nhiễm số 03/2007/QH12',
    expected: [ref(T.LUAT, '03', 2007, 'QH12', '03/2007/QH12', null, null)],
  },
  {
    input: 'Công văn hỏa tốc số 2601/UBND-KGVX ngày 30/7/2021',
    expected: [ref(T.CONG_VAN, '2601', 2021, 'UBND-KGVX', '2601/UBND-KGVX', '2021-07-30', null)],
  },
  {
    input:
      'Quyết định số 2787/QĐ-BCĐQG ngày 5/6/2021 của Ban Chỉ đạo Quốc gia phòng, chống dịch COVID-19 về việc ban hành',
    expected: [
      ref(
        T.QUYET_DINH,
        '2787',
        2021,
        'QĐ-BCĐQG',
        '2787/QĐ-BCĐQG',
        '2021-06-05',
        'Ban Chỉ đạo Quốc gia phòng, chống dịch COVID-19',
      ),
    ],
  },
  {
    input: 'Nghị định số 117/2020/NĐ-CP ngày 28/9/2020 của Chính phủ quy định xử phạt vi phạm hành chính',
    expected: [ref(T.NGHI_DINH, '117', 2020, 'NĐ-CP', '117/2020/NĐ-CP', '2020-09-28', 'Chính phủ')],
  },
  {
    input: 'Công văn số 5944/BYT-DP ngày 22/7/2021 của Bộ Y tế về việc tăng cường xét nghiệm',
    expected: [ref(T.CONG_VAN, '5944', 2021, 'BYT-DP', '5944/BYT-DP', '2021-07-22', 'Bộ Y tế')],
  },
  {
    input: 'QUYẾT ĐỊNH SỐ 15/2021/QĐ-UBND',
    expected: [ref(T.QUYET_DINH, '15', 2021, 'QĐ-UBND', '15/2021/QĐ-UBND', null, null)],
  },
  {
    input: 'Chỉ thị số 12-CT/HU ngày 26/7/2021 của Ban Thường vụ Huyện ủy',
    expected: [ref(T.CHI_THI, '12', 2021, 'CT/HU', '12-CT/HU', '2021-07-26', 'Ban Thường vụ Huyện ủy')],
  },
  {
    input: 'Thông báo số 512-TB/TU ngày 9/9/2021 của Ban Thường vụ Tỉnh ủy',
    expected: [ref(T.THONG_BAO, '512', 2021, 'TB/TU', '512-TB/TU', '2021-09-09', 'Ban Thường vụ Tỉnh ủy')],
  },
  {
    input: 'Nghị quyết số 30/2021/QH15 ngày 28/7/2021 của Quốc hội',
    expected: [ref(T.NGHI_QUYET, '30', 2021, 'QH15', '30/2021/QH15', '2021-07-28', 'Quốc hội')],
  },
  {
    input: 'Kết luận số 07-KL/TW ngày 11/6/2021 và Kết luận số 11-KL/TW của Bộ Chính trị',
    expected: [
      ref(T.KET_LUAN, '07', 2021, 'KL/TW', '07-KL/TW', '2021-06-11', null),
      ref(T.KET_LUAN, '11', null, 'KL/TW', '11-KL/TW', null, 'Bộ Chính trị'),
    ],
  },
  {
    input: 'Công văn số 294-CV/TU ngày 21/7/2021 của Ban Thường vụ Tỉnh ủy (gửi kèm theo)',
    expected: [ref(T.CONG_VAN, '294', 2021, 'CV/TU', '294-CV/TU', '2021-07-21', 'Ban Thường vụ Tỉnh ủy')],
  },
  {
    input: 'Hướng dẫn số 2/HD-BYT ngày 20/7/2021 của Bộ Y tế',
    expected: [ref(T.HUONG_DAN, '2', 2021, 'HD-BYT', '2/HD-BYT', '2021-07-20', 'Bộ Y tế')],
  },
  {
    input: 'Quyết định số 3638/QĐ-BYT ngày 30/7/2021 của Bộ trưởng Bộ Y tế',
    expected: [ref(T.QUYET_DINH, '3638', 2021, 'QĐ-BYT', '3638/QĐ-BYT', '2021-07-30', 'Bộ trưởng Bộ Y tế')],
  },
  {
    input: 'Nghị quyết số 16/2021/NQ-CP, ngày 08/02/2021 của Chính phủ',
    expected: [ref(T.NGHI_QUYET, '16', 2021, 'NQ-CP', '16/2021/NQ-CP', '2021-02-08', 'Chính phủ')],
  },
  {
    input: 'Công văn số 1920/BCĐ-VP ngày 12/8/2021 của Ban Chỉ đạo tỉnh',
    expected: [ref(T.CONG_VAN, '1920', 2021, 'BCĐ-VP', '1920/BCĐ-VP', '2021-08-12', 'Ban Chỉ đạo tỉnh')],
  },
  {
    input: 'Căn cứ Quyết định số 447/QĐ-TTg ngày 01/4/2020 của Thủ tướng Chính phủ công bố dịch COVID-19;',
    expected: [ref(T.QUYET_DINH, '447', 2020, 'QĐ-TTg', '447/QĐ-TTg', '2020-04-01', 'Thủ tướng Chính phủ')],
  },
  {
    input: 'Chi thi so 16/CT/TTg ngay 31/3/2020 cua Thu tuong Chinh phu',
    expected: [ref(T.CHI_THI, '16', 2020, 'CT-TTg', '16/CT-TTg', '2020-03-31', 'Thu tuong Chinh phu')],
  },
  {
    input: 'Nghị quyết số 128/NQ-CP ngày 11 tháng 10 năm 2021 của Chính phủ ban hành Quy định tạm thời',
    expected: [ref(T.NGHI_QUYET, '128', 2021, 'NQ-CP', '128/NQ-CP', '2021-10-11', 'Chính phủ')],
  },
  {
    input: 'Nghị quyết của Hội đồng nhân dân tỉnh về chính sách hỗ trợ',
    expected: [ref(T.NGHI_QUYET, null, null, null, null, null, 'Hội đồng nhân dân tỉnh')],
  },
  {
    input: 'Công văn số 1811/VPCP-KGVX ngày 19/3/2021 của Văn phòng Chính phủ; Công văn số 2010/BYT-DP',
    expected: [
      ref(T.CONG_VAN, '1811', 2021, 'VPCP-KGVX', '1811/VPCP-KGVX', '2021-03-19', 'Văn phòng Chính phủ'),
      ref(T.CONG_VAN, '2010', null, 'BYT-DP', '2010/BYT-DP', null, null),
    ],
  },
  {
    input: 'thực hiện nghiêm Công điện số 02/CĐ-UBND, ngày 25/7/2021 của Chủ tịch Ủy ban nhân dân tỉnh',
    expected: [
      ref(T.CONG_DIEN, '02', 2021, 'CĐ-UBND', '02/CĐ-UBND', '2021-07-25', 'Chủ tịch Ủy ban nhân dân tỉnh'),
    ],
  },
  {
    input: 'Quyết định số 1199/QĐ-UBND ngày 30.7.2021 của UBND huyện',
    expected: [ref(T.QUYET_DINH, '1199', 2021, 'QĐ-UBND', '1199/QĐ-UBND', '2021-07-30', 'UBND huyện')],
  },
  {
    input: 'Kết luận số 15-KL/HU, ngày 2 tháng 8 năm 2021 của Thường trực Huyện ủy về phòng, chống dịch',
    expected: [ref(T.KET_LUAN, '15', 2021, 'KL/HU', '15-KL/HU', '2021-08-02', 'Thường trực Huyện ủy')],
  },
  {
    input: 'theo Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ\n- Như trên;',
    expected: [ref(T.CHI_THI, '16', null, 'CT-TTg', '16/CT-TTg', null, 'Thủ tướng Chính phủ')],
  },
  {
    input: 'Công điện hỏa tốc ngày 30/7/2021 của Ban Chỉ đạo Quốc gia',
    expected: [ref(T.CONG_DIEN, null, 2021, null, null, '2021-07-30', 'Ban Chỉ đạo Quốc gia')],
  },
  {
    input: 'Quyết định số 1260/QĐ-UBND ngày 2/8/2021 của Chủ tịch UBND tỉnh và Kế hoạch số 150/KH-UBND của UBND tỉnh',
    expected: [
      ref(T.QUYET_DINH, '1260', 2021, 'QĐ-UBND', '1260/QĐ-UBND', '2021-08-02', 'Chủ tịch UBND tỉnh'),
      ref(T.KE_HOACH, '150', null, 'KH-UBND', '150/KH-UBND', null, 'UBND tỉnh'),
    ],
  },
  {
    input: 'Công văn số 470-CV/TU và 473-CV/TU của Thường trực Tỉnh ủy',
    expected: [
      ref(T.CONG_VAN, '470', null, 'CV/TU', '470-CV/TU', null, null),
      ref(T.CONG_VAN, '473', null, 'CV/TU', '473-CV/TU', null, 'Thường trực Tỉnh ủy'),
    ],
  },
  {
    input: 'Bộ Lao động - Thương binh và Xã hội hướng dẫn tại Công văn số 2565/LĐTBXH-BHXH ngày 28/7/2021 của Bộ Lao động - Thương binh và Xã hội',
    expected: [
      ref(
        T.CONG_VAN,
        '2565',
        2021,
        'LĐTBXH-BHXH',
        '2565/LĐTBXH-BHXH',
        '2021-07-28',
        'Bộ Lao động - Thương binh và Xã hội',
      ),
    ],
  },
];

/** Lines with no reference: each must give `[]`. */
export const NEGATIVES: string[] = [
  'Chỉ thị này phổ biến đến chi bộ./.',
  'Quyết định dừng tất cả các hoạt động không thiết yếu.',
  'tiếp tục thực hiện nghiêm túc và quyết liệt các văn bản chỉ đạo của Bộ Chính trị, Ban Bí thư, Chính phủ',
  'Nhận được Công văn này, yêu cầu các cơ quan, đơn vị, nhất là người đứng đầu nêu cao tinh thần trách nhiệm',
  'Căn cứ chức năng, nhiệm vụ được giao, các Sở, Ban, ngành chủ động phối hợp',
  "tính đến 21h40' ngày 21/7/2021 đã ghi nhận 18 ca dương tính với Covid-19",
  'Thời gian ký: 24.07.2021 10:45:30 +07:00',
  'Số: 3953/UBND-KGVX',
  'Số 470^{*} -CV/TU',
  'Số: ~~3953~~ /UBND-KGVX',
  'xin ý kiến các đồng chí Thường trực Tỉnh ủy qua điện thoại và báo cáo bằng văn bản sau.',
  'CHỈ THỊ\n\nCỦA BAN THƯỜNG VỤ TỈNH ỦY',
  'THÔNG BÁO\n\n**Kết luận của Thủ tướng Chính phủ Phạm Minh Chính,\ntại cuộc họp Ban chỉ đạo Quốc gia',
  'thuộc diện ưu tiên theo đúng chỉ đạo của Chính phủ',
  'Xét nghiệm thần tốc theo hướng dẫn của Bộ Y tế.',
  'Căn cứ nội dung Văn bản này, yêu cầu các sở, ban, ngành nghiêm túc triển khai thực hiện./.',
  'Lưu: VT, Công TTĐT, KGVX (G).',
  'số ca nhiễm Covid-19/2021 tăng',
  'tối đa 100 ca/ngày, 2-3 lần/tuần',
  'phuong châm 5K + vắc xin + điều trị + công nghệ',
  'Kính gửi: Ủy ban nhân dân các huyện, thành phố.',
  'Số: -CV/BCSD',
  'Đắk Nông, ngày 24 tháng 7 năm 2021',
  'Quy định của pháp luật về phòng, chống dịch',
  'Kế hoạch của các địa phương phải phù hợp',
  'CV/TU.TH.C',
  'Thủ tướng Chính phủ Phạm Minh Chính kết luận như sau:',
  'người thuộc diện cách ly tại nơi cư trú',
  'kịp thời sửa đổi, bổ sung những vấn đề chưa phù hợp',
  'Văn bản này thay thế các văn bản trước đây.',
  'xây dựng Kế hoạch 5 năm phát triển kinh tế - xã hội',
  'Nghị quyết 2021 của Đảng bộ',
  'theo chỉ thị 16',
];
