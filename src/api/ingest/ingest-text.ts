import type { Diagnostic } from '../../domain/diagnostic';
import type { GraphStore } from '../../store/port';

/** What ingesting one text did. */
export interface IngestOutcome {
  fileName: string;
  /** True when the same text had been ingested before (nothing changed). */
  skipped: boolean;
  /** The in-corpus documents found in the text. */
  documentIds: string[];
  diagnostics: Diagnostic[];
}

/**
 * Extraction + storage of one text, injected by the host (server, CLI):
 * the API layer sits below ingest and must not import it.
 */
export type IngestText = (text: string, fileName: string, store: GraphStore) => Promise<IngestOutcome>;
