import type { ChainDirection } from '../../domain/direction';
import { Direction } from '../../domain/direction';
import type { RelationType } from '../../domain/relation-type';
import { toInteger } from './mapping';
import {
  DESCRIBES,
  FULLTEXT_BUCKETS,
  FULLTEXT_DOCUMENTS,
  Label,
  LinkType,
  RELATION_REL_TYPE,
  RelationKind,
  type ContributedLabel,
} from './vocabulary';

/**
 * Every Cypher statement the Neo4j store sends, as pure functions returning
 * `{ cypher, params }`. Values travel only as parameters; the only names
 * spliced into the text are labels and relationship types from the fixed maps
 * of `vocabulary.ts` (Cypher cannot parameterise them). The lint test calls
 * every export of this module and lints the result against the schema.
 */
export interface CypherStatement {
  cypher: string;
  params: Record<string, unknown>;
}

/** Hard cap on traversal depth: variable-length patterns need a literal upper bound. */
export const MAX_TRAVERSAL_DEPTH = 10;

/**
 * Variable-length bounds `*1..d`, one fixed text per allowed depth. Cypher
 * takes no parameter there, and a bound that fits the request lets the
 * planner prune the expansion instead of walking ten hops and filtering; the
 * depth only selects one of these texts, as a type selects a name.
 */
const DEPTH_RANGE: readonly string[] = Array.from({ length: MAX_TRAVERSAL_DEPTH + 1 }, (_, d) => `*1..${d}`);

function depthRange(maxDepth: number): string {
  if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > MAX_TRAVERSAL_DEPTH) {
    throw new RangeError(`maxDepth must be an integer from 1 to ${MAX_TRAVERSAL_DEPTH}, got ${maxDepth}`);
  }
  return DEPTH_RANGE[maxDepth];
}

const FILE = RelationKind.File;
const REUSE = RelationKind.Reuse;
const CORRECTION = RelationKind.Correction;
const DOC_REL_TYPES = Object.values(RELATION_REL_TYPE).join('|');
const LINK_TYPES = Object.values(LinkType).join('|');

function statement(cypher: string, params: Record<string, unknown> = {}): CypherStatement {
  return { cypher: cypher.trim().replace(/\n\s*/g, '\n'), params };
}

// --------------------------------------------------------------- schema ----

/** Waits until every index is online: a full-text query against a populating index fails. */
export function awaitIndexes(timeoutSeconds: number): CypherStatement {
  return statement(`CALL db.awaitIndexes($timeout)`, { timeout: toInteger(timeoutSeconds) });
}

// ---------------------------------------------------------------- files ----

export function fileByHash(hash: string): CypherStatement {
  return statement(`MATCH (f:File {hash: $hash}) RETURN f.name AS name LIMIT 1`, { hash });
}

/** Ids of every node the named file describes, with the node's label. */
export function fileDescribedNodes(name: string): CypherStatement {
  return statement(
    `MATCH (f:File {name: $name})-[:${DESCRIBES}]->(n)
     RETURN labels(n)[0] AS label, n.id AS id`,
    { name },
  );
}

/** Keys of the extracted relations the named file contributes to (found from the documents it describes). */
export function fileRelationKeys(name: string): CypherStatement {
  return statement(
    `MATCH (f:File {name: $name})-[:${DESCRIBES}]->(:Document)-[r {kind: '${FILE}'}]-(:Document)
     WHERE $name IN r.files
     RETURN DISTINCT type(r) AS type, startNode(r).id AS sourceId, endNode(r).id AS targetId`,
    { name },
  );
}

export function deleteFile(name: string): CypherStatement {
  return statement(`MATCH (f:File {name: $name}) DETACH DELETE f`, { name });
}

export function createFile(file: { name: string; hash: string; length: number }, ingestedAt: string): CypherStatement {
  return statement(`CREATE (:File {name: $name, hash: $hash, length: $length, ingestedAt: $ingestedAt})`, {
    name: file.name,
    hash: file.hash,
    length: toInteger(file.length),
    ingestedAt,
  });
}

