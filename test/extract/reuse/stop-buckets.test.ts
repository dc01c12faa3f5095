import { STOP_BUCKET_CEILING, STOP_BUCKET_FLOOR, stopBucketCap, stopBucketsOf } from '../../../src/extract/reuse';

describe('stopBucketCap', () => {
  it('never goes under the floor, so a small store has no stop buckets', () => {
    expect(STOP_BUCKET_FLOOR).toBe(50);
    // The seeds: nine documents; a bucket can be held by nine at most, far under 50.
    expect(stopBucketCap(9)).toBe(50);
    expect(stopBucketCap(0)).toBe(50);
    // 0.5% of 10,000 is exactly 50: still the floor.
    expect(stopBucketCap(10_000)).toBe(50);
  });

  it('follows 0.5% of the in-corpus documents above 10,000, rounded up, up to the ceiling', () => {
    expect(stopBucketCap(10_001)).toBe(51); // 50.005 → 51
    expect(stopBucketCap(19_999)).toBe(100); // 99.995 → 100
  });

  it('stays at the ceiling of 100 from 20,000 documents on, so candidate search costs the same per document at any size', () => {
    expect(STOP_BUCKET_CEILING).toBe(100);
    expect(stopBucketCap(20_000)).toBe(100);
    expect(stopBucketCap(100_000)).toBe(100);
    expect(stopBucketCap(1_000_000)).toBe(100);
  });
});

describe('stopBucketsOf', () => {
  it('keeps the buckets held by more documents than the cap, not those held by exactly as many', () => {
    const frequencies = new Map([
      ['opening', 51],
      ['at-cap', 50],
      ['copied', 3],
      ['own', 1],
    ]);
    expect([...stopBucketsOf(frequencies, 50)]).toEqual(['opening']);
    expect(stopBucketsOf(frequencies, 60).size).toBe(0);
    expect([...stopBucketsOf(frequencies, 2)].sort()).toEqual(['at-cap', 'copied', 'opening']);
  });
});
