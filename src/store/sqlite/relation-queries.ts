import type Database from 'better-sqlite3';
import { ChainDirection, Direction } from '../../domain/direction';
import { InvalidArgumentError, NotFoundError } from '../../domain/errors';
import type { RelationLink, RelationRecord } from '../../domain/graph';
import { assertWellFormedId } from '../../domain/identity';
import type { RelationType } from '../../domain/relation-type';
import type { Evidence } from '../../domain/span';
import { assertNever } from '../../shared/assert-never';
import type { Subgraph } from '../port';
import { typesOrAll } from '../shared/relation-types';
import { fromRelationRow, placeholders, RELATION_COLUMNS, type RelationRow } from './relation-row';
import { deferFields } from './deferred-fields';
import { rawStatement, statement } from './statement-cache';

/** Deepest chain or path a caller may ask for; deeper walks fan out over the whole corpus. */
export const MAX_TRAVERSAL_DEPTH = 10;

export function relations(
  db: Database.Database,
  ids: readonly string[],
  direction: Direction,
  types?: readonly RelationType[],
): RelationRecord[] {
  ids.forEach((id) => assertWellFormedId(id, 'doc'));
  const wanted = typesOrAll(types);
  if (ids.length === 0) return [];
  const unique = [...new Set(ids)];
  let anchor: string;
  switch (direction) {
    case Direction.OUT:
      anchor = 'source_id';
      break;
    case Direction.IN:
      anchor = 'target_id';
      break;
    default:
      return assertNever(direction);
  }
  // Id and type lists as JSON arrays: one cached statement per direction, whatever their lengths.
  const where = `WHERE ${anchor} IN (SELECT value FROM json_each(?)) AND type IN (SELECT value FROM json_each(?))`;
  const params = [JSON.stringify(unique), JSON.stringify(wanted)];
  const rows = statement(db, `SELECT ${LEAN_RELATION_COLUMNS} FROM effective_relations ${where}`).all(...params) as RelationRow[];
  const out = rows.map((row) => fromRelationRow({ ...row, evidence: '[]' }));
  // Evidence (quoted passages) is most of a row and most queries ask only for type and ends: read on first use.
  deferFields<RelationRecord, 'evidence'>(db, out, ['evidence'], relationKey, () => {
    const found = statement(db, `SELECT type, source_id, target_id, evidence FROM effective_relations ${where}`).all(...params) as RelationRow[];
    return new Map(found.map((row) => [relationKey({ type: row.type, sourceId: row.source_id, targetId: row.target_id }), { evidence: JSON.parse(row.evidence) as Evidence[] }]));
  }, { evidence: [] });
  const anchorOf = (r: RelationRecord): string => (direction === Direction.OUT ? r.sourceId : r.targetId);
  const otherOf = (r: RelationRecord): string => (direction === Direction.OUT ? r.targetId : r.sourceId);
  return out.sort((a, b) => cmp(anchorOf(a), anchorOf(b)) || cmp(a.type, b.type) || cmp(otherOf(a), otherOf(b)));
}

