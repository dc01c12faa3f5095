import { InvalidArgumentError } from '../../../src/domain/errors';
import { assertPageSize, decodeCursor, encodeCursor } from '../../../src/store/shared/cursor';
import { documentSortKey } from '../../../src/store/shared/sort-key';

describe('cursors', () => {
  it('round-trips any position, Vietnamese and separators included', () => {
    const key = documentSortKey('2021-07-24', '04/2021/NQ-HĐND', 'doc:dak-nong:04/2021/NQ-HĐND:2021');
    expect(decodeCursor(encodeCursor(key))).toBe(key);
    expect(encodeCursor(key)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each([['!!!'], [''], ['aGVsbG8'], [Buffer.from('c2:x').toString('base64url')], [Buffer.from([0x63, 0x31, 0x3a, 0xff]).toString('base64url')]])(
    'rejects %p with InvalidArgumentError',
    (bad) => {
      expect(() => decodeCursor(bad)).toThrow(InvalidArgumentError);
    },
  );

  it('accepts page sizes that are non-negative integers only', () => {
    expect(() => assertPageSize(0)).not.toThrow();
    for (const bad of [-1, 1.5, Number.NaN]) expect(() => assertPageSize(bad)).toThrow(InvalidArgumentError);
  });
});

describe('documentSortKey', () => {
  it('orders by date nulls last, then code nulls last, then id', () => {
    const keys = [
      documentSortKey(null, null, 'doc:a'),
      documentSortKey(null, '1/X', 'doc:b'),
      documentSortKey('2021-07-24', null, 'doc:c'),
      documentSortKey('2021-07-24', '470-CV/TU', 'doc:e'),
      documentSortKey('2021-07-24', '470-CV/TU', 'doc:d'),
      documentSortKey('2021-07-24', '47', 'doc:f'),
      documentSortKey('2020-03-31', '16/CT-TTg', 'doc:g'),
    ];
    const sorted = [...keys].sort().map((k) => k.split('\u0001')[2]);
    expect(sorted).toEqual(['doc:g', 'doc:f', 'doc:d', 'doc:e', 'doc:c', 'doc:b', 'doc:a']);
  });
});
