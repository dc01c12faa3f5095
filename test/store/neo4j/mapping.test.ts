import neo4j from 'neo4j-driver';
import { Authority } from '../../../src/domain/authority';
import { DocumentType } from '../../../src/domain/document-type';
import type { DocumentNode } from '../../../src/domain/graph';
import { System } from '../../../src/domain/system';
import {
  correctionFromRow,
  documentFromProperties,
  documentProperties,
  Neo4jValueError,
  organizationFromProperties,
  organizationProperties,
  personProperties,
  relationRecordFromRow,
  searchTokens,
  subgraphFromPath,
  toInteger,
  toIsoDate,
  toNumber,
} from '../../../src/store/neo4j/mapping';

const { Node, Relationship, Path, PathSegment, Date: Neo4jDate } = neo4j.types;

const ub3953: DocumentNode = {
  id: 'doc:dak-nong:3953/UBND-KGVX:2021',
  scope: 'dak-nong',
  code: '3953/UBND-KGVX',
  number: '3953',
  symbol: 'UBND-KGVX',
  year: 2021,
  type: DocumentType.CONG_VAN,
  system: System.STATE,
  subject: 'V/v triển khai thực hiện Kết luận số 07-KL/TW',
  issuedOn: '2021-07-24',
  issuedOnBounds: null,
  place: 'Đắk Nông',
  urgency: 'KHẨN',
  issuerId: 'org:dak-nong:ubnd-tinh-dak-nong',
  provinceId: 'province:dak-nong',
  provinceInference: null,
  signerId: 'person:ton-thi-ngoc-hanh',
  signerTitle: 'PHÓ CHỦ TỊCH',
  authority: Authority.KT,
  recipientIds: ['org:dak-nong:so-y-te', 'org:dak-nong:cong-an-tinh'],
  distribution: ['- Như trên;', '- Lưu: VT, KGVX.'],
  signature: {
    signer: 'Tôn Thị Ngọc Hạnh',
    body: 'Ủy ban nhân dân tỉnh Đắk Nông',
    signedAt: '2021-07-24T10:45:30+07:00',
    evidence: { text: 'Thời gian ký: 24.07.2021 10:45:30 +07:00', span: { file: 'a.txt', start: 10, end: 50 } },
  },
  inCorpus: true,
  sources: [{ file: 'a.txt', start: 0, end: 1200 }],
  text: 'Thực hiện Kết luận số 07-KL/TW của Bộ Chính trị, đồng chí Chủ tịch...',
  textMap: [0, 10, 20, 20, 40, 49],
  body: { start: 0, end: 69 },
  fieldEvidence: [{ field: 'code', text: 'Số: 3953 /UBND-KGVX', span: { file: 'a.txt', start: 60, end: 79 }, confidence: 1 }],
  diagnostics: [{ severity: 'warning', code: 'page-missing', message: 'page 2 missing' }],
};

/** What the server hands back: every property as stored, `issuedOn` as a Date, integers as Integer. */
function asRead(doc: DocumentNode, buckets: string[] = []): Record<string, unknown> {
  const row = documentProperties(doc, buckets);
  const [y, m, d] = (doc.issuedOn ?? '').split('-').map(Number);
  const props: Record<string, unknown> = { id: row.id, ...row.props };
  if (doc.issuedOn !== null) props.issuedOn = new Neo4jDate(neo4j.int(y), neo4j.int(m), neo4j.int(d));
  // Neo4j drops properties set to null.
  for (const k of Object.keys(props)) if (props[k] === null) delete props[k];
  return props;
}

describe('integers', () => {
  test('Neo4j Integer, number and bigint become numbers', () => {
    expect(toNumber(neo4j.int(2021))).toBe(2021);
    expect(toNumber(neo4j.int(-7))).toBe(-7);
    expect(toNumber(42)).toBe(42);
    expect(toNumber(BigInt(9))).toBe(9);
  });

  test('an Integer beyond 2^53 is an error, not a silently rounded number', () => {
    expect(() => toNumber(neo4j.int('9007199254740993'))).toThrow(Neo4jValueError);
    expect(() => toNumber(BigInt('9007199254740993'))).toThrow(Neo4jValueError);
  });

  test('parameters become Integers (a JS number would travel as a float)', () => {
    const i = toInteger(20);
    expect(neo4j.isInt(i)).toBe(true);
    expect(i.toNumber()).toBe(20);
    expect(() => toInteger(1.5)).toThrow(Neo4jValueError);
  });

  test('non-integers are rejected with the type named', () => {
    expect(() => toNumber('12')).toThrow(/got string/);
  });
});

