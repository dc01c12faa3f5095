import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentType as T } from '../../../src/domain/document-type';
import { RelationType as R } from '../../../src/domain/relation-type';
import type { ParsedReference } from '../../../src/extract/references/reference';

/**
 * The documents of the five seed files, cut by markers copied from the
 * files, with every reference in them and its relations, worked out by
 * reading the texts (domain.md §3–4). Shared by the reference and the
 * classifier tests.
 */
export interface ExpectedRef extends ParsedReference {
  relations: R[];
}

export interface SeedDocument {
  name: string;
  file: string;
  /** Subject line (trích yếu) exactly as in the file. */
  subject: string;
  subjectRefs: ExpectedRef[];
  /** Body: from the first occurrence of `bodyFrom` (after `after`, if given) up to the next `bodyTo`. */
  after?: string;
  bodyFrom: string;
  bodyTo: string;
  bodyRefs: ExpectedRef[];
}

export function e(
  type: T,
  number: string | null,
  year: number | null,
  symbol: string | null,
  code: string | null,
  date: string | null,
  issuer: string | null,
  relations: R[],
): ExpectedRef {
  return { type, number, year, symbol, code, date, issuer, relations };
}

export const SEEDS_DIR = join(__dirname, '..', '..', '..', 'seeds');

export function readSeed(file: string): string {
  return readFileSync(join(SEEDS_DIR, file), 'utf8').normalize('NFC');
}

/** Cuts the body of a seed document; throws if a marker is missing so a wrong table fails loudly. */
export function bodyOf(doc: SeedDocument): string {
  const text = readSeed(doc.file);
  const from0 = doc.after ? text.indexOf(doc.after) : 0;
  if (from0 < 0) throw new Error(`${doc.name}: marker not found: ${doc.after}`);
  const start = text.indexOf(doc.bodyFrom, from0);
  if (start < 0) throw new Error(`${doc.name}: marker not found: ${doc.bodyFrom}`);
  const end = text.indexOf(doc.bodyTo, start);
  if (end < 0) throw new Error(`${doc.name}: marker not found: ${doc.bodyTo}`);
  return text.slice(start, end);
}

const F0 = '000_27dc91951817d64b.txt';
const F1 = '001_0202453937826c5e.txt';
const F2 = '002_c722c5a340bb8371.txt';
const F3 = '003_86f9552143f492ea.txt';
const F4 = '004_10878f0bce109c74.txt';

const CITES = [R.CITES];

