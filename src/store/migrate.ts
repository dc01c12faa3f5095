import type { FileGraph, RelationCorrection, RelationEdge } from '../domain/graph';
import { contentHash } from '../shared/content-hash';
import type { GraphDump, GraphStore } from './port';

export interface MigrationSummary {
  /** False when the target already held this exact graph (nothing written). */
  written: boolean;
  documents: number;
  organizations: number;
  persons: number;
  provinces: number;
  relations: number;
  /** Corrections applied to the target. */
  corrections: number;
  /**
   * Corrections naming a document the source no longer holds (the port
   * accepts corrections only between existing documents); they stay in the
   * source and are listed here so nothing is dropped silently.
   */
  skippedCorrections: RelationCorrection[];
}

/**
 * Copies one store's graph into another through the port: the extracted
 * graph as one file (`writeFile`), then every correction (`applyCorrection`,
 * in their recorded order, so the newest word on a relation still wins).
 *
 * Idempotent: the pseudo-file's hash is the content hash of the extracted
 * graph, so migrating an unchanged store again is skipped, and migrating a
 * changed one replaces the earlier migration's contribution (same file name)
 * instead of piling up. Corrections are idempotent per key.
 *
 * Provenance is coarse: the target sees one contributing file,
 * `migrated-from:<kind>`. Spans still name the original files. Reuse
 * buckets are not in a dump; re-ingest the corpus into the target to rebuild
 * them (the REPEATS relations themselves are copied).
 */
export async function migrateStore(from: GraphStore, to: GraphStore): Promise<MigrationSummary> {
  const dump = await from.dump();
  const graph = dumpAsFileGraph(dump, `migrated-from:${from.kind}`);
  const written = !(await to.writeFile(graph)).skipped;
  const present = new Set(dump.documents.map((d) => d.id));
  const applicable = dump.corrections.filter((c) => present.has(c.sourceId) && present.has(c.targetId));
  for (const correction of applicable) await to.applyCorrection(correction);
  return {
    written,
    documents: graph.documents.length,
    organizations: graph.organizations.length,
    persons: graph.persons.length,
    provinces: graph.provinces.length,
    relations: graph.relations.length,
    corrections: applicable.length,
    skippedCorrections: dump.corrections.filter((c) => !applicable.includes(c)),
  };
}

/**
 * The extracted part of a dump as one FileGraph: relations that came from
 * corrections are left to `applyCorrection` (the target re-derives them), so
 * a correction is never frozen into extraction.
 */
export function dumpAsFileGraph(dump: GraphDump, name: string): FileGraph {
  const relations: RelationEdge[] = dump.relations
    .filter((r) => r.origin === 'extracted')
    .map((r) => ({ type: r.type, sourceId: r.sourceId, targetId: r.targetId, evidence: r.evidence, confidence: r.confidence }));
  const content = {
    provinces: dump.provinces,
    organizations: dump.organizations,
    persons: dump.persons,
    documents: dump.documents,
    relations,
  };
  const json = JSON.stringify(content);
  return {
    file: { name, hash: contentHash(json), length: json.length },
    ...content,
    signatures: [],
    diagnostics: [],
  };
}