describe('dates', () => {
  test('a Neo4j Date becomes YYYY-MM-DD, zero-padded', () => {
    expect(toIsoDate(new Neo4jDate(neo4j.int(2021), neo4j.int(7), neo4j.int(4)))).toBe('2021-07-04');
    expect(toIsoDate(new Neo4jDate(2020, 3, 31))).toBe('2020-03-31');
    expect(toIsoDate(new Neo4jDate(neo4j.int(987), neo4j.int(1), neo4j.int(2)))).toBe('0987-01-02');
  });

  test('null stays null; strings pass; other temporal types are refused', () => {
    expect(toIsoDate(null)).toBeNull();
    expect(toIsoDate(undefined)).toBeNull();
    expect(toIsoDate('2021-07-24')).toBe('2021-07-24');
    expect(() => toIsoDate(new neo4j.types.LocalTime(10, 0, 0, 0))).toThrow(Neo4jValueError);
  });
});

describe('document properties', () => {
  test('a document round-trips through its stored properties', () => {
    expect(documentFromProperties(asRead(ub3953))).toEqual(ub3953);
  });

  test('a reference-only document with nulls and empty lists round-trips', () => {
    const ref: DocumentNode = {
      ...ub3953,
      id: 'doc:national:07-KL/TW:undated',
      scope: 'national',
      year: null,
      issuedOn: null,
      subject: null,
      text: null,
      textMap: null,
      body: null,
      fieldEvidence: [],
      signature: null,
      authority: null,
      system: null,
      recipientIds: [],
      distribution: [],
      inCorpus: false,
      diagnostics: [],
      issuedOnBounds: { earliest: '2021-06-01', latest: null, reason: 'cites 79/NQ-CP of 2021-06-01' },
    };
    expect(documentFromProperties(asRead(ref))).toEqual(ref);
  });

  test('year is written as an Integer and the sort key orders date, code, id', () => {
    const row = documentProperties(ub3953, []);
    expect(neo4j.isInt(row.props.year)).toBe(true);
    expect(row.issuedOn).toBe('2021-07-24');
    expect(String(row.props.sortKey).startsWith('02021-07-24')).toBe(true);
  });

  test('search properties are folded (đ → d) and lower-cased; stored text keeps its diacritics', () => {
    const row = documentProperties(ub3953, []);
    expect(row.props.searchText).toContain('dong chi chu tich');
    expect(row.props.searchSubject).toBe('v v trien khai thuc hien ket luan so 07 kl tw');
    expect(row.props.searchCode).toBe('3953 ubnd kgvx');
    expect(row.props.text).toBe(ub3953.text);
  });

  test('search words are cut like the query terms: a date with dots is three words', () => {
    expect(searchTokens('Thời gian ký: 24.07.2021, Đắk Nông!')).toBe('thoi gian ky 24 07 2021 dak nong');
    expect(searchTokens(null)).toBe('');
  });

  test('reuse buckets are de-duplicated, sorted, and joined for the whitespace-analysed index', () => {
    const row = documentProperties(ub3953, ['b3', 'b1', 'b3']);
    expect(row.props.reuseBuckets).toEqual(['b1', 'b3']);
    expect(row.props.bucketText).toBe('b1 b3');
  });

  test('a property of the wrong type is an error', () => {
    expect(() => documentFromProperties({ ...asRead(ub3953), recipientIds: 'org:x' })).toThrow(Neo4jValueError);
    expect(() => documentFromProperties({ ...asRead(ub3953), id: neo4j.int(1) })).toThrow(/Integer/);
  });
});