export interface DescribeRow {
  id: string;
  /** JSON of the node as this file describes it. */
  data: string;
  /** Reuse buckets this file gives the node (documents only; empty otherwise). */
  buckets: string[];
}

/** Records one file's description of each node; the node itself is created bare if new, then materialised. */
export function describeNodes(label: ContributedLabel, fileName: string, rows: readonly DescribeRow[]): CypherStatement {
  return statement(
    `MATCH (f:File {name: $fileName})
     UNWIND $rows AS row
     MERGE (n:${Label[label]} {id: row.id})
     CREATE (f)-[:${DESCRIBES} {data: row.data, buckets: row.buckets}]->(n)`,
    { fileName, rows },
  );
}

/** Every file's description of the given nodes, in file-name order. */
export function nodeContributions(label: ContributedLabel, ids: readonly string[]): CypherStatement {
  return statement(
    `UNWIND $ids AS id
     MATCH (n:${Label[label]} {id: id})
     OPTIONAL MATCH (f:File)-[c:${DESCRIBES}]->(n)
     WITH id, f, c ORDER BY f.name
     RETURN id, collect({file: f.name, data: c.data, buckets: c.buckets}) AS contributions`,
    { ids },
  );
}

/** Removes nodes no file describes any more (their relationships go with them). */
export function deleteUndescribedNodes(label: ContributedLabel, ids: readonly string[]): CypherStatement {
  return statement(
    `UNWIND $ids AS id
     MATCH (n:${Label[label]} {id: id})
     WHERE NOT EXISTS { MATCH (:File)-[:${DESCRIBES}]->(n) }
     DETACH DELETE n`,
    { ids },
  );
}

// ------------------------------------------------------ materialisation ----

/** Rows from `mapping.documentProperties`. */
export function setDocuments(rows: readonly Record<string, unknown>[]): CypherStatement {
  return statement(
    `UNWIND $rows AS row
     MERGE (d:Document {id: row.id})
     SET d += row.props, d.issuedOn = CASE WHEN row.issuedOn IS NULL THEN null ELSE date(row.issuedOn) END`,
    { rows },
  );
}

/** Rows `{ id, props }` from `mapping.organizationProperties` and friends. */
export function setNodes(
  label: typeof Label.Organization | typeof Label.Person | typeof Label.Province,
  rows: readonly Record<string, unknown>[],
): CypherStatement {
  return statement(
    `UNWIND $rows AS row
     MERGE (n:${Label[label]} {id: row.id})
     SET n += row.props`,
    { rows },
  );
}

/** Rebuilds a document's links to its issuer, signer, province and recipients from its id properties. */
export function relinkDocuments(ids: readonly string[]): CypherStatement {
  return statement(
    `UNWIND $ids AS id
     MATCH (d:Document {id: id})
     OPTIONAL MATCH (d)-[l:${LINK_TYPES}]->()
     DELETE l
     WITH DISTINCT d
     CALL (d) {
       MATCH (o:Organization {id: d.issuerId})
       MERGE (d)-[:${LinkType.ISSUED_BY}]->(o)
     }
     CALL (d) {
       MATCH (p:Person {id: d.signerId})
       MERGE (d)-[:${LinkType.SIGNED_BY}]->(p)
     }
     CALL (d) {
       MATCH (p:Province {id: d.provinceId})
       MERGE (d)-[:${LinkType.IN_PROVINCE}]->(p)
     }
     CALL (d) {
       UNWIND range(0, size(coalesce(d.recipientIds, [])) - 1) AS position
       MATCH (o:Organization {id: d.recipientIds[position]})
       MERGE (d)-[:${LinkType.ADDRESSED_TO} {position: position}]->(o)
     }`,
    { ids },
  );
}

/** Links documents written before their province node existed. */
export function linkProvinces(ids: readonly string[]): CypherStatement {
  return statement(
    `UNWIND $ids AS id
     MATCH (p:Province {id: id})
     MATCH (d:Document {provinceId: id})
     MERGE (d)-[:${LinkType.IN_PROVINCE}]->(p)`,
    { ids },
  );
}

