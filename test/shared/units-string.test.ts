import { unitsToString } from '../../src/shared/units-string';

/** UTF-16 units (not code points, which iterating a string would give). */
function unitsOf(s: string): Uint16Array {
  const units = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) units[i] = s.charCodeAt(i);
  return units;
}

describe('unitsToString', () => {
  it.each([
    ['empty', ''],
    ['short', 'Chỉ thị'],
    ['long, with lone surrogates and an astral character', `a\ud800b\udc00c ${'Thực hiện Chỉ thị số 16/CT-TTg '.repeat(20)}😀\udfff`],
    ['longer than one apply call', 'Đắk Nông '.repeat(2000)],
  ])('gives back the %s string', (_, text) => {
    const units = new Uint16Array(text.length + 7);
    units.set(unitsOf(text));
    expect(unitsToString(units, text.length)).toBe(text);
  });

  it('reads from where a view of a larger buffer starts', () => {
    const text = 'phòng, chống dịch Covid-19 '.repeat(4);
    const whole = new Uint16Array(text.length + 10);
    whole.set(unitsOf(text), 10);
    expect(unitsToString(whole.subarray(10), text.length)).toBe(text);
  });
});
