import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentNode } from '../../src/domain/graph';
import { extractFile } from '../../src/extract/pipeline';
import { parsePlaceDate } from '../../src/extract/header/date-line';
import { CONFIDENCE } from '../../src/extract/resolve/field-evidence';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const bytes = readFileSync(join(SEEDS, f));
    const name = `seeds/${f}`;
    return { name, source: bytes.toString('utf8').normalize('NFC'), graph: extractFile(bytes, { fileName: name }) };
  });

function doc(code: string): DocumentNode {
  const found = seeds.flatMap((s) => s.graph.documents).find((d) => d.inCorpus && d.code === code);
  if (!found) throw new Error(`no in-corpus document ${code}`);
  return found;
}
const evidence = (d: DocumentNode, field: string) => d.fieldEvidence.filter((e) => e.field === field);
const only = (d: DocumentNode, field: string) => {
  const found = evidence(d, field);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('field evidence of the seed documents', () => {
  test('every span of every in-corpus document quotes its text from the NFC source of its file', () => {
    let count = 0;
    for (const { name, source, graph } of seeds) {
      for (const d of graph.documents.filter((x) => x.inCorpus)) {
        expect(d.fieldEvidence.length).toBeGreaterThan(0);
        for (const e of d.fieldEvidence) {
          expect(e.span).not.toBeNull();
          expect(e.span!.file).toBe(name);
          expect(e.span!.end).toBeGreaterThan(e.span!.start);
          expect(source.slice(e.span!.start, e.span!.end)).toBe(e.text);
          expect(e.confidence).toBeGreaterThan(0);
          expect(e.confidence).toBeLessThanOrEqual(1);
          count++;
        }
      }
    }
    expect(count).toBeGreaterThan(60);
  });

  test('documents known only from references carry none', () => {
    const instruments = seeds.flatMap((s) => s.graph.documents).filter((d) => !d.inCorpus);
    expect(instruments.length).toBeGreaterThan(0);
    for (const d of instruments) expect(d.fieldEvidence).toEqual([]);
  });

  test('a field that was not read has no evidence, a field that was read has one entry', () => {
    for (const d of seeds.flatMap((s) => s.graph.documents).filter((x) => x.inCorpus)) {
      const fields = d.fieldEvidence.map((e) => e.field);
      expect(new Set(fields).size).toBe(fields.length);
      expect(fields.includes('issuedOn')).toBe(d.issuedOn !== null);
      expect(fields.includes('code')).toBe(d.code !== null);
      expect(fields.includes('subject')).toBe(d.subject !== null);
      expect(fields.includes('authority')).toBe(d.authority !== null);
      expect(fields.includes('signature')).toBe(d.signature !== null);
    }
  });

  // seeds/000: "Số: ~~3953~~ /UBND-KGVX" … "Đắk Nông, ngày 24 tháng 7 năm 2021" … "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Tôn Thị Ngọc Hạnh"
  test('3953/UBND-KGVX: code, place, date and signature block read from their lines', () => {
    const d = doc('3953/UBND-KGVX');
    const code = only(d, 'code');
    expect(code.text).toContain('3953');
    expect(code.text).toContain('UBND-KGVX');
    expect(code.text).toMatch(/^Số:/);
    expect(code.confidence).toBe(1);
    expect(only(d, 'issuedOn').text).toBe('ngày 24 tháng 7 năm 2021');
    expect(only(d, 'place').text).toBe('Đắk Nông');
    expect(only(d, 'signer').text).toBe('Tôn Thị Ngọc Hạnh');
    expect(only(d, 'authority').text).toBe('KT. CHỦ TỊCH');
    expect(only(d, 'signerTitle').text).toBe('PHÓ CHỦ TỊCH');
    expect(only(d, 'subject').text).toMatch(/^V\/v triển khai ý kiến chỉ đạo của/);
    expect(only(d, 'issuer').text).toContain('ỦY BAN NHÂN DÂN');
    expect(only(d, 'recipients').text).toContain('Các Sở, Ban, ngành, hội, đoàn thể cấp tỉnh');
    expect(only(d, 'distribution').text).toMatch(/^Nơi nhận:/);
    // No title word: a state letter is a công văn because of its `V/v` subject, an inference.
    expect(only(d, 'type').confidence).toBe(CONFIDENCE.typeFromSubject);
  });

  // seeds/000: "Số 473 -CV/TU" under "TỈNH ỦY ĐẮK NÔNG", no title word; "Đắk Nông, ngày 24 tháng 7 năm 2021".
  test('473-CV/TU: the type comes from the CV type code, with less confidence than a title word', () => {
    const d = doc('473-CV/TU');
    expect(only(d, 'code').text).toContain('473');
    expect(only(d, 'issuedOn').text).toBe('ngày 24 tháng 7 năm 2021');
    const type = only(d, 'type');
    expect(type.text).toContain('CV/TU');
    expect(type.confidence).toBe(CONFIDENCE.typeFromTypeCode);
    expect(type.confidence).toBeLessThan(1);
    expect(only(d, 'issuer').text).toBe('TỈNH ỦY ĐẮK NÔNG');
  });

  // seeds/000: "Số 446-TB/TU" … "THÔNG BÁO" … "T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG / Vũ Tá Long".
  test('446-TB/TU: the type read from its title word, the signer from the block', () => {
    const d = doc('446-TB/TU');
    expect(only(d, 'type')).toMatchObject({ text: 'THÔNG BÁO', confidence: 1 });
    expect(only(d, 'issuedOn').text).toBe('ngày 23 tháng 7 năm 2021');
    expect(only(d, 'signer').text).toBe('Vũ Tá Long');
    expect(only(d, 'authority').text).toBe('T/L BAN THƯỜNG VỤ');
    // The stamp "Thời gian ký: 23.07.2021 16:49:27" is attached by matching, not by position.
    expect(only(d, 'signature').text).toContain('Thời gian ký: 23.07.2021');
    expect(only(d, 'signature').confidence).toBe(CONFIDENCE.stampAttached);
  });

  // seeds/002: "Số: 285/TB-VPCP" / "Hà Nội, ngày 27 tháng 10 năm 2021" with no issuer line above it in the OCR.
  test('285/TB-VPCP: the issuer is inferred from the symbol', () => {
    const d = doc('285/TB-VPCP');
    const issuer = only(d, 'issuer');
    expect(issuer.text).toContain('285/TB-VPCP');
    expect(issuer.confidence).toBe(CONFIDENCE.issuerFromSymbol);
    expect(only(d, 'place').text).toBe('Hà Nội');
    expect(only(d, 'issuedOn').text).toBe('ngày 27 tháng 10 năm 2021');
    expect(only(d, 'signer').text).toBe('Nguyễn Sỹ Hiệp');
  });

  // seeds/004: "Số: -CV/BCSD" (number left blank), "Lai Châu, ngày tháng năm 2021" (no day, no month).
  test('the Lai Châu letter: a blank number gives symbol evidence, no code; a dayless date gives no issuedOn', () => {
    const d = seeds.find((s) => s.name.includes('004_'))!.graph.documents.find((x) => x.inCorpus)!;
    expect(evidence(d, 'code')).toEqual([]);
    expect(only(d, 'symbol').text).toContain('CV/BCSD');
    expect(evidence(d, 'issuedOn')).toEqual([]);
    expect(only(d, 'place').text).toBe('Lai Châu');
  });
});

describe('parsePlaceDate ranges', () => {
  test.each([
    ['Đắk Nông, ngày 24 tháng 7 năm 2021', 'Đắk Nông', 'ngày 24 tháng 7 năm 2021'],
    ['Hà Nội,  ngày 24/7/2021 (ghi chú)', 'Hà Nội', 'ngày 24/7/2021'],
    ['Lai Châu , ngày   tháng   năm 2021', 'Lai Châu', 'ngày   tháng   năm 2021'],
  ])('%s', (line, place, date) => {
    const read = parsePlaceDate(line)!;
    expect(line.slice(0, read.placeEnd)).toBe(place);
    expect(line.slice(read.dateStart, read.dateEnd)).toBe(date);
  });
});