export function linkIssuers(ids: readonly string[]): CypherStatement {
  return statement(
    `UNWIND $ids AS id
     MATCH (o:Organization {id: id})
     MATCH (d:Document {issuerId: id})
     MERGE (d)-[:${LinkType.ISSUED_BY}]->(o)`,
    { ids },
  );
}

export function linkSigners(ids: readonly string[]): CypherStatement {
  return statement(
    `UNWIND $ids AS id
     MATCH (p:Person {id: id})
     MATCH (d:Document {signerId: id})
     MERGE (d)-[:${LinkType.SIGNED_BY}]->(p)`,
    { ids },
  );
}

// ------------------------------------------------------------ relations ----

export interface RelationKeyParam {
  type: RelationType;
  sourceId: string;
  targetId: string;
}

/** The per-file contributions (JSON strings) of extracted relations. */
export function relationContributions(keys: readonly RelationKeyParam[]): CypherStatement {
  return statement(
    `UNWIND $keys AS k
     MATCH (s:Document {id: k.sourceId})-[r {kind: '${FILE}'}]->(t:Document {id: k.targetId})
     WHERE type(r) = k.type
     RETURN k.type AS type, k.sourceId AS sourceId, k.targetId AS targetId, r.contributions AS contributions`,
    { keys },
  );
}

export interface FileRelationRow {
  sourceId: string;
  targetId: string;
  evidence: string;
  confidence: number;
  contributions: string[];
  files: string[];
}

/** MERGE on (source, type, target, kind): writing the same relation again changes nothing. */
export function upsertFileRelations(type: RelationType, rows: readonly FileRelationRow[]): CypherStatement {
  return statement(
    `UNWIND $rows AS row
     MATCH (s:Document {id: row.sourceId})
     MATCH (t:Document {id: row.targetId})
     MERGE (s)-[r:${RELATION_REL_TYPE[type]} {kind: '${FILE}'}]->(t)
     SET r.evidence = row.evidence, r.confidence = row.confidence,
         r.contributions = row.contributions, r.files = row.files`,
    { rows },
  );
}

export function deleteFileRelations(keys: readonly RelationKeyParam[]): CypherStatement {
  return statement(
    `UNWIND $keys AS k
     MATCH (s:Document {id: k.sourceId})-[r {kind: '${FILE}'}]->(t:Document {id: k.targetId})
     WHERE type(r) = k.type
     DELETE r`,
    { keys },
  );
}

/** Every document relationship touching the given documents, with its stored properties (for merging nodes). */
export function relationshipsOfDocuments(ids: readonly string[]): CypherStatement {
  return statement(
    `UNWIND $ids AS id
     MATCH (d:Document {id: id})-[r:${DOC_REL_TYPES}]-(:Document)
     WITH DISTINCT r
     RETURN type(r) AS type, r.kind AS kind, startNode(r).id AS sourceId, endNode(r).id AS targetId,
            r.evidence AS evidence, r.confidence AS confidence, r.contributions AS contributions`,
    { ids },
  );
}

/**
 * Recomputes `effective` on every document relationship touching the given
 * documents: extracted and reuse relations unless a `remove` correction names
 * them (reuse also yields to an extracted REPEATS of the same pair); a
 * correction's mirror unless the pair is already related by extraction.
 * Reads then filter on one property instead of repeating this logic.
 */
export function refreshEffective(ids: readonly string[]): CypherStatement {
  return statement(
    `UNWIND $ids AS id
     MATCH (:Document {id: id})-[r:${DOC_REL_TYPES}]-(:Document)
     WITH DISTINCT r
     WITH r, startNode(r) AS s, endNode(r) AS t, type(r) AS relType
     WITH r, s, t, relType,
          EXISTS { MATCH (c:Correction {action: 'remove', type: relType, sourceId: s.id, targetId: t.id}) } AS removed
     SET r.effective = CASE r.kind
       WHEN '${FILE}' THEN NOT removed
       WHEN '${REUSE}' THEN NOT removed AND NOT EXISTS { MATCH (s)-[x:${RELATION_REL_TYPE.REPEATS} {kind: '${FILE}'}]->(t) }
       ELSE NOT EXISTS { MATCH (s)-[x]->(t) WHERE type(x) = relType AND x.kind <> '${CORRECTION}' }
     END`,
    { ids },
  );
}

