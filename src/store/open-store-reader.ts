import type { GraphStore, StoreReaderSpec } from './port';
import { openSqliteReader } from './sqlite/open-sqlite-reader';

/** Opens, in this thread, the read-only view of a store another thread described with `readerSpec()`. */
export function openStoreReader(spec: StoreReaderSpec): GraphStore {
  switch (spec.kind) {
    case 'sqlite':
      return openSqliteReader(spec.file);
  }
}
