import type { PlannedDoc } from './corpus-model';
import { addressees, citedIssuer, distribution, headerBody, isParty, selfName, signatureBlock, TYPE_WORD } from './issuers';
import { damageParagraph, decorateNumber } from './ocr-noise';
import { stableHash, type Prng } from './prng';

/** What one document says about others, decided by the planner. */
export interface DocumentLinks {
  implements: PlannedDoc[];
  /** `(gửi kèm theo)` after the implemented documents. */
  attaches: boolean;
  cites: PlannedDoc[];
  /** Sections copied from an implemented document, as it wrote them. */
  copied: string[];
}

function dateParts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return [d, m, y];
}

/** `ngày 22/7/2021`, `ngày 22 tháng 7 năm 2021` or `, ngày 22/7/2021`. */
function dateOfReference(iso: string, rand: Prng): string {
  const [d, m, y] = dateParts(iso);
  const r = rand.next();
  if (r < 0.15) return ` ngày ${d} tháng ${m} năm ${y}`;
  if (r < 0.25) return `, ngày ${d}/${m}/${y}`;
  return ` ngày ${d}/${m}/${y}`;
}

/** `Công văn số 470-CV/TU ngày 22/7/2021 của Thường trực Tỉnh ủy`; telegrams by date and issuer only. */
export function referenceTo(target: PlannedDoc, rand: Prng): string {
  const type = TYPE_WORD[target.kind];
  if (target.code === null) return `${type}${dateOfReference(target.date, rand)} của ${citedIssuer(target, rand)}`;
  const so = rand.chance(0.7) ? ' số' : '';
  return `${type}${so} ${target.code}${dateOfReference(target.date, rand)} của ${citedIssuer(target, rand)}`;
}

function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

function numberLine(doc: PlannedDoc, rand: Prng): string {
  if (doc.code === null || doc.number === null) return '';
  const n = decorateNumber(doc.number, rand);
  const rest = doc.code.slice(String(doc.number).length);
  if (isParty(doc.kind)) {
    const dash = rand.chance(0.3) ? ' - ' : rest.startsWith('-') ? ' -' : '';
    return `Số ${n}${dash}${dash ? rest.slice(1) : rest}`;
  }
  return `Số: ${n}${rest}`;
}

function placeLine(doc: PlannedDoc): string {
  const [d, m, y] = dateParts(doc.date);
  const place = doc.province ?? 'Hà Nội';
  return `${place}, ngày ${d} tháng ${m} năm ${y}`;
}

/** A subject printed over two or three short lines, as in the seeds. */
function wrapped(text: string, rand: Prng): string[] {
  const words = text.split(' ');
  const width = rand.int(5, 8);
  const lines: string[] = [];
  for (let i = 0; i < words.length; i += width) lines.push(words.slice(i, i + width).join(' '));
  return lines;
}

function header(doc: PlannedDoc, rand: Prng): string[] {
  const body = headerBody(doc);
  const number = numberLine(doc, rand);
  const subject = ['ct-ttg', 'nq-cp', 'kl-tw'].includes(doc.kind)
    ? [TYPE_WORD[doc.kind].toUpperCase(), '', ...wrapped(`Về ${doc.subject}`, rand)]
    : wrapped(`${doc.kind === 'tb-bcd' ? 'V/v thông báo' : 'V/v'} ${doc.subject}`, rand);
  if (isParty(doc.kind)) {
    if (rand.chance(0.5)) {
      return [...body, '', 'ĐẢNG CỘNG SẢN VIỆT NAM', '', number, '', ...subject, '', placeLine(doc)];
    }
    return [...body.map((l) => `# ${l}`), '', '\\*', '', number, '', ...subject, '', '# ĐẢNG CỘNG SẢN VIỆT NAM', '', placeLine(doc)];
  }
  const motto = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
  if (rand.chance(0.6)) {
    const bold = (ls: string[]): string[] => (ls.length === 1 ? [`**${ls[0]}**`] : [`**${ls[0]}`, ...ls.slice(1, -1), `${ls[ls.length - 1]}**`]);
    return [...bold(body), '', ...bold(motto), '', number, ...subject, '', placeLine(doc)];
  }
  return [...motto, '', ...body, '', number, '', placeLine(doc), '', ...subject];
}

function salutation(doc: PlannedDoc, rand: Prng): string[] {
  const list = addressees(doc);
  if (rand.chance(0.3)) return [`- Kính gửi: - ${list[0]}`, ...list.slice(1).map((l) => `- ${l}`)];
  return ['Kính gửi:', '', ...list.map((l) => `- ${l}`)];
}

/**
 * Each body writes its letters from its own template (seeds/000 and 002, both
 * Đắk Nông UBND, close with the same sentence): the opening's tail and the
 * closing are picked per province and issuer kind, so that letters of one
 * office share them and letters of different provinces mostly do not.
 */