// ---------------------------------------------------------- corrections ----

export interface CorrectionParam {
  action: 'add' | 'remove';
  type: RelationType;
  sourceId: string;
  targetId: string;
  note: string | null;
  createdBy: string;
  createdAt: string;
  /** JSON of the evidence an `add` shows: the note, when there is one. */
  evidence: string;
}

/** Idempotent per (action, type, source, target): the first record stands. */
export function mergeCorrection(correction: CorrectionParam): CypherStatement {
  return statement(
    `MERGE (c:Correction {action: $action, type: $type, sourceId: $sourceId, targetId: $targetId})
     ON CREATE SET c.note = $note, c.createdBy = $createdBy, c.createdAt = $createdAt, c.evidence = $evidence`,
    { ...correction },
  );
}

/** The newest word on a relation wins: adding drops an earlier removal and vice versa. */
export function deleteOppositeCorrection(correction: CorrectionParam): CypherStatement {
  return statement(
    `MATCH (c:Correction {action: $opposite, type: $type, sourceId: $sourceId, targetId: $targetId})
     DETACH DELETE c`,
    {
      opposite: correction.action === 'add' ? 'remove' : 'add',
      type: correction.type,
      sourceId: correction.sourceId,
      targetId: correction.targetId,
    },
  );
}

/** Drops the traversable mirror of a withdrawn `add`. */
export function deleteCorrectionEdge(type: RelationType, sourceId: string, targetId: string): CypherStatement {
  return statement(
    `MATCH (:Document {id: $sourceId})-[r:${RELATION_REL_TYPE[type]} {kind: '${CORRECTION}'}]->(:Document {id: $targetId})
     DELETE r`,
    { sourceId, targetId },
  );
}

/** (Re)creates the traversable mirror of every `add` correction of this type touching the given documents. */
export function syncCorrectionEdges(type: RelationType, ids: readonly string[]): CypherStatement {
  return statement(
    `UNWIND $ids AS id
     MATCH (c:Correction {action: 'add', type: $type})
     WHERE c.sourceId = id OR c.targetId = id
     WITH DISTINCT c
     MATCH (s:Document {id: c.sourceId})
     MATCH (t:Document {id: c.targetId})
     MERGE (s)-[r:${RELATION_REL_TYPE[type]} {kind: '${CORRECTION}'}]->(t)
     SET r.evidence = c.evidence, r.confidence = 1.0, r.createdBy = c.createdBy, r.createdAt = c.createdAt`,
    { ids, type },
  );
}

export function allCorrections(): CypherStatement {
  return statement(
    `MATCH (c:Correction)
     RETURN c.action AS action, c.type AS type, c.sourceId AS sourceId, c.targetId AS targetId,
            c.note AS note, c.createdBy AS createdBy, c.createdAt AS createdAt
     ORDER BY c.createdAt, c.sourceId, c.type, c.targetId, c.action`,
  );
}

// ---------------------------------------------------------------- reuse ----

export function deleteReuseRelations(sourceIds: readonly string[]): CypherStatement {
  return statement(
    `UNWIND $sourceIds AS id
     MATCH (:Document {id: id})-[r:${RELATION_REL_TYPE.REPEATS} {kind: '${REUSE}'}]->(t:Document)
     DELETE r
     RETURN DISTINCT t.id AS targetId`,
    { sourceIds },
  );
}

export interface ReuseRelationRow {
  sourceId: string;
  targetId: string;
  evidence: string;
  confidence: number;
}

