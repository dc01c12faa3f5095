import { daysBetween } from '../../../src/api/response/days-between';

test.each([
  ['2021-06-11', '2021-07-22', 41],
  ['2021-07-21', '2021-07-22', 1],
  ['2021-07-22', '2021-07-22', 0],
  ['2021-07-22', '2021-07-21', -1],
  ['2020-02-28', '2020-03-01', 2],
  ['2020-12-31', '2021-01-01', 1],
])('daysBetween(%s, %s) = %d', (from, to, days) => {
  expect(daysBetween(from, to)).toBe(days);
});
