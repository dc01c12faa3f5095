import { DocumentType } from '../../../src/domain/document-type';
import type {
  DocumentNode,
  FileGraph,
  OrganizationNode,
  PersonNode,
  ProvinceNode,
  RelationEdge,
} from '../../../src/domain/graph';
import { RelationType } from '../../../src/domain/relation-type';
import { System } from '../../../src/domain/system';
import { contentHash } from '../../../src/shared/content-hash';
import { documentNode as blankDocument } from '../../../src/domain/document-node';

/**
 * Hand-built FileGraphs for the store contract. The small corpus mirrors the
 * seeds' shape (a Politburo conclusion, a Tỉnh ủy letter implementing it, a
 * UBND letter implementing that, another province answering directly) so
 * every expected value in the suite can be worked out on paper.
 */

export function documentNode(overrides: Partial<DocumentNode> & Pick<DocumentNode, 'id'>): DocumentNode {
  return blankDocument({ scope: overrides.id.split(':')[1]!, type: DocumentType.CONG_VAN, inCorpus: false, ...overrides });
}

export function relation(type: RelationType, sourceId: string, targetId: string, evidence: string, file: string): RelationEdge {
  return { type, sourceId, targetId, evidence: [{ text: evidence, span: { file, start: 0, end: evidence.length } }], confidence: 0.9 };
}

export interface FileParts {
  documents?: DocumentNode[];
  organizations?: OrganizationNode[];
  persons?: PersonNode[];
  provinces?: ProvinceNode[];
  relations?: RelationEdge[];
  signatures?: FileGraph['signatures'];
}

/** The hash follows the content, so changed parts under one name are "changed content". */
export function fileGraph(name: string, parts: FileParts): FileGraph {
  const body = {
    documents: parts.documents ?? [],
    organizations: parts.organizations ?? [],
    persons: parts.persons ?? [],
    provinces: parts.provinces ?? [],
    relations: parts.relations ?? [],
    signatures: parts.signatures ?? [],
    diagnostics: [],
  };
  const text = JSON.stringify(body);
  return { file: { name, hash: contentHash(name + '\n' + text), length: text.length }, ...body };
}

export const ID = {
  daknong: 'province:dak-nong',
  binhduong: 'province:binh-duong',
  boChinhTri: 'org:national:bo-chinh-tri',
  thuTuong: 'org:national:thu-tuong-chinh-phu',
  tinhUyDN: 'org:dak-nong:tinh-uy',
  ubndDN: 'org:dak-nong:ubnd-tinh',
  ubndBD: 'org:binh-duong:ubnd-tinh',
  dienKre: 'person:dien-kre',
  hanh: 'person:ton-thi-ngoc-hanh',
  kl07: 'doc:national:07-KL/TW:2021',
  kl07Undated: 'doc:national:07-KL/TW:undated',
  ct16: 'doc:national:16/CT-TTg:2020',
  tu470: 'doc:dak-nong:470-CV/TU:2021',
  ub3953: 'doc:dak-nong:3953/UBND-KGVX:2021',
  bd100: 'doc:binh-duong:100/UBND-VX:2021',
  bdUndated: 'doc:binh-duong:cong-van:ubnd-tinh-binh-duong:undated-1a2b3c',
  ub500: 'doc:dak-nong:500/UBND-VX:2021',
} as const;

export const provinces = {
  daknong: { id: ID.daknong, name: 'Đắk Nông' },
  binhduong: { id: ID.binhduong, name: 'Bình Dương' },
};

export const organizations = {
  boChinhTri: { id: ID.boChinhTri, name: 'Bộ Chính trị', system: System.PARTY, provinceId: null, parentId: null },
  thuTuong: { id: ID.thuTuong, name: 'Thủ tướng Chính phủ', system: System.STATE, provinceId: null, parentId: null },
  tinhUyDN: { id: ID.tinhUyDN, name: 'Tỉnh ủy Đắk Nông', system: System.PARTY, provinceId: ID.daknong, parentId: null },
  ubndDN: { id: ID.ubndDN, name: 'Ủy ban nhân dân tỉnh Đắk Nông', system: System.STATE, provinceId: ID.daknong, parentId: null },
  ubndBD: { id: ID.ubndBD, name: 'Ủy ban nhân dân tỉnh Bình Dương', system: System.STATE, provinceId: ID.binhduong, parentId: null },
};

export const persons = {
  dienKre: { id: ID.dienKre, name: 'Điền Kré', aliases: ['Điều Kré'] },
  hanh: { id: ID.hanh, name: 'Tôn Thị Ngọc Hạnh', aliases: [] },
};

