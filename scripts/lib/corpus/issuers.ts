import { GAZETTEER, PROVINCES, type ProvinceInfo } from '../../../src/extract/resolve/gazetteer-data';
import type { DocKind, PlannedDoc } from './corpus-model';
import { stableHash, type Prng } from './prng';

/**
 * Who issues what: header lines, how others cite a body, signature blocks,
 * addressees. Provinces come from the extraction's own reference data
 * (`src/extract/lookup-tables/provinces.json` through its typed loader).
 */

export { PROVINCES, type ProvinceInfo };

/** District names not in any province's gazetteer entry, so they never point the extractor at the wrong province. */
const GENERIC_DISTRICTS = ['Châu Thành', 'Phú Tân', 'Tân Phú', 'An Phú', 'Vĩnh Thạnh', 'Thạnh Phú', 'Bình Minh', 'Long Mỹ', 'Phước Long', 'Tam Nông'];

export function districtsOf(province: ProvinceInfo): string[] {
  const known = GAZETTEER.find((g) => g.province === province.name);
  if (known && known.districts.length > 0) return known.districts;
  const h = stableHash(province.name);
  return [0, 3, 7].map((k) => GENERIC_DISTRICTS[(h + k) % GENERIC_DISTRICTS.length]!);
}

const isCity = (p: ProvinceInfo): boolean => p.kind === 'city';
/** `tỉnh` or `thành phố` as printed before the name. */
const unitWord = (p: ProvinceInfo): string => (isCity(p) ? 'thành phố' : 'tỉnh');
/** `Tỉnh ủy` / `Thành ủy`. */
const partyCommittee = (p: ProvinceInfo): string => (isCity(p) ? 'Thành ủy' : 'Tỉnh ủy');

export const TYPE_WORD: Record<DocKind, string> = {
  'ct-ttg': 'Chỉ thị',
  'nq-cp': 'Nghị quyết',
  'kl-tw': 'Kết luận',
  'dien-ttbbt': 'Điện',
  'cv-tu': 'Công văn',
  'cv-ubnd': 'Công văn',
  'tb-bcd': 'Thông báo',
  'cv-hu': 'Công văn',
  'cv-ubnd-huyen': 'Công văn',
};

const UBND_UNITS = ['KGVX', 'VX', 'NC', 'KT', 'TH'];

export function codeOf(kind: DocKind, n: number, rand: Prng): string | null {
  switch (kind) {
    case 'ct-ttg':
      return `${n}/CT-TTg`;
    case 'nq-cp':
      return `${n}/NQ-CP`;
    case 'kl-tw':
      return `${n}-KL/TW`;
    case 'dien-ttbbt':
      return null;
    case 'cv-tu':
      return `${n}-CV/TU`;
    case 'cv-ubnd':
      return `${n}/UBND-${rand.pick(UBND_UNITS)}`;
    case 'tb-bcd':
      return `${n}/TB-BCĐ`;
    case 'cv-hu':
      return `${n}-CV/HU`;
    case 'cv-ubnd-huyen':
      return `${n}/UBND-VP`;
  }
}

/** How a citing document names the issuer after `của` (local bodies without the province: it is the citer's own). */
export function citedIssuer(doc: PlannedDoc, rand: Prng): string {
  const p = doc.province ? PROVINCES.find((x) => x.name === doc.province)! : null;
  switch (doc.kind) {
    case 'ct-ttg':
      return 'Thủ tướng Chính phủ';
    case 'nq-cp':
      return 'Chính phủ';
    case 'kl-tw':
      return 'Bộ Chính trị';
    case 'dien-ttbbt':
      return 'Thường trực Ban Bí thư';
    case 'cv-tu':
      return rand.chance(0.6) ? `Thường trực ${partyCommittee(p!)}` : `Ban Thường vụ ${partyCommittee(p!)}`;
    case 'cv-ubnd':
      return rand.chance(0.5) ? `UBND ${unitWord(p!)}` : `Ủy ban nhân dân ${unitWord(p!)}`;
    case 'tb-bcd':
      return `Ban Chỉ đạo phòng, chống dịch Covid-19 ${unitWord(p!)}`;
    case 'cv-hu':
      return `Huyện ủy ${doc.district}`;
    case 'cv-ubnd-huyen':
      return `UBND huyện ${doc.district}`;
  }
}

