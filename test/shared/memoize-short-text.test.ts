import { memoizeShortText } from '../../src/shared/memoize-short-text';

describe('memoizeShortText', () => {
  it('answers as the function does, computing each short text once while it is kept', () => {
    const calls: string[] = [];
    const length = memoizeShortText((text: string) => (calls.push(text), text.length));
    expect([length('Đắk Nông'), length('Lai Châu'), length('Đắk Nông')]).toEqual([8, 8, 8]);
    expect(calls).toEqual(['Đắk Nông', 'Lai Châu']);
  });

  it('remembers null answers too', () => {
    let calls = 0;
    const none = memoizeShortText((_text: string): string | null => (calls++, null));
    expect([none('x'), none('x')]).toEqual([null, null]);
    expect(calls).toBe(1);
  });

  it('remembers undefined answers too (a hit and a miss look alike to one lookup)', () => {
    let calls = 0;
    const nothing = memoizeShortText((_text: string): string | undefined => (calls++, undefined));
    expect([nothing('x'), nothing('x'), nothing('y')]).toEqual([undefined, undefined, undefined]);
    expect(calls).toBe(2);
  });

  it('stays right past its bound, and computes a long text every time', () => {
    let calls = 0;
    const reversed = memoizeShortText((text: string) => (calls++, [...text].reverse().join('')));
    const texts = Array.from({ length: 20_000 }, (_, i) => `tỉnh ${i}`);
    for (const text of texts) expect(reversed(text)).toBe([...text].reverse().join(''));
    expect(calls).toBe(20_000);
    // The first texts were let go when the cache filled: asked again, they are computed again, rightly.
    expect(reversed('tỉnh 0')).toBe('0 hnỉt');
    expect(calls).toBe(20_001);
    const long = 'Ban Chỉ đạo '.repeat(40);
    reversed(long);
    reversed(long);
    expect(calls).toBe(20_003);
  });
});
