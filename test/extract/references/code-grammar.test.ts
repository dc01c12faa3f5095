import { DocumentType } from '../../../src/domain/document-type';
import {
  canonicalCode,
  isNationalIssuerCode,
  parseCode,
  type ParsedCode,
} from '../../../src/extract/references/code-grammar';
import { issuerCodeInfo } from '../../../src/extract/references/reference-data';

type Row = [raw: string, expected: Partial<ParsedCode>];

const PARSES: Row[] = [
  ['16/CT-TTg', { number: '16', year: null, symbol: 'CT-TTg', code: '16/CT-TTg', family: 'STATE_TYPED', typeCode: 'CT', issuerCode: 'TTg', type: DocumentType.CHI_THI, scope: 'national' }],
  ['128/NQ-CP', { code: '128/NQ-CP', family: 'STATE_TYPED', type: DocumentType.NGHI_QUYET, issuerCode: 'CP', scope: 'national' }],
  ['285/TB-VPCP', { code: '285/TB-VPCP', type: DocumentType.THONG_BAO, issuerCode: 'VPCP', scope: 'national' }],
  ['1044/QĐ-BCĐ', { code: '1044/QĐ-BCĐ', symbol: 'QĐ-BCĐ', type: DocumentType.QUYET_DINH, issuerCode: 'BCĐ', scope: 'local' }],
  ['04/2021/NQ-HĐND', { number: '04', year: 2021, symbol: 'NQ-HĐND', code: '04/2021/NQ-HĐND', family: 'STATE_LEGAL', typeCode: 'NQ', issuerCode: 'HĐND', scope: 'local' }],
  ['23/2021/QĐ-TTg', { year: 2021, code: '23/2021/QĐ-TTg', family: 'STATE_LEGAL', type: DocumentType.QUYET_DINH }],
  ['30/2020/NĐ-CP', { code: '30/2020/NĐ-CP', type: DocumentType.NGHI_DINH, family: 'STATE_LEGAL' }],
  ['3953/UBND-KGVX', { number: '3953', symbol: 'UBND-KGVX', code: '3953/UBND-KGVX', family: 'STATE_CONG_VAN', typeCode: null, issuerCode: 'UBND', unitCode: 'KGVX', type: DocumentType.CONG_VAN, scope: 'local' }],
  ['07-KL/TW', { number: '07', symbol: 'KL/TW', code: '07-KL/TW', family: 'PARTY', typeCode: 'KL', issuerCode: 'TW', type: DocumentType.KET_LUAN, scope: 'national' }],
  ['470-CV/TU', { code: '470-CV/TU', family: 'PARTY', type: DocumentType.CONG_VAN, scope: 'local' }],
  ['446-TB/TU', { code: '446-TB/TU', family: 'PARTY', type: DocumentType.THONG_BAO }],
  // OCR variants of domain.md §2
  ['16/CT/TTg', { code: '16/CT-TTg' }],
  ['16/CT - TTg', { code: '16/CT-TTg' }],
  ['2468/ UBND - VX', { code: '2468/UBND-VX', family: 'STATE_CONG_VAN' }],
  ['1044/QD-BCD', { code: '1044/QĐ-BCĐ' }],
  ['12/2021/NQ-HDND', { code: '12/2021/NQ-HĐND' }],
  ['16/ct-ttg', { code: '16/CT-TTg' }],
  ['470^{*} -CV/TU', { number: '470', code: '470-CV/TU' }],
  ['~~3953~~ /UBND-KGVX', { code: '3953/UBND-KGVX' }],
  ['**6325**/UBND-KGVX', { code: '6325/UBND-KGVX' }],
  ['342 - CV/TU', { code: '342-CV/TU' }],
  ['470/CV/TU', { code: '470-CV/TU', family: 'PARTY' }],
  ['01-KH/BCSD', { code: '01-KH/BCSĐ', issuerCode: 'BCSĐ', scope: 'local' }],
  ['08-QĐi/TW', { code: '08-QĐi/TW', type: DocumentType.QUY_DINH }],
  ['56/TTr-SYT', { code: '56/TTr-SYT', type: DocumentType.TO_TRINH }],
  ['03/2007/QH12', { code: '03/2007/QH12', type: DocumentType.LUAT, issuerCode: 'QH12', scope: 'national' }],
  ['1068/CĐ-TTg', { code: '1068/CĐ-TTg', type: DocumentType.CONG_DIEN }],
  ['1068/CD-TTg', { code: '1068/CĐ-TTg' }],
  ['16\u2013CT/TW', { code: '16-CT/TW' }],
  // A header line's label is tolerated
  ['Số: 3953/UBND-KGVX', { code: '3953/UBND-KGVX' }],
  ['Số 470^{*} -CV/TU', { code: '470-CV/TU' }],
  ['SỐ: 285/TB-VPCP', { code: '285/TB-VPCP' }],
];

const NOT_CODES = ['', 'abc', '-CV/BCSD', '31/3/2020', '24/7', 'Covid-19', '16/CT', 'CV/TU.TH.C', '3953/UBND-KGVX - Ủy ban', 'Số: -CV/BCSD', 'Chỉ thị số 16/CT-TTg'];

describe('parseCode', () => {
  it.each(PARSES)('%s', (raw, expected) => {
    expect(parseCode(raw)).toMatchObject(expected);
  });

  it.each(NOT_CODES.map((s) => [s] as const))('%j is not a code', (raw) => {
    expect(parseCode(raw)).toBeNull();
  });

  it('keeps leading zeros of the number', () => {
    expect(parseCode('07-KL/TW')?.number).toBe('07');
    expect(parseCode('04/2021/NQ-HĐND')?.number).toBe('04');
  });
});

describe('canonicalCode', () => {
  it('gives every OCR variant of one code the same spelling', () => {
    const variants = ['16/CT-TTg', '16/CT/TTg', '16/CT - TTg', '16/ct-ttg', ' 16 / CT - TTg '];
    expect(new Set(variants.map(canonicalCode))).toEqual(new Set(['16/CT-TTg']));
  });

  it.each(PARSES.map(([raw]) => [raw] as const))('is idempotent on %s', (raw) => {
    const once = canonicalCode(raw);
    expect(once).not.toBeNull();
    expect(canonicalCode(once as string)).toBe(once);
  });
});

describe('isNationalIssuerCode', () => {
  it.each(['TTg', 'CP', 'VPCP', 'TW', 'BYT', 'BCA', 'BGDĐT', 'BCĐQG', 'BCDQG', 'QH14', 'VPTW'])('%s is national', (code) => {
    expect(isNationalIssuerCode(code)).toBe(true);
  });

  it.each(['TU', 'HU', 'UBND', 'HĐND', 'hdnd', 'BCĐ', 'BCD', 'BCSĐ', 'BCSD', 'ThU', 'XYZ', ''])('%s is local or unknown', (code) => {
    expect(isNationalIssuerCode(code)).toBe(false);
  });

  it('names the body behind a code', () => {
    expect(issuerCodeInfo('HDND')).toMatchObject({ canonical: 'HĐND', name: 'Hội đồng nhân dân', scope: 'local' });
    expect(issuerCodeInfo('TTg')).toMatchObject({ name: 'Thủ tướng Chính phủ', scope: 'national' });
    expect(issuerCodeInfo('nope')).toBeUndefined();
  });
});
