import { ResponseCache, responseCacheFromEnv, type CachedResponse } from '../../src/server/response-cache';

const answer = (body: string): CachedResponse => ({ status: 200, headers: [['content-type', 'application/json']], body });

describe('ResponseCache', () => {
  it('forgets every answer when the version moves', () => {
    const cache = new ResponseCache({ maxEntries: 10, maxChars: 1_000, maxKeyChars: 100 });
    cache.set('a', 'v1', 'v1', answer('A'));
    expect(cache.get('a', 'v1')?.body).toBe('A');
    expect(cache.get('a', 'v2')).toBeUndefined();
    expect(cache.get('a', 'v1')).toBeUndefined();
  });

  it('keeps no answer whose version moved while it was computed', () => {
    const cache = new ResponseCache({ maxEntries: 10, maxChars: 1_000, maxKeyChars: 100 });
    cache.set('a', 'v1', 'v2', answer('A'));
    expect(cache.get('a', 'v1')).toBeUndefined();
    expect(cache.get('a', 'v2')).toBeUndefined();
  });

  it('drops the least recently used beyond its entry and size limits', () => {
    const cache = new ResponseCache({ maxEntries: 2, maxChars: 12, maxKeyChars: 100 });
    cache.set('a', 'v', 'v', answer('AAAA'));
    cache.set('b', 'v', 'v', answer('BBBB'));
    expect(cache.get('a', 'v')?.body).toBe('AAAA'); // now b is the least recently used
    cache.set('c', 'v', 'v', answer('CC'));
    expect(cache.get('b', 'v')).toBeUndefined();
    expect(cache.size).toBe(2);
    cache.set('d', 'v', 'v', answer('DDDDDDDDD')); // 1 + 9 characters: with c (3) over 12, so a and c go
    expect(cache.get('a', 'v')).toBeUndefined();
    expect(cache.get('c', 'v')).toBeUndefined();
    expect(cache.get('d', 'v')?.body).toBe('DDDDDDDDD');
    cache.set('e', 'v', 'v', answer('x'.repeat(20))); // larger than the whole cache: not kept
    expect(cache.get('e', 'v')).toBeUndefined();
    expect(cache.get('d', 'v')?.body).toBe('DDDDDDDDD');
  });

  it('refuses keys longer than its key limit', () => {
    const cache = new ResponseCache({ maxEntries: 2, maxChars: 1_000, maxKeyChars: 3 });
    expect(cache.accepts('abc')).toBe(true);
    expect(cache.accepts('abcd')).toBe(false);
  });

  it.each([
    [undefined, true],
    ['', true],
    ['on', true],
    ['off', false],
    ['FALSE', false],
    ['0', false],
    ['no', false],
  ])('RESPONSE_CACHE=%p → %p', (value, on) => {
    expect(responseCacheFromEnv(value)).toBe(on);
  });
});