export function createReuseRelations(rows: readonly ReuseRelationRow[]): CypherStatement {
  return statement(
    `UNWIND $rows AS row
     MATCH (s:Document {id: row.sourceId})
     MATCH (t:Document {id: row.targetId})
     MERGE (s)-[r:${RELATION_REL_TYPE.REPEATS} {kind: '${REUSE}'}]->(t)
     SET r.evidence = row.evidence, r.confidence = row.confidence`,
    { rows },
  );
}

/** In-corpus documents whose bucket index matches any bucket of the Lucene query. */
export function reuseCandidateIds(luceneQuery: string): CypherStatement {
  return statement(
    `CALL db.index.fulltext.queryNodes($index, $query) YIELD node
     WHERE node.inCorpus
     RETURN node.id AS documentId`,
    { index: FULLTEXT_BUCKETS, query: luceneQuery },
  );
}

/** Exact shared-bucket counts for the candidates, most shared first. */
export function reuseSharedCounts(ids: readonly string[], buckets: readonly string[], limit: number): CypherStatement {
  return statement(
    `UNWIND $ids AS id
     MATCH (d:Document {id: id})
     WITH d, size([b IN d.reuseBuckets WHERE b IN $buckets]) AS shared
     WHERE shared > 0
     RETURN d.id AS documentId, shared
     ORDER BY shared DESC, documentId
     LIMIT $limit`,
    { ids, buckets, limit: toInteger(limit) },
  );
}

// ------------------------------------------------- undated instruments ----

/** Reference-only undated numbered instruments with exactly one dated document of the same scope and code. */
export function numberedUndatedMerges(): CypherStatement {
  return statement(
    `MATCH (u:Document)
     WHERE u.inCorpus = false AND u.year IS NULL AND u.issuedOn IS NULL AND u.code IS NOT NULL
     CALL (u) {
       MATCH (d:Document {code: u.code})
       WHERE d.scope = u.scope AND d.id <> u.id AND (d.year IS NOT NULL OR d.issuedOn IS NOT NULL)
       RETURN collect(d.id) AS matches
     }
     WITH u, matches WHERE size(matches) = 1
     RETURN u.id AS undatedId, matches[0] AS datedId
     ORDER BY undatedId`,
  );
}

/** Reference-only undated unnumbered instruments with exactly one dated one of the same scope, type and issuer. */
export function unnumberedUndatedMerges(): CypherStatement {
  return statement(
    `MATCH (u:Document)
     WHERE u.inCorpus = false AND u.year IS NULL AND u.issuedOn IS NULL AND u.code IS NULL AND u.issuerId IS NOT NULL
     CALL (u) {
       MATCH (d:Document {scope: u.scope, type: u.type})
       WHERE d.id <> u.id AND d.code IS NULL AND d.issuerId = u.issuerId AND (d.year IS NOT NULL OR d.issuedOn IS NOT NULL)
       RETURN collect(d.id) AS matches
     }
     WITH u, matches WHERE size(matches) = 1
     RETURN u.id AS undatedId, matches[0] AS datedId
     ORDER BY undatedId`,
  );
}

export interface MovedDescriptionRow {
  fileName: string;
  /** The dated document the description now describes. */
  id: string;
  data: string;
  buckets: string[];
}

/** A citing file's description follows its relations to the dated node, unless that file already describes it. */
export function moveDescriptions(rows: readonly MovedDescriptionRow[]): CypherStatement {
  return statement(
    `UNWIND $rows AS row
     MATCH (f:File {name: row.fileName})
     MATCH (n:Document {id: row.id})
     WHERE NOT EXISTS { MATCH (f)-[:${DESCRIBES}]->(n) }
     CREATE (f)-[:${DESCRIBES} {data: row.data, buckets: row.buckets}]->(n)`,
    { rows },
  );
}

export function deleteDocuments(ids: readonly string[]): CypherStatement {
  return statement(
    `UNWIND $ids AS id
     MATCH (d:Document {id: id})
     DETACH DELETE d`,
    { ids },
  );
}

// ---------------------------------------------------------------- reads ----

