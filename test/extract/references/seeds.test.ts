import { findReferences } from '../../../src/extract/references/find-references';
import { refsForLine } from '../../../src/extract/references/refs-for-line';
import type { ParsedReference } from '../../../src/extract/references/reference';
import { SEED_DOCUMENTS, SEED_FILE_REFS, bodyOf, readSeed, type ExpectedRef } from './seed-documents';

const shape = ({ type, number, year, symbol, code, date, issuer }: ExpectedRef): ParsedReference => ({
  type,
  number,
  year,
  symbol,
  code,
  date,
  issuer,
});

describe('references in the seed documents', () => {
  it.each(SEED_DOCUMENTS.map((d) => [d.name, d] as const))('%s: body', (_name, doc) => {
    const body = bodyOf(doc);
    const found = findReferences(body).map((r) => ({
      type: r.type,
      number: r.number,
      year: r.year,
      symbol: r.symbol,
      code: r.code,
      date: r.date,
      issuer: r.issuer,
    }));
    expect(found).toEqual(doc.bodyRefs.map(shape));
  });

  it.each(SEED_DOCUMENTS.map((d) => [d.name, d] as const))('%s: subject', (_name, doc) => {
    expect(readSeed(doc.file)).toContain(doc.subject);
    expect(refsForLine(doc.subject)).toEqual(doc.subjectRefs.map(shape));
  });

  it.each(Object.entries(SEED_FILE_REFS))('whole file %s: headers, titles and own numbers are not references', (file, keys) => {
    const found = findReferences(readSeed(file)).map((r) => r.code ?? `${r.type}@${r.date}`);
    expect(found).toEqual(keys);
  });

  it('the seeds hold the OCR variants the grammar must survive', () => {
    const all = Object.keys(SEED_FILE_REFS).map(readSeed).join('\n');
    // If a seed changes these stop being exercised: the assertions above would still pass vacuously.
    expect(all).toContain('16/CT/TTg');
    expect(all).toContain('Số: ~~3953~~ /UBND-KGVX');
    expect(all).toContain('Số 470^{*} -CV/TU');
    expect(all).toContain('07-KL/TW, ngày 11/6/2021');
  });
});
