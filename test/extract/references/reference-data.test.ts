import issuerCodes from '../../../src/extract/references/data/issuer-codes.json';
import typeCodes from '../../../src/extract/references/data/type-codes.json';
import { foldText, originalSpan } from '../../../src/extract/references/folded-text';
import { lookupIssuerCode, lookupTypeCode } from '../../../src/extract/references/reference-data';
import { foldDiacritics } from '../../../src/shared/fold';

describe('reference data', () => {
  it.each([...typeCodes.codes, ...issuerCodes.codes].map((c) => [c.canonical, c] as const))(
    '%s has an example and a key that is its folded spelling',
    (_canonical, row) => {
      expect(row.example.length).toBeGreaterThan(3);
      expect(row.key).toBe(foldDiacritics(row.canonical).toLowerCase());
    },
  );

  it('the loader serves both tables', () => {
    expect(lookupTypeCode('qd')).toMatchObject({ canonical: 'QĐ', type: 'QUYET_DINH' });
    expect(lookupIssuerCode('bcsd')).toMatchObject({ canonical: 'BCSĐ', scope: 'local', system: 'PARTY' });
    expect(lookupIssuerCode('vpcp')).toMatchObject({ scope: 'national', name: 'Văn phòng Chính phủ' });
  });
});

describe('folded view', () => {
  it('lower-cases, folds diacritics and đ, drops markdown and footnote marks', () => {
    expect(foldText('Số 470^{*} -CV/TU **Quyết Định** ~~3953~~').text).toBe('so 470 -cv/tu quyet dinh 3953');
  });

  it('maps folded ranges back to the original text', () => {
    const original = 'Công văn **6325**/UBND';
    const folded = foldText(original);
    const at = folded.text.indexOf('6325/ubnd');
    const span = originalSpan(folded, at, at + '6325/ubnd'.length);
    expect(original.slice(span.start, span.end)).toBe('6325**/UBND');
  });

  it('folds decomposed (NFD) input the same as composed', () => {
    expect(foldText('Chỉ thị'.normalize('NFD')).text).toBe(foldText('Chỉ thị').text);
  });
});