export const SEED_DOCUMENTS: SeedDocument[] = [
  {
    name: '3953/UBND-KGVX (Đắk Nông, covering letter)',
    file: F0,
    subject: 'V/v triển khai ý kiến chỉ đạo của\nThường trực Tỉnh ủy về phòng,\nchống dịch Covid-19',
    subjectRefs: [],
    bodyFrom: 'Thực hiện ý kiến chỉ đạo của Thường trực Tỉnh ủy tại',
    bodyTo: 'Nơi nhận:',
    bodyRefs: [
      e(T.CONG_VAN, '470', 2021, 'CV/TU', '470-CV/TU', '2021-07-22', null, [R.IMPLEMENTS, R.ATTACHES, R.CITES]),
      e(T.CONG_VAN, '473', 2021, 'CV/TU', '473-CV/TU', '2021-07-24', null, [R.IMPLEMENTS, R.ATTACHES, R.CITES]),
      e(T.THONG_BAO, '446', 2021, 'TB/TU', '446-TB/TU', '2021-07-23', null, [R.IMPLEMENTS, R.ATTACHES, R.CITES]),
      e(T.KET_LUAN, '07', 2021, 'KL/TW', '07-KL/TW', '2021-06-11', 'Bộ Chính trị', CITES),
      e(T.CONG_VAN, '402', 2021, 'CV/TU', '402-CV/TU', '2021-06-21', null, CITES),
      e(T.CONG_VAN, '470', 2021, 'CV/TU', '470-CV/TU', '2021-07-22', 'Thường trực Tỉnh ủy', CITES),
    ],
  },
  {
    name: '473-CV/TU (Đắk Nông)',
    file: F0,
    subject: 'V/v theo dõi, quản lý những người\nvề từ các tỉnh phía nam để phòng,\nchống dịch Covid-19',
    subjectRefs: [],
    bodyFrom: 'Những ngày gần đây',
    bodyTo: 'Nơi nhận:',
    bodyRefs: [],
  },
  {
    name: '470-CV/TU (Đắk Nông)',
    file: F0,
    subject: 'V/v tiếp tục tăng cường công tác\nphòng, chống dịch Covid-19',
    subjectRefs: [],
    bodyFrom: 'Theo đánh giá của Trung ương',
    bodyTo: 'Người ký:',
    bodyRefs: [
      e(T.DIEN, null, 2021, null, null, '2021-07-21', 'Thường trực Ban Bí thư', [R.IMPLEMENTS, R.CITES]),
      e(T.KET_LUAN, '07', 2021, 'KL/TW', '07-KL/TW', '2021-06-11', 'Bộ Chính trị', CITES),
      e(T.CONG_VAN, '402', 2021, 'CV/TU', '402-CV/TU', '2021-06-21', 'Ban Thường vụ Tỉnh ủy', CITES),
    ],
  },
  {
    name: '446-TB/TU (Đắk Nông)',
    file: F0,
    subject: 'Ý kiến chỉ đạo của Thường trực Tỉnh ủy về tiếp tục thực hiện công tác phòng, chống dịch Covid-19',
    subjectRefs: [],
    bodyFrom: 'Ngày 23/7/2021, Thường trực Tỉnh ủy tổ chức họp',
    bodyTo: 'Nơi nhận:',
    bodyRefs: [
      e(T.QUYET_DINH, '1044', 2021, 'QĐ-BCĐ', '1044/QĐ-BCĐ', '2021-07-22', null, CITES),
      e(T.CHI_THI, '16', 2020, 'CT-TTg', '16/CT-TTg', '2020-03-31', 'Thủ tướng Chính phủ', CITES),
      e(T.KET_LUAN, '07', 2021, 'KL/TW', '07-KL/TW', '2021-06-11', 'Bộ Chính trị', CITES),
      e(T.CONG_VAN, '402', 2021, 'CV/TU', '402-CV/TU', '2021-06-21', null, CITES),
      e(T.CONG_VAN, '470', 2021, 'CV/TU', '470-CV/TU', '2021-07-22', 'Thường trực Tỉnh ủy', CITES),
    ],
  },
  {
    name: 'Chỉ thị of the Ban Thường vụ Tỉnh ủy (no number)',
    file: F1,
    subject: 'về việc khẩn trương đẩy mạnh các biện pháp cấp bách\nphòng, chống dịch Covid-19 trên địa bàn tỉnh',
    subjectRefs: [],
    bodyFrom: 'Dịch Covid-19 bùng phát trở lại',
    bodyTo: 'Nơi nhận:',
    bodyRefs: [
      e(T.CHI_THI, '15', 2020, 'CT-TTg', '15/CT-TTg', '2020-03-27', null, CITES),
      e(T.CHI_THI, '16', 2020, 'CT-TTg', '16/CT-TTg', '2020-03-31', 'Thủ tướng Chính phủ', CITES),
      e(T.NGHI_QUYET, '21', 2021, 'NQ-CP', '21/NQ-CP', '2021-02-26', null, CITES),
      e(T.NGHI_QUYET, '04', 2021, 'NQ-HĐND', '04/2021/NQ-HĐND', '2021-03-29', 'HĐND tỉnh', CITES),
    ],
  },
  {
    name: '6325/UBND-KGVX (Đắk Nông)',
    file: F2,
    subject:
      'V/v triển khai chỉ đạo của Thủ tướng\nChính phủ Phạm Minh Chính tại\nThông báo 285/TB-VPCP về công\ntác phòng, chống dịch Covid-19',
    subjectRefs: [e(T.THONG_BAO, '285', null, 'TB-VPCP', '285/TB-VPCP', null, null, [R.IMPLEMENTS, R.CITES])],
    bodyFrom: 'Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ',
    bodyTo: 'Noi nhậm:',
    bodyRefs: [
      e(T.THONG_BAO, '285', 2021, 'TB-VPCP', '285/TB-VPCP', '2021-10-27', 'Văn phòng Chính phủ', [
        R.IMPLEMENTS,
        R.ATTACHES,
        R.CITES,
      ]),
      e(T.NGHI_QUYET, '128', null, 'NQ-CP', '128/NQ-CP', null, null, CITES),
    ],
  },
  {
    name: '285/TB-VPCP (Văn phòng Chính phủ, forwarded)',
    file: F2,
    subject:
      'Kết luận của Thủ tướng Chính phủ Phạm Minh Chính,\ntại cuộc họp Ban chỉ đạo Quốc gia phòng, chống dịch COVID-19\ntrực tuyến các địa phương về công tác phòng, chống dịch COVID-19',
    subjectRefs: [],
    bodyFrom: 'Sáng ngày 17 tháng 10 năm 2021',
    bodyTo: 'Noi nhận:',
    bodyRefs: [
      e(T.NGHI_QUYET, '128', null, 'NQ-CP', '128/NQ-CP', null, 'Chính phủ', CITES),
      // `- Thực hiện Nghị quyết 128/NQ-CP ...: Giao ...` in item 8: an order to carry it out (operative part).
      e(T.NGHI_QUYET, '128', null, 'NQ-CP', '128/NQ-CP', null, null, [R.IMPLEMENTS, R.CITES]),
      e(T.NGHI_QUYET, '128', null, 'NQ-CP', '128/NQ-CP', null, null, CITES),
    ],
  },
  {
    name: '342-CV/TU (Ninh Bình)',
    file: F3,
    subject: 'V/v tiếp tục tăng cường công tác  \nphòng, chống dịch Covid-19',
    subjectRefs: [],
    bodyFrom: 'Trong thời gian qua',
    bodyTo: 'Nơi nhận:',
    bodyRefs: [
      e(T.DIEN, null, 2021, null, null, '2021-07-21', null, [R.IMPLEMENTS, R.CITES]),
      e(T.KET_LUAN, '07', 2021, 'KL/TW', '07-KL/TW', '2021-06-11', 'Bộ Chính trị', CITES),
      e(T.NGHI_QUYET, '68', null, 'NQ-CP', '68/NQ-CP', null, 'Chính phủ', CITES),
      e(T.NGHI_QUYET, null, null, null, null, null, 'HĐND tỉnh', CITES),
    ],
  },
  {
    name: '-CV/BCSĐ (Lai Châu, blank number)',
    file: F4,
    subject: 'V/v tăng cường thực hiện công tác\nphòng, chống dịch Covid-19',
    subjectRefs: [],
    bodyFrom: 'Dịch bệnh Covid-19 đang diễn biến',
    bodyTo: 'Nơi nhận:',
    bodyRefs: [
      e(T.CHI_THI, '16', null, 'CT-TTg', '16/CT-TTg', null, 'Thủ tướng Chính phủ', CITES),
      e(T.DIEN, null, null, null, null, null, 'Thường trực Ban Bí thư', [R.IMPLEMENTS, R.CITES]),
      e(T.CONG_VAN, '294', 2021, 'CV/TU', '294-CV/TU', '2021-07-21', 'Ban Thường vụ Tỉnh ủy', [R.IMPLEMENTS, R.CITES]),
      e(T.NGHI_QUYET, '78', 2021, 'NQ-CP', '78/NQ-CP', '2021-07-20', null, [R.IMPLEMENTS, R.CITES]),
      e(T.NGHI_QUYET, '79', 2021, 'NQ-CP', '79/NQ-CP', '2021-07-22', 'Chính phủ', [R.IMPLEMENTS, R.ATTACHES, R.CITES]),
      e(T.KET_LUAN, '07', 2021, 'KL/TW', '07-KL/TW', '2021-06-11', 'Bộ Chính trị', CITES),
      e(T.NGHI_QUYET, '78', null, 'NQ-CP', '78/NQ-CP', null, null, CITES),
      e(T.NGHI_QUYET, '79', null, 'NQ-CP', '79/NQ-CP', null, 'Chính phủ', CITES),
      e(T.NGHI_QUYET, '79', null, 'NQ-CP', '79/NQ-CP', null, null, CITES),
      e(T.NGHI_QUYET, '68', null, 'NQ-CP', '68/NQ-CP', null, 'Chính phủ', CITES),
      e(T.QUYET_DINH, '23', 2021, 'QĐ-TTg', '23/2021/QĐ-TTg', null, 'Thủ tướng Chính phủ', CITES),
    ],
  },
];