/** `relations(db, ids, OUT, types)` as type and ends only, unordered: read from the covering index on (source_id, type, target_id). */
export function relationLinksOut(db: Database.Database, ids: readonly string[], types: readonly RelationType[]): RelationLink[] {
  ids.forEach((id) => assertWellFormedId(id, 'doc'));
  if (ids.length === 0 || types.length === 0) return [];
  const rows = rawStatement(
    db,
    'SELECT type, source_id, target_id FROM effective_relations WHERE source_id IN (SELECT value FROM json_each(?)) AND type IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify([...new Set(ids)]), JSON.stringify(types)) as Array<[RelationType, string, string]>;
  return rows.map(([type, sourceId, targetId]) => ({ type, sourceId, targetId }));
}

const LEAN_RELATION_COLUMNS = RELATION_COLUMNS.replace('evidence, ', '');

function relationKey(r: { type: string; sourceId: string; targetId: string }): string {
  return `${r.type}\u0000${r.sourceId}\u0000${r.targetId}`;
}

export function assertDepth(maxDepth: number): void {
  if (!Number.isInteger(maxDepth) || maxDepth < 0 || maxDepth > MAX_TRAVERSAL_DEPTH) {
    throw new InvalidArgumentError(`maxDepth must be an integer from 0 to ${MAX_TRAVERSAL_DEPTH}, got ${maxDepth}.`);
  }
}

export function assertDocumentExists(db: Database.Database, id: string): void {
  assertWellFormedId(id, 'doc');
  if (statement(db, 'SELECT 1 FROM documents WHERE id = ?').get(id) === undefined) {
    throw new NotFoundError(`No document with id '${id}'; look ids up with documents(filter: ...).`);
  }
}

/**
 * Minimum hop count of every document reachable from `rootId`. UNION (not
 * UNION ALL) drops repeated (id, depth) pairs, and the depth cap ends the
 * recursion, so cycles are safe.
 */
function reachable(
  db: Database.Database,
  rootId: string,
  direction: ChainDirection,
  types: RelationType[],
  maxDepth: number,
): Map<string, number> {
  const [from, to] = stepColumns(direction);
  const rows = statement(
    db,
    // CROSS JOIN keeps the queue row outermost, so each step is an index lookup
    // on effective_relations rather than a scan of every edge of the type.
    `WITH RECURSIVE reach(id, depth) AS (
           SELECT ?, 0
           UNION
           SELECT e.${to}, reach.depth + 1
             FROM reach CROSS JOIN effective_relations e
            WHERE e.${from} = reach.id AND e.type IN (${placeholders(types.length)}) AND reach.depth < ?
         )
       SELECT id, MIN(depth) AS depth FROM reach GROUP BY id`,
  ).all(rootId, ...types, maxDepth) as Array<{ id: string; depth: number }>;
  return new Map(rows.map((r) => [r.id, r.depth]));
}

function stepColumns(direction: ChainDirection): [string, string] {
  switch (direction) {
    case ChainDirection.UPSTREAM:
      return ['source_id', 'target_id'];
    case ChainDirection.DOWNSTREAM:
      return ['target_id', 'source_id'];
    default:
      return assertNever(direction);
  }
}

export function chain(
  db: Database.Database,
  rootId: string,
  direction: ChainDirection,
  types: readonly RelationType[],
  maxDepth: number,
): Subgraph {
  assertDocumentExists(db, rootId);
  assertDepth(maxDepth);
  const wanted = typesOrAll(types);
  const depthOf = reachable(db, rootId, direction, wanted, maxDepth);
  const documentIds = [...depthOf.keys()].sort((a, b) => depthOf.get(a)! - depthOf.get(b)! || cmp(a, b));
  // The edges the walk could follow: leaving a node above the depth cap, landing in the set.
  const fromEnd = (r: RelationRecord): string => (direction === ChainDirection.UPSTREAM ? r.sourceId : r.targetId);
  const toEnd = (r: RelationRecord): string => (direction === ChainDirection.UPSTREAM ? r.targetId : r.sourceId);
  const frontier = documentIds.filter((id) => depthOf.get(id)! < maxDepth);
  const candidates = relations(db, frontier, direction === ChainDirection.UPSTREAM ? Direction.OUT : Direction.IN, wanted);
  const edges = candidates.filter((r) => depthOf.has(toEnd(r)) && depthOf.get(fromEnd(r))! < maxDepth);
  return { rootId, documentIds, relations: sortRelations(edges) };
}

export function shortestPath(
  db: Database.Database,
  fromId: string,
  toId: string,
  types: readonly RelationType[],
  maxDepth: number,
): Subgraph | null {
  assertDocumentExists(db, fromId);
  assertDocumentExists(db, toId);
  assertDepth(maxDepth);
  const wanted = typesOrAll(types);
  const depthOf = reachable(db, fromId, ChainDirection.UPSTREAM, wanted, maxDepth);
  const distance = depthOf.get(toId);
  if (distance === undefined) return null;
  // Walk back from the target, each step to the smallest-id predecessor one hop nearer the start.
  const path: RelationRecord[] = [];
  let current = toId;
  for (let d = distance; d > 0; d--) {
    const step = relations(db, [current], Direction.IN, wanted)
      .filter((r) => depthOf.get(r.sourceId) === d - 1)
      .sort((a, b) => cmp(a.sourceId, b.sourceId) || cmp(a.type, b.type))[0];
    path.unshift(step);
    current = step.sourceId;
  }
  return { rootId: fromId, documentIds: [fromId, ...path.map((r) => r.targetId)], relations: path };
}

function sortRelations(list: RelationRecord[]): RelationRecord[] {
  return list.sort((a, b) => cmp(a.sourceId, b.sourceId) || cmp(a.type, b.type) || cmp(a.targetId, b.targetId));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
