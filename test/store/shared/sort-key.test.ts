import fc from 'fast-check';
import { documentSortKey, issuedSortKeyRange } from '../../../src/store/shared/sort-key';

describe('issuedSortKeyRange', () => {
  // Dates as stored are ISO days, but the equivalence holds for any text without the separators.
  const text = fc.string({ unit: 'grapheme', maxLength: 12 }).filter((s) => !/[\u0000-\u0002]/.test(s));
  const day = fc.integer({ min: 0, max: 800 }).map((n) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10));
  const bound = fc.option(fc.oneof(day, text), { nil: undefined });

  it('holds the key of a document exactly when its issue date lies in [from, to]', () => {
    fc.assert(
      fc.property(fc.option(fc.oneof(day, text), { nil: null }), fc.option(text, { nil: null }), bound, bound, (issuedOn, code, from, to) => {
        const range = issuedSortKeyRange(from, to)!;
        const key = documentSortKey(issuedOn, code, 'doc:x:1');
        const inRange = key >= range.from && key < range.below;
        const issued = issuedOn !== null && (from === undefined || issuedOn >= from) && (to === undefined || issuedOn <= to);
        expect(inRange).toBe(issued);
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves bounds holding a separator character to the caller', () => {
    expect(issuedSortKeyRange('2021-01-01\u0001', undefined)).toBeNull();
    expect(issuedSortKeyRange(undefined, '\u00022021')).toBeNull();
    expect(issuedSortKeyRange('2021-07-01', '2021-07-31')).toEqual({ from: '02021-07-01', below: '02021-07-31\u0002' });
    expect(issuedSortKeyRange(undefined, undefined)).toEqual({ from: '0', below: '1' });
  });
});
