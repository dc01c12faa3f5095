import { LruCache } from '../../src/ingest/lru-cache';

describe('LruCache', () => {
  it('holds at most its capacity, evicting the entry inserted first when none was read', () => {
    const cache = new LruCache<number, string>(3);
    for (const k of [1, 2, 3, 4]) cache.set(k, `v${k}`);
    expect(cache.size).toBe(3);
    expect(cache.get(1)).toBeUndefined();
    expect([2, 3, 4].map((k) => cache.get(k))).toEqual(['v2', 'v3', 'v4']);
  });

  it('keeps an entry read once every half capacity of insertions, whatever else comes', () => {
    const cache = new LruCache<number, number>(8);
    cache.set(0, 0);
    for (let k = 1; k <= 100; k++) {
      cache.set(k, k);
      if (k % 4 === 0) expect(cache.get(0)).toBe(0);
    }
    expect(cache.get(0)).toBe(0);
    expect(cache.size).toBe(8);
    // Entries never read went in insertion order.
    expect(cache.get(90)).toBeUndefined();
    expect(cache.get(100)).toBe(100);
  });

  it('replaces the value of a key set again', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('a', 2);
    expect(cache.get('a')).toBe(2);
    expect(cache.size).toBe(1);
  });
});
