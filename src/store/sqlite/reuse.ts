import type Database from 'better-sqlite3';
import { statement } from './statement-cache';
import { InvalidArgumentError } from '../../domain/errors';
import type { RelationEdge } from '../../domain/graph';
import { assertWellFormedId } from '../../domain/identity';
import { RelationType } from '../../domain/relation-type';
import { assertPageSize } from '../shared/cursor';
import { refreshEffectiveRelations } from './effective-relations';
import { bucketKeyList } from './reuse-keys';
import type { RelationKey } from './materialize';
import type { ReusePostingIndex } from '../port';

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
    `SELECT d.id AS documentId, COUNT(DISTINCT b.bucket) AS shared
       FROM json_each(?) j CROSS JOIN reuse_postings b ON b.bucket = j.value
       JOIN documents d ON d.rowid = b.doc AND d.in_corpus = 1
      GROUP BY b.doc
      ORDER BY shared DESC, documentId
      LIMIT ?`,
  );
  return query.all(bucketKeyList(unique), limit) as Array<{ documentId: string; shared: number }>;
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
  // Rows come back by list position (json_each's key), which maps them to the caller's strings.
  const probe = statement(
    db,
    `SELECT j.key AS i,
            (SELECT COUNT(DISTINCT doc) FROM (SELECT doc FROM reuse_postings r WHERE r.bucket = j.value LIMIT ?)) AS n
       FROM json_each(?) j`,
  );
  for (const row of probe.all(atMost + 1, bucketKeyList(unique)) as Array<{ i: number; n: number }>) {
    frequencies.set(unique[row.i]!, row.n);
  }
  return frequencies;
}

/**
 * The stop buckets among `buckets` (document frequency above `cap`, counted
 * no further than `cap + 1`) and the candidates sharing the others, in one
 * statement: one JSON list parsed, and the posting pages a bucket's count
 * read are still hot when its candidates are read. Postings are counted per
 * document before any document row is read, and rows are read only for the
 * documents that can make the top `limit` (shared count at least the
 * limit-th best): a row lookup per posting went to disk on a 100k store.
 * Postings exist for in-corpus documents only, so the in-corpus check after
 * the cut does not shorten the answer.
 */
export function reuseCandidatesBeyondStops(
  db: Database.Database,
  buckets: readonly string[],
  limit: number,
  cap: number,
): { candidates: Array<{ documentId: string; shared: number }>; stop: string[] } {
  assertPageSize(limit);
  assertPageSize(cap);
  const unique = [...new Set(buckets)];
  if (unique.length === 0) return { candidates: [], stop: [] };
  const query = statement(
    db,
    `WITH j AS MATERIALIZED (
       SELECT key AS i, value AS bucket,
              (SELECT COUNT(DISTINCT doc) FROM (SELECT doc FROM reuse_postings r WHERE r.bucket = value LIMIT @probe)) AS n
         FROM json_each(@buckets))
     ,
     g AS MATERIALIZED (
       SELECT b.doc AS doc, COUNT(DISTINCT b.bucket) AS shared
         FROM j CROSS JOIN reuse_postings b ON b.bucket = j.bucket
        WHERE j.n <= @cap
        GROUP BY b.doc)
     SELECT i, NULL AS documentId, NULL AS shared FROM j WHERE n > @cap
     UNION ALL
     SELECT * FROM (
       SELECT NULL, d.id, g.shared
         FROM g JOIN documents d ON d.rowid = g.doc AND d.in_corpus = 1
        WHERE g.shared >= COALESCE((SELECT shared FROM g ORDER BY shared DESC LIMIT 1 OFFSET @limit - 1), 0)
        ORDER BY g.shared DESC, d.id
        LIMIT @limit)`,
  );
  const candidates: Array<{ documentId: string; shared: number }> = [];
  const stop: string[] = [];
  const rows = query.raw().all({ buckets: bucketKeyList(unique), probe: cap + 1, cap, limit }) as Array<[number | null, string | null, number | null]>;
  for (const [i, documentId, shared] of rows) {
    if (i !== null) stop.push(unique[i]!);
    else candidates.push({ documentId: documentId!, shared: shared! });
  }
  return { candidates, stop };
}

/**
 * `GraphStore.reusePostingsOfKeys`: one statement counts each key's
 * documents as `reuseCandidatesBeyondStops` does (no further than `cap + 1`
 * postings) and lists the postings of the keys at or under the cap, in key
 * order; document ids are read once per document afterwards, not per
 * posting.
 */
export function reusePostingsOfKeys(db: Database.Database, keys: Float64Array, cap: number): ReusePostingIndex {
  assertPageSize(cap);
  const rows = statement(
    db,
    `WITH j AS MATERIALIZED (
       SELECT value AS bucket,
              (SELECT COUNT(DISTINCT doc) FROM (SELECT doc FROM reuse_postings r WHERE r.bucket = value LIMIT @probe)) AS n
         FROM json_each(@keys))
     SELECT j.bucket, j.n > @cap, b.doc
       FROM j LEFT JOIN reuse_postings b ON j.n <= @cap AND b.bucket = j.bucket
      ORDER BY j.bucket, b.doc`,
  )
    .raw()
    .all({ keys: JSON.stringify(Array.from(keys)), probe: cap + 1, cap }) as Array<[number, number, number | null]>;
  const rowids = [...new Set(rows.flatMap(([, , doc]) => (doc === null ? [] : [doc])))].sort((a, b) => a - b);
  const lookup = statement(db, 'SELECT d.rowid, d.id FROM json_each(?) j CROSS JOIN documents d ON d.rowid = j.value AND d.in_corpus = 1');
  const idOf = new Map(lookup.raw().all(JSON.stringify(rowids)) as Array<[number, string]>);
  // Entries numbered in rowid order: rows come by rowid within a key, so each key's list is ascending.
  const ids: string[] = [];
  const indexOf = new Map<number, number>();
  for (const rowid of rowids) {
    const id = idOf.get(rowid);
    if (id === undefined) continue;
    indexOf.set(rowid, ids.length);
    ids.push(id);
  }
  const distinctKeys: number[] = [];
  const stop: number[] = [];
  const offsets: number[] = [];
  const docs: number[] = [];
  for (const [bucket, isStop, doc] of rows) {
    if (distinctKeys[distinctKeys.length - 1] !== bucket) {
      distinctKeys.push(bucket);
      stop.push(isStop);
      offsets.push(docs.length);
    }
    const d = doc === null ? undefined : indexOf.get(doc);
    if (d === undefined) continue;
    // A document's second file repeats the entry just written.
    if (docs.length === offsets[offsets.length - 1] || docs[docs.length - 1] !== d) docs.push(d);
  }
  offsets.push(docs.length);
  return {
    keys: Float64Array.from(distinctKeys),
    offsets: Int32Array.from(offsets),
    docs: Int32Array.from(docs),
    ids,
    stop: Uint8Array.from(stop),
  };
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
