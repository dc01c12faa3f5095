import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DateBounds, RelationEdge } from '../../../src/domain/graph';
import { RelationType } from '../../../src/domain/relation-type';
import type { SourceSpan } from '../../../src/domain/span';
import type { ReuseDocument } from '../../../src/extract/reuse';

/**
 * Cuts documents out of the seed files by hand-chosen marker strings, so the
 * reuse tests do not depend on the segmenter. A document is one or more
 * ranges of one file (pages reassembled in reading order), joined by a blank
 * line; `toSource` maps offsets in the joined text back to the file.
 */

const SEEDS = join(__dirname, '../../../seeds');

const fileCache = new Map<string, string>();

export function seedText(file: string): string {
  let text = fileCache.get(file);
  if (text === undefined) {
    text = readFileSync(join(SEEDS, file), 'utf8').normalize('NFC');
    fileCache.set(file, text);
  }
  return text;
}

/** From the first `from` (at or after `after`) through the end of the first `through` after it. */
export interface Range {
  from: string;
  through: string;
  after?: string;
}

export interface SeedDoc {
  id: string;
  file: string;
  ranges: Range[];
  issuedOn?: string;
  bounds?: DateBounds;
}

const JOIN = '\n\n';

function locate(file: string, text: string, r: Range): { start: number; end: number } {
  const base = r.after === undefined ? 0 : text.indexOf(r.after);
  if (base < 0) throw new Error(`marker not found in ${file}: ${r.after}`);
  const start = text.indexOf(r.from, base);
  if (start < 0) throw new Error(`marker not found in ${file}: ${r.from}`);
  const through = text.indexOf(r.through, start);
  if (through < 0) throw new Error(`marker not found in ${file}: ${r.through}`);
  return { start, end: through + r.through.length };
}

export function seedDocument(spec: SeedDoc): ReuseDocument {
  const fileText = seedText(spec.file);
  const parts = spec.ranges.map((r) => locate(spec.file, fileText, r));
  const pieces: Array<{ textStart: number; fileStart: number; length: number }> = [];
  let text = '';
  for (const p of parts) {
    if (text.length > 0) text += JOIN;
    pieces.push({ textStart: text.length, fileStart: p.start, length: p.end - p.start });
    text += fileText.slice(p.start, p.end);
  }
  const sources: SourceSpan[] = parts.map((p) => ({ file: spec.file, start: p.start, end: p.end }));
  return {
    node: {
      id: spec.id,
      text,
      issuedOn: spec.issuedOn ?? null,
      issuedOnBounds: spec.bounds ?? null,
      sources,
    },
    // A passage straddling two pieces has no single span in the file.
    toSource: (start, end) => {
      const piece = pieces.find((q) => start >= q.textStart && end <= q.textStart + q.length);
      if (!piece) return null;
      const shift = piece.fileStart - piece.textStart;
      return { file: spec.file, start: start + shift, end: end + shift };
    },
  };
}

const F000 = '000_27dc91951817d64b.txt';
const F001 = '001_0202453937826c5e.txt';
const F002 = '002_c722c5a340bb8371.txt';
const F003 = '003_86f9552143f492ea.txt';
const F004 = '004_10878f0bce109c74.txt';

/**
 * The seed documents' bodies (after the addressees, before `Nơi nhận`).
 * Ids are short test ids, not identity-module ids.
 */
export const SEED_DOCS = {
  /** UBND Đắk Nông 3953/UBND-KGVX, 24/7/2021: implements 470, 473 and 446 (sent with it). */
  ubnd3953: {
    id: 'doc:dak-nong:3953/UBND-KGVX:2021',
    file: F000,
    issuedOn: '2021-07-24',
    ranges: [{ from: 'Thực hiện ý kiến chỉ đạo của Thường trực Tỉnh ủy tại Công văn 470', through: 'nghiêm túc thực hiện.' }],
  },
  /** Tỉnh ủy Đắk Nông 473-CV/TU, 24/7/2021; its second page ends mid-sentence and the rest is missing. */
  tu473: {
    id: 'doc:dak-nong:473-CV/TU:2021',
    file: F000,
    issuedOn: '2021-07-24',
    ranges: [{ from: 'Những ngày gần đây, rất nhiều người', through: 'các tỉnh phía Nam,' }],
  },
  /**
   * Tỉnh ủy Đắk Nông 470-CV/TU, 22/7/2021: items 1–5 end in `cản`; the page
   * that continues it (`trở công tác …`, item 6) was filed inside 473; the
   * pages after item 5 repeat items 1–5 and are left out.
   */
  tu470: {
    id: 'doc:dak-nong:470-CV/TU:2021',
    file: F000,
    issuedOn: '2021-07-22',
    ranges: [
      { from: 'Theo đánh giá của Trung ương', through: 'trật tự, an toàn xã hội, cản' },
      { from: 'trở công tác phòng, chống dịch.', through: 'gây tâm lý hoang mang trong nhân dân.', after: 'Số **473** -CV/TU' },
    ],
  },
  /** Tỉnh ủy Đắk Nông 446-TB/TU, 23/7/2021: cites 470. */
  tu446: {
    id: 'doc:dak-nong:446-TB/TU:2021',
    file: F000,
    issuedOn: '2021-07-23',
    ranges: [{ from: 'Ngày 23/7/2021, Thường trực Tỉnh ủy tổ chức họp', through: 'quyết tâm đẩy lùi dịch bệnh.', after: 'Số 446-TB/TU' }],
  },
  /** Chỉ thị of a Ban Thường vụ Tỉnh ủy (Bắc Giang, by its clues), undated in the text (May 2021 by content). */
  chiThi001: {
    id: 'doc:bac-giang:chi-thi:ban-thuong-vu-tinh-uy:undated',
    file: F001,
    ranges: [{ from: 'Dịch Covid-19 bùng phát trở lại', through: 'Chỉ thị này phổ biến đến chi bộ./.' }],
  },
  /** UBND Đắk Nông 6325/UBND-KGVX, 29/10/2021: implements 285/TB-VPCP. */
  ubnd6325: {
    id: 'doc:dak-nong:6325/UBND-KGVX:2021',
    file: F002,
    issuedOn: '2021-10-29',
    ranges: [{ from: 'Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ Phạm Minh Chính tại cuộc họp', through: 'nghiêm túc thực hiện' }],
  },
  /** Văn phòng Chính phủ 285/TB-VPCP, 27/10/2021. */
  vpcp285: {
    id: 'doc:national:285/TB-VPCP:2021',
    file: F002,
    issuedOn: '2021-10-27',
    ranges: [{ from: 'Sáng ngày 17 tháng 10 năm 2021', through: 'biết, thực hiện./.' }],
  },
  /** Tỉnh ủy Ninh Bình 342-CV/TU, 22/7/2021: implements the Điện of 21/7/2021. */
  tu342: {
    id: 'doc:ninh-binh:342-CV/TU:2021',
    file: F003,
    issuedOn: '2021-07-22',
    ranges: [{ from: 'Trong thời gian qua, các cấp ủy', through: 'hoang mang trong nhân dân./.' }],
  },
  /** BCS đảng UBND Lai Châu, blank number and date; cites 79/NQ-CP of 22/7/2021, so not earlier. */
  laiChau004: {
    id: 'doc:lai-chau:cong-van:ban-can-su-dang-ubnd-tinh:undated',
    file: F004,
    bounds: { earliest: '2021-07-22', latest: '2021-12-31', reason: 'cites 79/NQ-CP of 2021-07-22; year 2021 in the header' },
    ranges: [{ from: 'Dịch bệnh Covid-19 đang diễn biến hết sức phức tạp', through: 'nghiêm túc triển khai thực hiện./.' }],
  },
} satisfies Record<string, SeedDoc>;