/** Stored properties of nodes by id (`issuedOn` comes back as a Neo4j Date; `mapping.ts` converts). */
export function nodesByIds(label: ContributedLabel, ids: readonly string[]): CypherStatement {
  return statement(
    `UNWIND $ids AS id
     MATCH (n:${Label[label]} {id: id})
     RETURN n.id AS id, properties(n) AS props`,
    { ids },
  );
}

export interface DocumentFilterParams {
  code: string | null;
  type: string | null;
  /** `matchKey` of the province name fragment. */
  province: string | null;
  /** `matchKey` of the issuer name fragment. */
  issuer: string | null;
  inCorpus: boolean | null;
  issuedFrom: string | null;
  issuedTo: string | null;
  /** Lucene query over the folded full-text properties, or null for no text filter. */
  text: string | null;
}

/** Parameters of the filter; the text ones only when the full-text source is used. */
function filterParams(filter: DocumentFilterParams): Record<string, unknown> {
  const { text, ...rest } = filter;
  return text === null ? rest : { ...rest, text, index: FULLTEXT_DOCUMENTS };
}

function documentSource(filter: DocumentFilterParams): string {
  // Two fixed texts: with a text filter the full-text index is the source of rows.
  return filter.text === null
    ? 'MATCH (d:Document)'
    : 'CALL db.index.fulltext.queryNodes($index, $text) YIELD node AS d';
}

const DOCUMENT_FILTER = `($code IS NULL OR d.code = $code)
  AND ($type IS NULL OR d.type = $type)
  AND ($inCorpus IS NULL OR d.inCorpus = $inCorpus)
  AND ($issuedFrom IS NULL OR d.issuedOn >= date($issuedFrom))
  AND ($issuedTo IS NULL OR d.issuedOn <= date($issuedTo))
  AND ($province IS NULL OR EXISTS { MATCH (p:Province {id: d.provinceId}) WHERE p.nameKey CONTAINS $province })
  AND ($issuer IS NULL OR EXISTS { MATCH (o:Organization {id: d.issuerId}) WHERE o.nameKey CONTAINS $issuer })`;

export function countDocuments(filter: DocumentFilterParams): CypherStatement {
  return statement(
    `${documentSource(filter)}
     WHERE ${DOCUMENT_FILTER}
     RETURN count(d) AS total`,
    filterParams(filter),
  );
}

/** One keyset page: rows after `afterKey` in `sortKey` order, one extra to tell whether another page follows. */
export function documentPage(filter: DocumentFilterParams, afterKey: string | null, first: number): CypherStatement {
  return statement(
    `${documentSource(filter)}
     WHERE ${DOCUMENT_FILTER}
       AND ($afterKey IS NULL OR d.sortKey > $afterKey)
     RETURN d.id AS id, properties(d) AS props
     ORDER BY d.sortKey
     LIMIT $limit`,
    { ...filterParams(filter), afterKey, limit: toInteger(first + 1) },
  );
}

export function documentExists(id: string): CypherStatement {
  return statement(`MATCH (d:Document {id: $id}) RETURN d.id AS id`, { id });
}

const RELATION_FIELDS = `type(r) AS type, startNode(r).id AS sourceId, endNode(r).id AS targetId,
  r.evidence AS evidence, r.confidence AS confidence, r.kind AS kind, r.createdBy AS createdBy, r.createdAt AS createdAt`;

/** Effective relations of the anchors, ordered by (anchor id, type, other end id). */
export function relationsOf(ids: readonly string[], direction: Direction, types: readonly RelationType[]): CypherStatement {
  const pattern = direction === Direction.OUT ? '(a)-[r]->(b:Document)' : '(a)<-[r]-(b:Document)';
  return statement(
    `UNWIND $ids AS anchorId
     MATCH (a:Document {id: anchorId})
     MATCH ${pattern}
     WHERE r.effective AND type(r) IN $types
     RETURN anchorId, b.id AS otherId, ${RELATION_FIELDS}
     ORDER BY anchorId, type, otherId`,
    { ids, types },
  );
}

