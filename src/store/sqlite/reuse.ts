import type Database from 'better-sqlite3';
import { statement } from './statement-cache';
import { InvalidArgumentError } from '../../domain/errors';
import type { RelationEdge } from '../../domain/graph';
import { assertWellFormedId } from '../../domain/identity';
import { RelationType } from '../../domain/relation-type';
import { assertPageSize } from '../shared/cursor';
import { refreshEffectiveRelations } from './effective-relations';
import type { RelationKey } from './materialize';

export function reuseCandidates(
  db: Database.Database,
  buckets: readonly string[],
  limit: number,
): Array<{ documentId: string; shared: number }> {
  assertPageSize(limit);
  const unique = [...new Set(buckets)];
  if (unique.length === 0 || limit === 0) return [];
  // The bucket list drives the join (CROSS JOIN keeps that order) through the (bucket, …) primary key;
  // one cached statement over a JSON list instead of one prepared per chunk of placeholders.
  const query = statement(
    db,
    `SELECT b.document_id AS documentId, COUNT(DISTINCT b.bucket) AS shared
       FROM json_each(?) j CROSS JOIN reuse_buckets b ON b.bucket = j.value
       JOIN documents d ON d.id = b.document_id AND d.in_corpus = 1
      GROUP BY b.document_id
      ORDER BY shared DESC, documentId
      LIMIT ?`,
  );
  return query.all(JSON.stringify(unique), limit) as Array<{ documentId: string; shared: number }>;
}

/**
 * Document frequency of each bucket, counted no further than `atMost + 1`
 * documents: a probe reads at most that many index entries, so a template
 * bucket held by thousands of letters costs no more than a rare one.
 */
export function reuseBucketFrequencies(db: Database.Database, buckets: readonly string[], atMost: number): Map<string, number> {
  assertPageSize(atMost);
  const unique = [...new Set(buckets)];
  const frequencies = new Map<string, number>();
  if (unique.length === 0) return frequencies;
  // One statement over a JSON list rather than one call per bucket: the per-call cost dominated.
  const probe = statement(
    db,
    `SELECT j.value AS bucket,
            (SELECT COUNT(DISTINCT document_id) FROM (SELECT document_id FROM reuse_buckets r WHERE r.bucket = j.value LIMIT ?)) AS n
       FROM json_each(?) j`,
  );
  for (const row of probe.all(atMost + 1, JSON.stringify(unique)) as Array<{ bucket: string; n: number }>) {
    frequencies.set(row.bucket, row.n);
  }
  return frequencies;
}

/** Runs in the caller's transaction; endpoints must be documents (foreign keys). */
export function replaceReuseRelations(db: Database.Database, sourceIds: readonly string[], relations: readonly RelationEdge[]): void {
  sourceIds.forEach((id) => assertWellFormedId(id, 'doc'));
  for (const r of relations) {
    if (r.type !== RelationType.REPEATS) {
      throw new InvalidArgumentError(`replaceReuseRelations takes REPEATS relations only, got ${r.type}.`);
    }
    if (r.sourceId === r.targetId) throw new InvalidArgumentError(`A document cannot repeat itself (${r.sourceId}).`);
  }
  const previous = statement(db, "SELECT 'REPEATS' AS type, source_id AS sourceId, target_id AS targetId FROM reuse_relations WHERE source_id = ?");
  const remove = statement(db, 'DELETE FROM reuse_relations WHERE source_id = ?');
  const touched: RelationKey[] = [];
  for (const id of new Set(sourceIds)) {
    touched.push(...(previous.all(id) as RelationKey[]));
    remove.run(id);
  }
  const upsert = statement(db, 
    `INSERT INTO reuse_relations (source_id, target_id, evidence, confidence) VALUES (?, ?, ?, ?)
     ON CONFLICT(source_id, target_id) DO UPDATE SET evidence = excluded.evidence, confidence = excluded.confidence`,
  );
  for (const r of relations) {
    upsert.run(r.sourceId, r.targetId, JSON.stringify(r.evidence), r.confidence);
    touched.push({ type: RelationType.REPEATS, sourceId: r.sourceId, targetId: r.targetId });
  }
  refreshEffectiveRelations(db, touched);
}