/** The issuing body as printed in the header, in capitals, one or two lines. */
export function headerBody(doc: PlannedDoc): string[] {
  const p = doc.province ? PROVINCES.find((x) => x.name === doc.province)! : null;
  const upper = (s: string): string => s.toUpperCase();
  switch (doc.kind) {
    case 'ct-ttg':
      return ['THỦ TƯỚNG CHÍNH PHỦ'];
    case 'nq-cp':
      return ['CHÍNH PHỦ'];
    case 'kl-tw':
      return ['BAN CHẤP HÀNH TRUNG ƯƠNG'];
    case 'dien-ttbbt':
      return ['BAN BÍ THƯ'];
    case 'cv-tu':
      return [upper(`${partyCommittee(p!)} ${p!.name}`)];
    case 'cv-ubnd':
      return ['ỦY BAN NHÂN DÂN', upper(`${unitWord(p!)} ${p!.name}`)];
    case 'tb-bcd':
      return [upper(`UBND ${unitWord(p!)} ${p!.name}`), 'BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19'];
    case 'cv-hu':
      return [upper(`Đảng bộ ${unitWord(p!)} ${p!.name}`), upper(`Huyện ủy ${doc.district}`)];
    case 'cv-ubnd-huyen':
      return [upper(`UBND ${unitWord(p!)} ${p!.name}`), upper(`Ủy ban nhân dân huyện ${doc.district}`)];
  }
}

export function isParty(kind: DocKind): boolean {
  return kind === 'kl-tw' || kind === 'dien-ttbbt' || kind === 'cv-tu' || kind === 'cv-hu';
}

/** How the document calls itself in its requests (`Ủy ban nhân dân tỉnh yêu cầu`). */
export function selfName(doc: PlannedDoc): string {
  const p = doc.province ? PROVINCES.find((x) => x.name === doc.province)! : null;
  switch (doc.kind) {
    case 'ct-ttg':
      return 'Thủ tướng Chính phủ';
    case 'nq-cp':
      return 'Chính phủ';
    case 'kl-tw':
      return 'Bộ Chính trị';
    case 'dien-ttbbt':
      return 'Thường trực Ban Bí thư';
    case 'cv-tu':
      return `Thường trực ${partyCommittee(p!)}`;
    case 'cv-ubnd':
      return `Ủy ban nhân dân ${unitWord(p!)}`;
    case 'tb-bcd':
      return `Ban Chỉ đạo ${unitWord(p!)}`;
    case 'cv-hu':
      return 'Ban Thường vụ Huyện ủy';
    case 'cv-ubnd-huyen':
      return 'Ủy ban nhân dân huyện';
  }
}

/**
 * Each office keeps its own addressee and distribution lists (the seeds'
 * lists differ from province to province): a stable choice per body out of
 * the genre's usual lines, so a province's letters share them and other
 * provinces' mostly do not.
 */
function officeLines(doc: PlannedDoc, pool: readonly string[], min: number, max: number, salt: string): string[] {
  let h = stableHash(`${doc.province ?? 'national'}|${doc.district ?? ''}|${doc.kind}|${salt}`);
  const count = min + (h % (max - min + 1));
  const chosen: string[] = [];
  const left = [...pool];
  while (chosen.length < count && left.length > 0) {
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
    chosen.push(left.splice(h % left.length, 1)[0]!);
  }
  return chosen;
}

const STATE_ADDRESSEES = [
  'Các Sở, Ban, ngành, hội, đoàn thể cấp tỉnh;',
  'Các đơn vị lực lượng vũ trang cấp tỉnh;',
  'Ủy ban nhân dân các huyện, thành phố;',
  'Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh;',
  'Các cơ quan Trung ương đóng trên địa bàn tỉnh;',
  'Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh;',
  'Sở Y tế, Sở Thông tin và Truyền thông;',
  'Các doanh nghiệp, khu công nghiệp trên địa bàn;',
];
const PARTY_ADDRESSEES = [
  'Ban cán sự đảng UBND tỉnh,',
  'Các ban đảng Tỉnh ủy,',
  'Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy,',
  'Các đảng đoàn, ban cán sự đảng,',
  'Mặt trận Tổ quốc và các đoàn thể tỉnh,',
  'Ban Chỉ đạo phòng, chống dịch bệnh ở người tỉnh,',
  'Các cơ quan chuyên trách tham mưu giúp việc Tỉnh ủy,',
];
const DISTRICT_ADDRESSEES = [
  'Các chi bộ, đảng bộ trực thuộc,',
  'Các phòng, ban, ngành huyện;',
  'Ủy ban nhân dân các xã, thị trấn;',
  'Mặt trận Tổ quốc và các đoàn thể huyện,',
  'Công an huyện, Ban Chỉ huy Quân sự huyện;',
  'Trung tâm Y tế huyện;',
];
const CENTRAL_ADDRESSEES = [
  'Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ;',
  'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương;',
  'Các tỉnh ủy, thành ủy,',
  'Các ban đảng, ban cán sự đảng, đảng đoàn,',
  'Các đảng ủy trực thuộc Trung ương.',
];

