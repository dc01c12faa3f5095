import type { GraphStore } from '../../../src/store/port';

export interface CountingStore {
  store: GraphStore;
  /** Calls per method name since the last reset. */
  calls: Map<string, number>;
  total(): number;
  reset(): void;
}

/** Wraps the REAL store in a Proxy that counts method calls and forwards them unchanged. */
export function countCalls(real: GraphStore): CountingStore {
  const calls = new Map<string, number>();
  const store = new Proxy(real, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      return (...args: unknown[]) => {
        calls.set(property, (calls.get(property) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return {
    store,
    calls,
    total: () => [...calls.values()].reduce((a, b) => a + b, 0),
    reset: () => calls.clear(),
  };
}