describe('other nodes', () => {
  test('organisation keys fold the name for filters and ordering', () => {
    const org = {
      id: 'org:dak-nong:ubnd',
      name: 'Ủy ban nhân dân tỉnh Đắk Nông',
      system: System.STATE,
      provinceId: 'province:dak-nong',
      parentId: null,
    };
    const row = organizationProperties(org);
    expect(row.props.nameKey).toBe('uy ban nhan dan tinh dak nong');
    expect(organizationFromProperties({ id: row.id, ...row.props, parentId: undefined })).toEqual(org);
  });

  test('person aliases are kept as a list', () => {
    expect(personProperties({ id: 'person:dien-kre', name: 'Điền Kré', aliases: ['Điều Kré'] }).props).toMatchObject({
      aliases: ['Điều Kré'],
      nameKey: 'dien kre',
    });
  });
});

describe('relations and paths', () => {
  const nodeA = new Node(neo4j.int(1), ['Document'], { id: 'doc:a' }, 'e:1');
  const nodeB = new Node(neo4j.int(2), ['Document'], { id: 'doc:b' }, 'e:2');
  const nodeC = new Node(neo4j.int(3), ['Document'], { id: 'doc:c' }, 'e:3');
  const ab = new Relationship(
    neo4j.int(10),
    neo4j.int(1),
    neo4j.int(2),
    'IMPLEMENTS',
    { kind: 'file', evidence: '[{"text":"Thực hiện","span":null}]', confidence: 0.9 },
    'r:10',
    'e:1',
    'e:2',
  );
  const bc = new Relationship(
    neo4j.int(11),
    neo4j.int(2),
    neo4j.int(3),
    'CITES',
    { kind: 'correction', evidence: '[]', confidence: 1, createdBy: 'ana', createdAt: '2026-01-01T00:00:00Z' },
    'r:11',
    'e:2',
    'e:3',
  );

  test('a driver Path becomes document ids and relation records in path order', () => {
    const path = new Path(nodeA, nodeC, [new PathSegment(nodeA, ab, nodeB), new PathSegment(nodeB, bc, nodeC)]);
    expect(subgraphFromPath('doc:a', path)).toEqual({
      rootId: 'doc:a',
      documentIds: ['doc:a', 'doc:b', 'doc:c'],
      relations: [
        {
          type: 'IMPLEMENTS',
          sourceId: 'doc:a',
          targetId: 'doc:b',
          evidence: [{ text: 'Thực hiện', span: null }],
          confidence: 0.9,
          origin: 'extracted',
          createdBy: null,
          createdAt: null,
        },
        {
          type: 'CITES',
          sourceId: 'doc:b',
          targetId: 'doc:c',
          evidence: [],
          confidence: 1,
          origin: 'correction',
          createdBy: 'ana',
          createdAt: '2026-01-01T00:00:00Z',
        },
      ],
    });
  });

  test('a segment walked against its relationship keeps the relationship’s own direction', () => {
    // Walk B → A over A-[:IMPLEMENTS]->B.
    const path = new Path(nodeB, nodeA, [new PathSegment(nodeB, ab, nodeA)]);
    const sub = subgraphFromPath('doc:b', path);
    expect(sub.documentIds).toEqual(['doc:b', 'doc:a']);
    expect(sub.relations[0]).toMatchObject({ sourceId: 'doc:a', targetId: 'doc:b' });
  });

  test('anything but a Path is refused', () => {
    expect(() => subgraphFromPath('doc:a', nodeA)).toThrow(Neo4jValueError);
  });

  test('an Integer confidence (a whole number written by Cypher) maps to a number', () => {
    const rec = relationRecordFromRow({
      type: 'CITES',
      sourceId: 'doc:a',
      targetId: 'doc:b',
      evidence: '[]',
      confidence: neo4j.int(1),
      kind: 'reuse',
      createdBy: null,
      createdAt: null,
    });
    expect(rec).toMatchObject({ confidence: 1, origin: 'extracted' });
  });

  test('corrections map with their note; unknown actions are refused', () => {
    const row = { action: 'remove', type: 'CITES', sourceId: 'doc:a', targetId: 'doc:b', note: null, createdBy: 'ana', createdAt: 'x' };
    expect(correctionFromRow(row)).toEqual({ ...row });
    expect(() => correctionFromRow({ ...row, action: 'delete' })).toThrow(Neo4jValueError);
  });
});
