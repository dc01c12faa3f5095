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

/**
 * Postings live in two tables of the same key (`reuse_postings` and the
 * small `reuse_postings_recent`, src/store/sqlite/reuse-postings.ts); a
 * reader takes each table in its own arm of a compound select, so that each
 * arm is a lookup of that table's key, then combines the arms.
 */
const POSTING_TABLES = ['reuse_postings', 'reuse_postings_recent'] as const;

/**
 * The number of documents holding `key`, counted among no more than
 * `@probe` postings of each table and capped at `@probe`: a probe reads at
 * most that many index entries, so a template bucket held by thousands of
 * letters costs no more than a rare one.
 */
function keyDocumentCount(key: string): string {
  const arms = POSTING_TABLES.map((t) => `SELECT doc FROM (SELECT doc FROM ${t} WHERE bucket = ${key} LIMIT @probe)`).join(' UNION ALL ');
  return `MIN(@probe, (SELECT COUNT(DISTINCT doc) FROM (${arms})))`;
}

/** `SELECT <columns> FROM <from> CROSS JOIN <table> b ON b.bucket = <key> WHERE …` over both tables, as one compound select. */
function postingsJoined(columns: string, from: string, key: string, where = ''): string {
  return POSTING_TABLES.map((t) => `SELECT ${columns} FROM ${from} CROSS JOIN ${t} b ON b.bucket = ${key}${where ? ` WHERE ${where}` : ''}`).join('\n UNION ALL ');
}

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
    `SELECT d.id AS documentId, COUNT(DISTINCT p.bucket) AS shared
       FROM (${postingsJoined('b.doc, b.bucket', 'json_each(@keys) j', 'j.value')}) p
       CROSS JOIN documents d ON d.rowid = p.doc AND d.in_corpus = 1
      GROUP BY p.doc
      ORDER BY shared DESC, documentId
      LIMIT @limit`,
  );
  return query.all({ keys: bucketKeyList(unique), limit }) as Array<{ documentId: string; shared: number }>;
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
    `SELECT j.key AS i, ${keyDocumentCount('j.value')} AS n FROM json_each(@keys) j`,
  );
  for (const row of probe.all({ probe: atMost + 1, keys: bucketKeyList(unique) }) as Array<{ i: number; n: number }>) {
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
       SELECT key AS i, value AS bucket, ${keyDocumentCount('value')} AS n
         FROM json_each(@buckets))
     ,
     g AS MATERIALIZED (
       SELECT doc, COUNT(DISTINCT bucket) AS shared
         FROM (${postingsJoined('b.doc, b.bucket', 'j', 'j.bucket', 'j.n <= @cap')})
        GROUP BY doc)
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
       SELECT value AS bucket, ${keyDocumentCount('value')} AS n
         FROM json_each(@keys))
     SELECT j.bucket, j.n > @cap, NULL FROM j WHERE j.n > @cap OR j.n = 0
     UNION ALL
     ${postingsJoined('j.bucket, 0, b.doc', 'j', 'j.bucket', 'j.n <= @cap')}
      ORDER BY 1, 3`,
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