export type SeedName = keyof typeof SEED_DOCS;

export function seed(name: SeedName): ReuseDocument {
  return seedDocument(SEED_DOCS[name]);
}

export const ALL_SEEDS = Object.keys(SEED_DOCS) as SeedName[];

/** The unnumbered telegram that 470, 342 and the Lai Châu letter carry out. */
export const DIEN_21_7 = 'doc:national:dien:thuong-truc-ban-bi-thu:2021-07-21';

const KL07 = 'doc:national:07-KL/TW:2021';
const CT16 = 'doc:national:16/CT-TTg:2020';
const NQ128 = 'doc:national:128/NQ-CP:2021';

function edge(type: RelationType, sourceId: string, targetId: string): RelationEdge {
  return { type, sourceId, targetId, evidence: [], confidence: 1 };
}

const { IMPLEMENTS, CITES } = RelationType;

/**
 * Citations read by hand from the seed texts (the reference extractor's job;
 * written out here so these tests do not depend on it). Each IMPLEMENTS pair
 * is also a CITES pair (domain.md §4) and is listed once.
 */
export const SEED_CITATIONS: RelationEdge[] = [
  // `Thực hiện ý kiến chỉ đạo của Thường trực Tỉnh ủy tại Công văn 470-CV/TU …, Công văn số 473-CV/TU … và Thông báo 446-TB/TU`
  edge(IMPLEMENTS, SEED_DOCS.ubnd3953.id, SEED_DOCS.tu470.id),
  edge(IMPLEMENTS, SEED_DOCS.ubnd3953.id, SEED_DOCS.tu473.id),
  edge(IMPLEMENTS, SEED_DOCS.ubnd3953.id, SEED_DOCS.tu446.id),
  edge(CITES, SEED_DOCS.ubnd3953.id, KL07),
  // `Triển khai Điện ngày 21/7/2021 của Thường trực Ban Bí thư`
  edge(IMPLEMENTS, SEED_DOCS.tu470.id, DIEN_21_7),
  edge(CITES, SEED_DOCS.tu470.id, KL07),
  // `Công văn số 470-CV/TU ngày 22/7/2021 của Thường trực Tỉnh ủy`, `Chỉ thị số 16/CT/TTg`
  edge(CITES, SEED_DOCS.tu446.id, SEED_DOCS.tu470.id),
  edge(CITES, SEED_DOCS.tu446.id, KL07),
  edge(CITES, SEED_DOCS.tu446.id, CT16),
  // `theo chỉ đạo của Thường trực Ban Bí thư (tại Điện ngày 21/7/2021)`
  edge(IMPLEMENTS, SEED_DOCS.tu342.id, DIEN_21_7),
  edge(CITES, SEED_DOCS.tu342.id, KL07),
  // `Thực hiện Điện của Thường trực Ban Bí thư và Công văn số 294-CV/TU …` (the undated reference merged into the dated node)
  edge(IMPLEMENTS, SEED_DOCS.laiChau004.id, DIEN_21_7),
  edge(CITES, SEED_DOCS.laiChau004.id, KL07),
  edge(CITES, SEED_DOCS.laiChau004.id, CT16),
  // `Thực hiện ý kiến chỉ đạo của Thủ tướng … (Thông báo số 285/TB-VPCP …)`
  edge(IMPLEMENTS, SEED_DOCS.ubnd6325.id, SEED_DOCS.vpcp285.id),
  edge(CITES, SEED_DOCS.ubnd6325.id, NQ128),
  edge(CITES, SEED_DOCS.vpcp285.id, NQ128),
  edge(CITES, SEED_DOCS.chiThi001.id, CT16),
];