export const kl07Reference = (file: string): DocumentNode =>
  documentNode({
    id: ID.kl07,
    code: '07-KL/TW',
    number: '07',
    symbol: 'KL/TW',
    year: 2021,
    type: DocumentType.KET_LUAN,
    system: System.PARTY,
    issuedOn: '2021-06-11',
    issuerId: ID.boChinhTri,
    sources: [{ file, start: 10, end: 40 }],
  });

export const ct16Reference = (file: string): DocumentNode =>
  documentNode({
    id: ID.ct16,
    code: '16/CT-TTg',
    number: '16',
    symbol: 'CT-TTg',
    year: 2020,
    type: DocumentType.CHI_THI,
    system: System.STATE,
    issuedOn: '2020-03-31',
    issuerId: ID.thuTuong,
    sources: [{ file, start: 60, end: 78 }],
  });

export const TU470_TEXT =
  'Thực hiện Kết luận số 07-KL/TW ngày 11/6/2021 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy Đắk Nông yêu cầu tăng cường cách ly y tế.';
export const UB3953_TEXT =
  'Thực hiện ý kiến chỉ đạo của Thường trực Tỉnh ủy tại Công văn 470-CV/TU ngày 22/7/2021; đồng chí Chủ tịch yêu cầu các đơn vị triển khai ngay.';
export const BD100_TEXT = 'Thực hiện Kết luận số 07-KL/TW và Chỉ thị 16/CT-TTg, UBND tỉnh Bình Dương yêu cầu xét nghiệm diện rộng.';
export const BD_UNDATED_TEXT = 'Triển khai Công văn 100/UBND-VX, các huyện thực hiện tiêm chủng vắc xin.';

/** File A (Đắk Nông): the Tỉnh ủy letter and the UBND letter that implements it. */
export function fileA(name = 'dak-nong/a.txt'): FileGraph {
  const tu470 = documentNode({
    id: ID.tu470,
    code: '470-CV/TU',
    number: '470',
    symbol: 'CV/TU',
    year: 2021,
    system: System.PARTY,
    subject: 'về tăng cường phòng, chống dịch Covid-19',
    issuedOn: '2021-07-22',
    place: 'Đắk Nông',
    issuerId: ID.tinhUyDN,
    provinceId: ID.daknong,
    signerId: ID.dienKre,
    signerTitle: 'PHÓ BÍ THƯ THƯỜNG TRỰC',
    inCorpus: true,
    sources: [{ file: name, start: 0, end: 500 }],
    text: TU470_TEXT,
  });
  const ub3953 = documentNode({
    id: ID.ub3953,
    code: '3953/UBND-KGVX',
    number: '3953',
    symbol: 'UBND-KGVX',
    year: 2021,
    system: System.STATE,
    subject: 'V/v triển khai ý kiến chỉ đạo của Thường trực Tỉnh ủy',
    issuedOn: '2021-07-24',
    place: 'Đắk Nông',
    issuerId: ID.ubndDN,
    provinceId: ID.daknong,
    signerId: ID.hanh,
    recipientIds: [ID.ubndDN],
    distribution: ['Như trên;', 'Lưu: VT, KGVX.'],
    inCorpus: true,
    sources: [{ file: name, start: 500, end: 1200 }],
    text: UB3953_TEXT,
    fieldEvidence: [
      { field: 'code', text: 'Số: 3953 /UBND-KGVX', span: { file: name, start: 540, end: 559 }, confidence: 1 },
      { field: 'type', text: 'V/v triển khai ý kiến chỉ đạo', span: { file: name, start: 560, end: 589 }, confidence: 0.7 },
      { field: 'signer', text: 'Tôn Thị Ngọc Hạnh', span: null, confidence: 0.9 },
    ],
  });
  return fileGraph(name, {
    documents: [tu470, ub3953, kl07Reference(name)],
    organizations: [organizations.tinhUyDN, organizations.ubndDN, organizations.boChinhTri],
    persons: [persons.dienKre, persons.hanh],
    provinces: [provinces.daknong],
    relations: [
      relation(RelationType.IMPLEMENTS, ID.ub3953, ID.tu470, 'Thực hiện ý kiến chỉ đạo ... tại Công văn 470-CV/TU', name),
      relation(RelationType.CITES, ID.ub3953, ID.tu470, 'Công văn 470-CV/TU ngày 22/7/2021', name),
      relation(RelationType.CITES, ID.ub3953, ID.kl07, 'Kết luận số 07-KL/TW', name),
      relation(RelationType.IMPLEMENTS, ID.tu470, ID.kl07, 'Thực hiện Kết luận số 07-KL/TW', name),
      relation(RelationType.CITES, ID.tu470, ID.kl07, 'Kết luận số 07-KL/TW ngày 11/6/2021', name),
    ],
    signatures: [
      { documentId: ID.tu470, buckets: ['b1', 'b2', 'b3'] },
      { documentId: ID.ub3953, buckets: ['b3', 'b4'] },
    ],
  });
}

