import { toDocumentQuery } from '../../../src/api/document/document-query.mapper';
import { canonicalCode } from '../../../src/api/reference/reference-parsing';
import { InvalidArgumentError } from '../../../src/domain/errors';

describe('toDocumentQuery', () => {
  test('normalises code, folds province and issuer, drops blanks', () => {
    expect(
      toDocumentQuery({ code: '16/CT/TTg', province: '  Đắk  Nông ', issuer: 'UBND Tỉnh', text: '  ', inCorpus: false, type: null }, canonicalCode),
    ).toEqual({ code: '16/CT-TTg', province: 'dak nong', issuer: 'ubnd tinh', inCorpus: false });
  });

  test('a string that is not a code is an InvalidArgumentError with an example', () => {
    expect(() => toDocumentQuery({ code: 'hello' }, canonicalCode)).toThrow(InvalidArgumentError);
    expect(() => toDocumentQuery({ code: 'hello' }, canonicalCode)).toThrow(/e\.g\. 16\/CT-TTg/);
  });

  test('issuedFrom after issuedTo is an InvalidArgumentError', () => {
    expect(() => toDocumentQuery({ issuedFrom: '2021-08-01', issuedTo: '2021-07-01' }, canonicalCode)).toThrow(InvalidArgumentError);
  });
});