export function addressees(doc: PlannedDoc): string[] {
  switch (doc.kind) {
    case 'ct-ttg':
    case 'nq-cp':
    case 'kl-tw':
    case 'dien-ttbbt':
      return officeLines(doc, CENTRAL_ADDRESSEES, 2, 3, 'to');
    case 'cv-tu':
      return officeLines(doc, PARTY_ADDRESSEES, 2, 4, 'to');
    case 'cv-ubnd':
    case 'tb-bcd':
      return officeLines(doc, STATE_ADDRESSEES, 2, 4, 'to');
    case 'cv-hu':
    case 'cv-ubnd-huyen':
      return officeLines(doc, DISTRICT_ADDRESSEES, 2, 3, 'to');
  }
}

const PARTY_DISTRIBUTION = ['- Như kính gửi,', '- Thường trực Tỉnh ủy (b/c),', '- Ban Bí thư TW Đảng (để báo cáo),', '- Văn phòng Trung ương Đảng,', '- Các đồng chí Tỉnh ủy viên,', '- Các đồng chí Ủy viên BCH Đảng bộ tỉnh,', '- Sở Y tế,', '- Ban Tuyên giáo Tỉnh ủy,'];
const STATE_DISTRIBUTION = ['- Như trên;', '- Thường trực Tỉnh ủy;', '- Đ/c Bí thư Tỉnh ủy;', '- TT HĐND tỉnh (b/c);', '- CT, các PCT UBND tỉnh;', '- Ủy ban MTTQ tỉnh;', '- CVP, các PCVP UBND tỉnh;', '- Cổng Thông tin điện tử tỉnh;', '- Báo, Đài Phát thanh - Truyền hình tỉnh;'];

export function distribution(doc: PlannedDoc): string[] {
  const party = isParty(doc.kind);
  const lines = officeLines(doc, party ? PARTY_DISTRIBUTION : STATE_DISTRIBUTION, 3, 5, 'cc');
  const archive = party ? '- Lưu Văn phòng.' : `- Lưu: VT, ${['KGVX', 'VX', 'TH', 'NC'][stableHash(`${doc.province}|lưu`) % 4]}.`;
  return [...lines, archive];
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Tôn'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Hữu', 'Ngọc', 'Thanh', 'Quang', 'Xuân', 'Hồng'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hạnh', 'Hải', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam', 'Phúc', 'Quảng', 'Sơn', 'Thái', 'Thành', 'Trung', 'Tuấn', 'Vinh', 'Yến'];

/** A stable name per body and role, so the same signer recurs across a province's letters. */
export function signerName(doc: PlannedDoc, role: string): string {
  const h = stableHash(`${doc.province ?? 'national'}|${doc.district ?? ''}|${doc.kind}|${role}`);
  return `${FAMILY[h % FAMILY.length]} ${MIDDLE[(h >>> 8) % MIDDLE.length]} ${GIVEN[(h >>> 16) % GIVEN.length]}`;
}

/** Authority and title lines, then the signer's name. */
export function signatureBlock(doc: PlannedDoc, rand: Prng): string[] {
  const pick = (options: Array<[string, string]>): [string, string] => rand.pick(options);
  let lines: [string, string];
  switch (doc.kind) {
    case 'ct-ttg':
      lines = ['', 'THỦ TƯỚNG'];
      break;
    case 'nq-cp':
      lines = ['TM. CHÍNH PHỦ', 'THỦ TƯỚNG'];
      break;
    case 'kl-tw':
      lines = ['T/M BỘ CHÍNH TRỊ', 'THƯỜNG TRỰC BAN BÍ THƯ'];
      break;
    case 'dien-ttbbt':
      lines = ['T/M BAN BÍ THƯ', 'THƯỜNG TRỰC'];
      break;
    case 'cv-tu':
    case 'cv-hu':
      lines = pick([
        ['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ THƯỜNG TRỰC'],
        ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ'],
        ['TM. BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ'],
      ]);
      break;
    case 'cv-ubnd':
    case 'cv-ubnd-huyen':
      lines = pick([
        ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
        ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
      ]);
      break;
    case 'tb-bcd':
      lines = ['TM. BAN CHỈ ĐẠO', 'TRƯỞNG BAN'];
      break;
  }
  const [authority, title] = lines;
  const block = authority ? [authority, title] : [title];
  return [...block, '', '', signerName(doc, title)];
}
