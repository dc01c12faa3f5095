import type { GraphStore } from '../store/port';
import type { IngestText } from './ingest/ingest-text';
import { createLoaders, type Loaders } from './loaders/create-loaders';

/** Who is calling: mutations need `authenticated`. */
export interface Caller {
  authenticated: boolean;
  /** Why not, in words the caller can act on (null when authenticated). */
  refusal: string | null;
  /** Recorded as the author of corrections. */
  name: string;
}

/** What every resolver receives: the store behind the port, per-request loaders, the caller. */
export interface ApiContext {
  store: GraphStore;
  loaders: Loaders;
  caller: Caller;
  /** Extraction + storage of one text; absent when the host did not wire ingest. */
  ingestText: IngestText | null;
  /**
   * What the host learns of the request while it runs (e.g. whether its answer
   * may be cached). An object of its own: Apollo hands plugins and resolvers a
   * shallow copy of the context, which shares it.
   */
  outcome: RequestOutcome;
}

export interface RequestOutcome {
  /** A query answered without errors. */
  cacheable: boolean;
}

export function createApiContext(store: GraphStore, caller: Caller, ingestText: IngestText | null): ApiContext {
  return { store, loaders: createLoaders(store), caller, ingestText, outcome: { cacheable: false } };
}