function chainPattern(direction: ChainDirection, from: string, rel: string, to: string): string {
  return direction === 'UPSTREAM' ? `(${from})-[${rel}]->(${to})` : `(${from})<-[${rel}]-(${to})`;
}

/** Documents reachable from the root within `maxDepth` effective hops, each with its least depth. */
export function chainReach(
  rootId: string,
  direction: ChainDirection,
  types: readonly RelationType[],
  maxDepth: number,
): CypherStatement {
  return statement(
    `MATCH (root:Document {id: $rootId})
     MATCH p = ${chainPattern(direction, 'root', `rels:${DOC_REL_TYPES}${depthRange(maxDepth)}`, 'x:Document')}
     WHERE all(r IN rels WHERE r.effective AND type(r) IN $types)
     RETURN x.id AS id, min(length(p)) AS depth`,
    { rootId, types },
  );
}

/** Effective relations leaving the frontier (in the chain's direction) into the reached set. */
export function chainEdges(
  frontier: readonly string[],
  reached: readonly string[],
  direction: ChainDirection,
  types: readonly RelationType[],
): CypherStatement {
  return statement(
    `UNWIND $frontier AS id
     MATCH ${chainPattern(direction, 'a:Document {id: id}', 'r', 'b:Document')}
     WHERE r.effective AND type(r) IN $types AND b.id IN $reached
     RETURN ${RELATION_FIELDS}`,
    { frontier, reached, types },
  );
}

/** Every shortest path (the store picks one by a fixed rule, so both stores answer alike). */
export function shortestPaths(
  fromId: string,
  toId: string,
  types: readonly RelationType[],
  maxDepth: number,
): CypherStatement {
  return statement(
    `MATCH p = allShortestPaths((a:Document {id: $fromId})-[rels:${DOC_REL_TYPES}${depthRange(maxDepth)}]->(b:Document {id: $toId}))
     WHERE all(r IN rels WHERE r.effective AND type(r) IN $types)
     RETURN p`,
    { fromId, toId, types },
  );
}

/**
 * The responses of every province in one aggregation. Direct responders are
 * a province's documents related to the target; with `viaProvincial` a
 * document also responds when it reaches a responder through documents of
 * that responder's province (a UBND letter implementing the Tỉnh ủy letter
 * that implements the Politburo's conclusion). Starting the walk from each
 * responder makes its province known during the expansion, so the
 * same-province rule prunes it.
 */
export function provinceResponses(
  targetId: string,
  types: readonly RelationType[],
  viaProvincial: boolean,
): CypherStatement {
  // Two fixed texts: the direct question needs no variable-length expansion.
  const responders = viaProvincial
    ? `MATCH p = (d:Document)-[rels:${DOC_REL_TYPES}*0..${MAX_TRAVERSAL_DEPTH - 1}]->(r)
       WHERE d <> t AND all(x IN rels WHERE x.effective AND type(x) IN $types)
         AND all(n IN nodes(p) WHERE n.provinceId = r.provinceId)
       WITH DISTINCT d`
    : 'WITH r AS d';
  return statement(
    `MATCH (t:Document {id: $targetId})
     MATCH (r:Document)-[direct:${DOC_REL_TYPES}]->(t)
     WHERE direct.effective AND type(direct) IN $types AND r.provinceId IS NOT NULL AND r <> t
     WITH DISTINCT t, r
     ${responders}
     OPTIONAL MATCH (province:Province {id: d.provinceId})
     WITH d.provinceId AS provinceId, province.nameKey AS nameKey, d ORDER BY d.sortKey
     WITH provinceId, nameKey, collect(d.id) AS documentIds, min(d.issuedOn) AS firstIssuedOn
     RETURN provinceId, documentIds, firstIssuedOn
     ORDER BY firstIssuedOn IS NULL, firstIssuedOn, nameKey, provinceId`,
    { targetId, types },
  );
}

