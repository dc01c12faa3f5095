import { DateScalar, isIsoDate } from '../../../src/api/scalars/date.scalar';

describe('Date scalar', () => {
  test.each([['2021-07-24', true], ['2020-02-29', true], ['2021-02-29', false], ['2021-13-01', false], ['2021-7-24', false], ['24/07/2021', false], ['2021-07-24T00:00:00Z', false]])(
    'isIsoDate(%p) is %p',
    (value, expected) => {
      expect(isIsoDate(value)).toBe(expected);
    },
  );

  test('serializes store dates unchanged and refuses anything else', () => {
    expect(DateScalar.serialize('2021-06-11')).toBe('2021-06-11');
    expect(() => DateScalar.parseValue(20210611)).toThrow(/YYYY-MM-DD/);
  });
});
