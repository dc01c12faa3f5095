import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from '../api/context';

export interface ResponseCacheLimits {
  /** Answers kept at most (least recently used go first). */
  maxEntries: number;
  /** Characters of keys and answers kept at most. */
  maxChars: number;
  /** Requests whose body is longer are not cached (a key is the whole body). */
  maxKeyChars: number;
}

export const DEFAULT_RESPONSE_CACHE_LIMITS: ResponseCacheLimits = {
  maxEntries: 2_000,
  maxChars: 32 * 1024 * 1024,
  maxKeyChars: 16 * 1024,
};

export interface CachedResponse {
  status: number;
  headers: Array<[string, string]>;
  body: string;
}

/**
 * Whole answers to read queries, valid for one store version (the store's
 * `dataVersion()`, which changes after any commit by any connection or
 * process): the first lookup under a new version forgets every answer, and an
 * answer is kept only if the version did not move while it was computed. So an
 * answer is never served after a write it could have missed.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private chars = 0;
  private version: string | null = null;

  constructor(private readonly limits: ResponseCacheLimits = DEFAULT_RESPONSE_CACHE_LIMITS) {}

  get size(): number {
    return this.entries.size;
  }

  /** Whether a request with this key may be cached at all. */
  accepts(key: string): boolean {
    return key.length <= this.limits.maxKeyChars;
  }

  get(key: string, version: string): CachedResponse | undefined {
    this.sync(version);
    const hit = this.entries.get(key);
    if (hit) {
      // Map order is the recency order: move the hit to the end.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  /** `startedAt`: the version read before the answer was computed; `now`: read after. */
  set(key: string, startedAt: string, now: string, response: CachedResponse): void {
    if (startedAt !== now) return;
    this.sync(now);
    const size = key.length + response.body.length;
    if (size > this.limits.maxChars) return;
    const old = this.entries.get(key);
    if (old) this.forget(key, old);
    this.entries.set(key, response);
    this.chars += size;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.chars <= this.limits.maxChars) break;
      this.forget(oldest, entry);
    }
  }

  clear(): void {
    this.entries.clear();
    this.chars = 0;
  }

  private sync(version: string): void {
    if (version === this.version) return;
    this.clear();
    this.version = version;
  }

  private forget(key: string, entry: CachedResponse): void {
    this.entries.delete(key);
    this.chars -= key.length + entry.body.length;
  }
}

/**
 * Marks the requests whose answer may be cached: a query (never a mutation)
 * answered without errors. The server then stores the answer.
 */
export function markCacheableAnswers(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response, contextValue }) {
          if (operation?.operation !== 'query') return;
          if (response.body.kind !== 'single' || response.body.singleResult.errors !== undefined) return;
          contextValue.outcome.cacheable = true;
        },
      };
    },
  };
}

/** RESPONSE_CACHE=off (or false, 0, no) turns the cache off; anything else, or unset, leaves it on. */
export function responseCacheFromEnv(value: string | undefined): boolean {
  return !['off', 'false', '0', 'no'].includes((value ?? '').trim().toLowerCase());
}
