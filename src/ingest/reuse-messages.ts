import type { StoreReaderSpec } from '../store/port';
import type { CandidateIndexData } from './candidate-index';

/** What every reuse worker starts with: the store to read and the pass's stop-bucket cap. */
export interface ReuseWorkerInit {
  reader: StoreReaderSpec;
  cap: number;
  documentCacheSize?: number;
  /** The in-memory candidate index, its arrays shared with the main thread; null: ask the store. */
  index: CandidateIndexData | null;
}

/** One batch: document ids and, index-aligned, their bucket keys joined by spaces (one string each clones cheaply). */
export interface ReuseRequest {
  ids: string[];
  packed: string[];
}