const OPENING_TAILS: Array<(me: string) => string> = [
  (me) => `${me} yêu cầu các cơ quan, đơn vị, địa phương thực hiện ngay một số nội dung và biện pháp về công tác phòng, chống dịch như sau:`,
  (me) => `để đạt hiệu quả cao hơn nữa trong công tác phòng, chống dịch bệnh trong tình hình cấp bách hiện nay, ${me} yêu cầu:`,
  (me) => `${me} chỉ đạo như sau:`,
  (me) => `${me} đề nghị các sở, ban, ngành, địa phương tập trung triển khai một số nhiệm vụ trọng tâm sau:`,
  (me) => `${me} giao các cơ quan, đơn vị theo chức năng, nhiệm vụ thực hiện nghiêm nội dung các văn bản nêu trên, trong đó cần chú trọng một số nhiệm vụ sau:`,
  (me) => `${me} yêu cầu các cấp ủy, tổ chức đảng, chính quyền tập trung lãnh đạo, chỉ đạo và tổ chức thực hiện nghiêm một số nhiệm vụ sau:`,
];

const CLOSINGS: Array<(me: string) => string> = [
  (me) => `Nhận được văn bản này, ${me} yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc thực hiện./.`,
  () => 'Căn cứ nội dung văn bản này, yêu cầu các sở, ban, ngành, địa phương, cơ quan, đơn vị liên quan nghiêm túc triển khai thực hiện./.',
  () => 'Nhận được Công văn này, yêu cầu các cơ quan, đơn vị, nhất là người đứng đầu nêu cao tinh thần trách nhiệm, chỉ đạo và tổ chức thực hiện nghiêm.',
  (me) => `Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo ${me} để xem xét, chỉ đạo./.`,
  (me) => `${me} yêu cầu các địa phương, đơn vị khẩn trương triển khai thực hiện và báo cáo kết quả định kỳ./.`,
  () => 'Đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.',
];

function templateOf(doc: PlannedDoc): { opening: number; closing: number } {
  const h = stableHash(`${doc.province ?? 'national'}|${doc.district ?? ''}|${doc.kind}`);
  return { opening: h % OPENING_TAILS.length, closing: (h >>> 8) % CLOSINGS.length };
}

function intro(doc: PlannedDoc, links: DocumentLinks, rand: Prng): string {
  const tail = OPENING_TAILS[templateOf(doc).opening]!(selfName(doc));
  if (links.implements.length === 0) {
    return `Trước diễn biến phức tạp của dịch bệnh Covid-19 trong thời gian gần đây, ${tail}`;
  }
  const refs = joinList(links.implements.map((t) => referenceTo(t, rand)));
  const attached = links.attaches ? (rand.chance(0.5) ? ' (*gửi kèm theo*)' : ' (gửi kèm theo)') : '';
  const verb = rand.pick(['Thực hiện', 'Thực hiện', 'Triển khai', 'Thực hiện ý kiến chỉ đạo tại']);
  return `${verb} ${refs}${attached}; ${tail}`;
}

/**
 * The whole document as OCR'd text: header (one of the seeds' layouts),
 * addressees, the implementing clause, numbered sections (own prose with
 * OCR damage, copied sections, a citing sentence), closing, distribution
 * list, signature block and sometimes a digital-signature stamp.
 */
export function renderDocument(doc: PlannedDoc, links: DocumentLinks, rand: Prng): string {
  const lines: string[] = ['', ...header(doc, rand), ''];
  if (rand.chance(0.2)) lines.push(rand.pick(['KHẨN', 'HỎA TỐC', 'THƯỢNG KHẨN']), '');
  lines.push(...salutation(doc, rand), '', intro(doc, links, rand), '');

  const sections = [...doc.sections];
  for (const copy of links.copied) sections.splice(rand.int(0, sections.length), 0, copy);
  let page = 2;
  sections.forEach((section, i) => {
    let text = damageParagraph(section, rand);
    if (i === 0 && links.cites.length > 0) {
      text += ` Tiếp tục thực hiện nghiêm các văn bản chỉ đạo của cấp trên (*đặc biệt là ${joinList(links.cites.map((c) => referenceTo(c, rand)))}*).`;
    }
    lines.push(`${i + 1}. ${text}`, '');
    if (i % 3 === 2 && rand.chance(0.4)) lines.push(String(page++), '');
  });

  lines.push(CLOSINGS[templateOf(doc).closing]!(selfName(doc)), '');
  lines.push(rand.chance(0.1) ? 'Noi nhậm:' : 'Nơi nhận:', '', ...distribution(doc), '');
  const signature = signatureBlock(doc, rand);
  const lastTitleLine = signature.length - 4;
  if (rand.chance(0.4)) {
    signature[0] = `**${signature[0]}`;
    signature[lastTitleLine] = `${signature[lastTitleLine]}**`;
  }
  lines.push(...signature, '');
  if (rand.chance(0.3)) {
    const [d, m, y] = dateParts(doc.date);
    const body = headerBody(doc).join(' ');
    lines.push(`Người ký: ${body}`, `Cơ quan: ${body}`, `Thời gian ký: ${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`, `${String(rand.int(7, 17)).padStart(2, '0')}:${String(rand.int(0, 59)).padStart(2, '0')}:00 +07:00`, '');
  }
  return lines.join('\n');
}