/** File B (Bình Dương): a letter answering the conclusion directly, and an undated unnumbered one implementing it. */
export function fileB(name = 'binh-duong/b.txt'): FileGraph {
  const bd100 = documentNode({
    id: ID.bd100,
    code: '100/UBND-VX',
    number: '100',
    symbol: 'UBND-VX',
    year: 2021,
    system: System.STATE,
    subject: 'V/v xét nghiệm diện rộng',
    issuedOn: '2021-07-20',
    issuerId: ID.ubndBD,
    provinceId: ID.binhduong,
    inCorpus: true,
    sources: [{ file: name, start: 0, end: 300 }],
    text: BD100_TEXT,
  });
  const bdUndated = documentNode({
    id: ID.bdUndated,
    system: System.STATE,
    provinceId: ID.binhduong,
    inCorpus: true,
    sources: [{ file: name, start: 300, end: 600 }],
    text: BD_UNDATED_TEXT,
    diagnostics: [{ severity: 'warning', code: 'missing-number', message: 'blank number' }],
  });
  return fileGraph(name, {
    documents: [bd100, bdUndated, kl07Reference(name), ct16Reference(name)],
    organizations: [organizations.ubndBD, organizations.boChinhTri, organizations.thuTuong],
    provinces: [provinces.binhduong],
    relations: [
      relation(RelationType.IMPLEMENTS, ID.bd100, ID.kl07, 'Thực hiện Kết luận số 07-KL/TW', name),
      relation(RelationType.CITES, ID.bd100, ID.kl07, 'Kết luận số 07-KL/TW', name),
      relation(RelationType.CITES, ID.bd100, ID.ct16, 'Chỉ thị 16/CT-TTg', name),
      relation(RelationType.IMPLEMENTS, ID.bdUndated, ID.bd100, 'Triển khai Công văn 100/UBND-VX', name),
    ],
    signatures: [
      { documentId: ID.bd100, buckets: ['b2', 'b3', 'b9'] },
      { documentId: ID.bdUndated, buckets: ['b7'] },
    ],
  });
}

/** File C: a Đắk Nông letter citing the conclusion without its year (an undated reference node). */
export function fileC(name = 'dak-nong/c.txt'): FileGraph {
  const ub500 = documentNode({
    id: ID.ub500,
    code: '500/UBND-VX',
    number: '500',
    symbol: 'UBND-VX',
    year: 2021,
    issuedOn: '2021-08-01',
    issuerId: ID.ubndDN,
    provinceId: ID.daknong,
    inCorpus: true,
    sources: [{ file: name, start: 0, end: 100 }],
    text: 'Theo Kết luận 07-KL/TW, tiếp tục giãn cách xã hội.',
  });
  const kl07Undated = documentNode({
    id: ID.kl07Undated,
    code: '07-KL/TW',
    number: '07',
    symbol: 'KL/TW',
    type: DocumentType.KET_LUAN,
    sources: [{ file: name, start: 5, end: 22 }],
  });
  return fileGraph(name, {
    documents: [ub500, kl07Undated],
    organizations: [organizations.ubndDN],
    provinces: [provinces.daknong],
    relations: [relation(RelationType.CITES, ID.ub500, ID.kl07Undated, 'Kết luận 07-KL/TW', name)],
  });
}

/** Two letters citing each other (OCR'd corpora do contain such loops). */
export function cycleFile(name = 'cycle.txt'): FileGraph {
  const x = documentNode({ id: 'doc:dak-nong:1/UBND-X:2021', code: '1/UBND-X', year: 2021, issuedOn: '2021-01-01', inCorpus: true, provinceId: ID.daknong, text: 'x' });
  const y = documentNode({ id: 'doc:dak-nong:2/UBND-X:2021', code: '2/UBND-X', year: 2021, issuedOn: '2021-01-02', inCorpus: true, provinceId: ID.daknong, text: 'y' });
  return fileGraph(name, {
    documents: [x, y],
    provinces: [provinces.daknong],
    relations: [
      relation(RelationType.CITES, x.id, y.id, 'Công văn 2/UBND-X', name),
      relation(RelationType.CITES, y.id, x.id, 'Công văn 1/UBND-X', name),
    ],
  });
}