/** Codes (or `TYPE@date` when unnumbered) of every reference in each whole seed file, in order. */
export const SEED_FILE_REFS: Record<string, string[]> = {
  [F0]: [
    '470-CV/TU', '473-CV/TU', '446-TB/TU', '07-KL/TW', '402-CV/TU', '470-CV/TU',
    'DIEN@2021-07-21', '07-KL/TW', '402-CV/TU',
    '1044/QĐ-BCĐ', '16/CT-TTg', '07-KL/TW', '402-CV/TU', '470-CV/TU',
  ],
  [F1]: ['15/CT-TTg', '16/CT-TTg', '21/NQ-CP', '04/2021/NQ-HĐND'],
  [F2]: ['285/TB-VPCP', '285/TB-VPCP', '128/NQ-CP', '128/NQ-CP', '128/NQ-CP', '128/NQ-CP'],
  [F3]: ['DIEN@2021-07-21', '07-KL/TW', '68/NQ-CP', 'NGHI_QUYET@null'],
  [F4]: [
    '16/CT-TTg', 'DIEN@null', '294-CV/TU', '78/NQ-CP', '79/NQ-CP', '07-KL/TW', '78/NQ-CP', '79/NQ-CP',
    '79/NQ-CP', '68/NQ-CP', '23/2021/QĐ-TTg',
  ],
};
