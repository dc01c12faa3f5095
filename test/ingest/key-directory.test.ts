import fc from 'fast-check';
import { KeyDirectory } from '../../src/ingest/key-directory';

/** The definition: the position of `key` found by scanning, or -1. */
const scan = (keys: Float64Array, key: number): number => keys.indexOf(key);

describe('KeyDirectory', () => {
  it('finds every key and no absent one, spread or crowded (keys like bucket keys: integers below 2^53)', () => {
    const integer = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 2 ** 53 - 1, noNaN: true }).map(Math.floor));
    fc.assert(
      fc.property(fc.uniqueArray(integer, { maxLength: 300 }), fc.array(integer, { maxLength: 50 }), fc.integer({ min: 1, max: 16 }), (values, probes, perSlot) => {
        const keys = Float64Array.from(values).sort();
        const directory = new KeyDirectory(keys, perSlot);
        for (let i = 0; i < keys.length; i++) expect(directory.indexOf(keys[i]!)).toBe(i);
        for (const p of [...probes, -1, 2 ** 53, 0.5]) expect(directory.indexOf(p)).toBe(scan(keys, p));
      }),
      { numRuns: 2000 },
    );
  });

  it('answers for an empty index and for one key', () => {
    expect(new KeyDirectory(new Float64Array(0)).indexOf(0)).toBe(-1);
    const one = new KeyDirectory(Float64Array.of(2 ** 52 + 7));
    expect(one.indexOf(2 ** 52 + 7)).toBe(0);
    expect(one.indexOf(2 ** 52 + 6)).toBe(-1);
  });

  it('finds keys of two bands far apart (b0 near 0, b1 above 2^52)', () => {
    const keys = Float64Array.from([3, 17, 2 ** 40, 2 ** 52 + 1, 2 ** 52 + 5, 2 ** 53 - 2]);
    const directory = new KeyDirectory(keys, 1);
    keys.forEach((k, i) => expect(directory.indexOf(k)).toBe(i));
    expect(directory.indexOf(2 ** 52 + 2)).toBe(-1);
  });
});
