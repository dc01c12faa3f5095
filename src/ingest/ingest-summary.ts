import type { FileGraph } from '../domain/graph';
import type { RejectionReason } from '../domain/errors';
import { ALL_RELATION_TYPES, type RelationType } from '../domain/relation-type';

/**
 * Why a file was not ingested. `RejectionReason`s are clean rejections (the
 * input is not readable text); `not-found`, `unreadable` and
 * `extraction-failed` mean something went wrong and make the command fail.
 */
export type IngestFailureReason = RejectionReason | 'not-found' | 'unreadable' | 'extraction-failed';

const CLEAN_REASONS: ReadonlySet<string> = new Set<RejectionReason>(['empty', 'binary', 'too-large', 'unknown-encoding', 'no-document']);

export interface RejectedFile {
  file: string;
  reason: IngestFailureReason;
  message: string;
}

export interface IngestSummary {
  filesSeen: number;
  filesIngested: number;
  /** Already in the store with the same content hash. */
  filesUnchanged: number;
  filesRejected: number;
  rejected: RejectedFile[];
  /** Distinct in-corpus documents in the files ingested by this run. */
  documents: number;
  /** Distinct instruments these files know only from references (cited in several files, counted once). */
  references: number;
  /** Relations extracted from the files ingested by this run, plus REPEATS found by the reuse pass. */
  relationsByType: Array<{ type: RelationType; count: number }>;
  /** Undated references folded into dated documents. */
  mergedUndated: number;
  /** What the store holds after this run (merges make it differ from the sums above). */
  store: { documents: number; inCorpus: number };
  /** Problems of the cross-file passes that did not stop the run. */
  warnings: string[];
  startedAt: string;
  finishedAt: string;
}

export function isCleanRejection(reason: IngestFailureReason): boolean {
  return CLEAN_REASONS.has(reason);
}

/** Mutable tally the orchestrator fills in; `finish` freezes it into a summary. */
export class IngestTally {
  filesSeen = 0;
  filesIngested = 0;
  filesUnchanged = 0;
  readonly rejected: RejectedFile[] = [];
  private readonly inCorpus = new Set<string>();
  private readonly referenced = new Set<string>();
  mergedUndated = 0;
  store = { documents: 0, inCorpus: 0 };
  readonly warnings: string[] = [];
  private readonly relations = new Map<RelationType, number>();

  constructor(private readonly startedAt: Date) {}

  addWritten(graph: FileGraph): void {
    this.filesIngested += 1;
    for (const doc of graph.documents) (doc.inCorpus ? this.inCorpus : this.referenced).add(doc.id);
    for (const rel of graph.relations) this.addRelations(rel.type, 1);
  }

  addRelations(type: RelationType, count: number): void {
    this.relations.set(type, (this.relations.get(type) ?? 0) + count);
  }

  reject(file: string, reason: IngestFailureReason, message: string): void {
    this.rejected.push({ file, reason, message });
  }

  finish(finishedAt: Date): IngestSummary {
    return {
      filesSeen: this.filesSeen,
      filesIngested: this.filesIngested,
      filesUnchanged: this.filesUnchanged,
      filesRejected: this.rejected.length,
      rejected: [...this.rejected],
      documents: this.inCorpus.size,
      references: [...this.referenced].filter((id) => !this.inCorpus.has(id)).length,
      relationsByType: ALL_RELATION_TYPES.filter((t) => (this.relations.get(t) ?? 0) > 0).map((type) => ({
        type,
        count: this.relations.get(type) ?? 0,
      })),
      mergedUndated: this.mergedUndated,
      store: { ...this.store },
      warnings: [...this.warnings],
      startedAt: this.startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
    };
  }
}
