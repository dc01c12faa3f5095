import type Database from 'better-sqlite3';
import { StoreUnavailableError } from '../../domain/errors';

/**
 * Turns `fields` of every item into properties read on first access: the
 * first access to any of them on any item runs `load` once for the whole
 * batch, and each property then holds a plain value (assigning one replaces
 * it). Items `load` no longer finds (deleted meanwhile) get `fallback`.
 */
export function deferFields<T extends object, K extends keyof T>(
  db: Database.Database,
  items: readonly T[],
  fields: readonly K[],
  keyOf: (item: T) => string,
  load: () => Map<string, Pick<T, K>>,
  fallback: Pick<T, K>,
): void {
  let loaded: Map<string, Pick<T, K>> | null = null;
  const valuesOf = (item: T): Pick<T, K> => {
    if (!loaded) {
      if (!db.open) throw new StoreUnavailableError('The SQLite store was closed before these fields were read.');
      loaded = load();
    }
    return loaded.get(keyOf(item)) ?? fallback;
  };
  const settle = (item: T, field: K, value: unknown): void => {
    Object.defineProperty(item, field, { value, writable: true, enumerable: true, configurable: true });
  };
  // One descriptor per field for the whole batch (its accessors find the item by `this`): no closures per item.
  for (const field of fields) {
    const descriptor: PropertyDescriptor = {
      enumerable: true,
      configurable: true,
      get(this: T) {
        const value = valuesOf(this)[field];
        settle(this, field, value);
        return value;
      },
      set(this: T, value: unknown) {
        settle(this, field, value);
      },
    };
    for (const item of items) Object.defineProperty(item, field, descriptor);
  }
}