export function findByCode(code: string, scope: string | null, year: number | null): CypherStatement {
  return statement(
    `MATCH (d:Document {code: $code})
     WHERE ($scope IS NULL OR d.scope = $scope) AND ($year IS NULL OR d.year = $year)
     RETURN d.id AS id, properties(d) AS props
     ORDER BY d.sortKey`,
    { code, scope, year: year === null ? null : toInteger(year) },
  );
}

export function searchDocuments(luceneQuery: string, limit: number): CypherStatement {
  return statement(
    `CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
     RETURN node.id AS id, properties(node) AS props, score
     ORDER BY score DESC, id
     LIMIT $limit`,
    { index: FULLTEXT_DOCUMENTS, query: luceneQuery, limit: toInteger(limit) },
  );
}

/** Organisations or persons by name order, with the documents they issued or signed. */
export function namedNodePage(
  label: typeof Label.Organization | typeof Label.Person,
  afterKey: string | null,
  first: number,
): CypherStatement {
  // Counted by id property (indexed), so a count never depends on a link being present.
  const count =
    label === Label.Organization
      ? 'COUNT { MATCH (d:Document) WHERE d.issuerId = n.id }'
      : 'COUNT { MATCH (d:Document) WHERE d.signerId = n.id }';
  return statement(
    `MATCH (n:${Label[label]})
     WHERE $afterKey IS NULL OR n.sortKey > $afterKey
     WITH n ORDER BY n.sortKey LIMIT $limit
     RETURN n.id AS id, properties(n) AS props, ${count} AS documentCount
     ORDER BY n.sortKey`,
    { afterKey, limit: toInteger(first + 1) },
  );
}

export function countNodes(label: ContributedLabel): CypherStatement {
  return statement(`MATCH (n:${Label[label]}) RETURN count(n) AS total`);
}

export function provincesWithCounts(): CypherStatement {
  return statement(
    `MATCH (p:Province)
     RETURN p.id AS id, properties(p) AS props, COUNT { MATCH (d:Document) WHERE d.provinceId = p.id } AS documentCount
     ORDER BY p.nameKey, p.id`,
  );
}

// ---------------------------------------------------------------- stats ----

export function documentTotals(): CypherStatement {
  return statement(
    `MATCH (d:Document)
     RETURN count(d) AS documents, count(CASE WHEN d.inCorpus THEN 1 END) AS inCorpus`,
  );
}

export function relationsByType(): CypherStatement {
  return statement(
    `MATCH (:Document)-[r:${DOC_REL_TYPES}]->(:Document)
     WHERE r.effective
     RETURN type(r) AS type, count(r) AS count
     ORDER BY count DESC, type`,
  );
}

export function documentsByProvince(): CypherStatement {
  return statement(
    `MATCH (d:Document)
     WHERE d.provinceId IS NOT NULL
     RETURN d.provinceId AS provinceId, count(d) AS count
     ORDER BY count DESC, provinceId`,
  );
}

export function documentsByType(): CypherStatement {
  return statement(
    `MATCH (d:Document)
     RETURN d.type AS type, count(d) AS count
     ORDER BY count DESC, type`,
  );
}

/** Documents cited by the most documents, "cited" meaning any citing relation type. */
export function mostCited(citingTypes: readonly RelationType[], limit: number): CypherStatement {
  return statement(
    `MATCH (s:Document)-[r]->(d:Document)
     WHERE r.effective AND type(r) IN $types
     RETURN d.id AS documentId, count(DISTINCT s) AS count
     ORDER BY count DESC, documentId
     LIMIT $limit`,
    { types: citingTypes, limit: toInteger(limit) },
  );
}

// ----------------------------------------------------------------- dump ----

export function allNodes(label: ContributedLabel): CypherStatement {
  return statement(
    `MATCH (n:${Label[label]})
     RETURN n.id AS id, properties(n) AS props
     ORDER BY n.id`,
  );
}

export function allEffectiveRelations(): CypherStatement {
  return statement(
    `MATCH (s:Document)-[r:${DOC_REL_TYPES}]->(t:Document)
     WHERE r.effective
     RETURN ${RELATION_FIELDS}
     ORDER BY sourceId, type, targetId`,
  );
}
