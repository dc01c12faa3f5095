import { Direction, type ChainDirection } from '../../domain/direction';
import { InvalidArgumentError, NotFoundError } from '../../domain/errors';
import type {
  DocumentNode,
  FileGraph,
  OrganizationNode,
  PersonNode,
  ProvinceNode,
  RelationCorrection,
  RelationEdge,
  RelationRecord,
} from '../../domain/graph';
import { assertWellFormedId } from '../../domain/identity';
import { ALL_RELATION_TYPES, CITING_RELATION_TYPES, RelationType } from '../../domain/relation-type';
import { matchKey } from '../../shared/fold';
import type {
  CountedPage,
  DocumentPage,
  DocumentQuery,
  GraphDump,
  GraphStats,
  GraphStore,
  PageRequest,
  ProvinceResponseRecord,
  SearchHit,
  Subgraph,
  WriteSummary,
} from '../port';
import { assertPageSize, decodeCursor, encodeCursor } from '../shared/cursor';
import { markedSnippet, queryTerms } from '../shared/full-text';
import { mergeDocuments, mergeOrganizations, mergePersons, mergeProvinces, type Contribution } from '../shared/merge-nodes';
import { typesOrAll } from '../shared/relation-types';
import { validateCorrection } from '../shared/validate-correction';
import { documentSortKey } from '../shared/sort-key';
import * as C from './cypher';
import type { Neo4jExecutor, Row, StatementRunner } from './executor';
import { allTermsQuery, anyTermQuery } from './lucene-query';
import { pickShortestPath } from './path-choice';
import {
  correctionFromRow,
  documentFromProperties,
  documentProperties,
  organizationFromProperties,
  organizationProperties,
  personFromProperties,
  personProperties,
  provinceFromProperties,
  provinceProperties,
  relationRecordFromRow,
  subgraphFromPath,
  toIsoDate,
  toNumber,
} from './mapping';
import {
  combineContributions,
  fileRelationRow,
  parseContributions,
  parseRelationKey,
  relationKeyString,
  withoutFile,
  type RelationContribution,
} from './relation-contributions';
import { validateFileGraph } from './validate-file-graph';
import { CONTRIBUTED_LABELS, Label, RelationKind, type ContributedLabel } from './vocabulary';

const MOST_CITED_LIMIT = 10;
const BUCKET_QUERY_CHUNK = 500;

type Touched = Map<ContributedLabel, Set<string>>;

/**
 * `GraphStore` over Neo4j. Each port call is one managed transaction; all
 * Cypher comes from `cypher.ts`, all driver traffic goes through the
 * executor, all value conversion through `mapping.ts`. Contributions are
 * merged with the SQLite store's pure rules (`sqlite/merge-nodes.ts`), so the
 * two stores answer the contract alike.
 */
export class Neo4jGraphStore implements GraphStore {
  readonly kind = 'neo4j' as const;

  constructor(
    private readonly executor: Neo4jExecutor,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  // ------------------------------------------------------------ writes ----

  async writeFile(graph: FileGraph): Promise<WriteSummary> {
    validateFileGraph(graph);
    const ingestedAt = this.clock().toISOString();
    return this.executor.write((tx) => this.writeFileIn(tx, graph, ingestedAt));
  }

  async writeFiles(graphs: readonly FileGraph[]): Promise<WriteSummary[]> {
    graphs.forEach(validateFileGraph);
    if (graphs.length === 0) return [];
    const ingestedAt = this.clock().toISOString();
    // File after file in one transaction: each sees what the ones before it wrote.
    return this.executor.write(async (tx) => {
      const summaries: WriteSummary[] = [];
      for (const graph of graphs) summaries.push(await this.writeFileIn(tx, graph, ingestedAt));
      return summaries;
    });
  }

  private async writeFileIn(tx: StatementRunner, graph: FileGraph, ingestedAt: string): Promise<WriteSummary> {
    const summary: WriteSummary = { skipped: false, documents: graph.documents.length, relations: graph.relations.length };
    if ((await tx.run(C.fileByHash(graph.file.hash))).length > 0) return { ...summary, skipped: true };
    const name = graph.file.name;
    const touched = emptyTouched();
    for (const row of await tx.run(C.fileDescribedNodes(name))) {
      touched.get(row.label as ContributedLabel)?.add(String(row.id));
    }
    const relationKeys = new Set((await tx.run(C.fileRelationKeys(name))).map((r) => relationKeyString(keyOf(r))));

    await tx.run(C.deleteFile(name));
    await tx.run(C.createFile(graph.file, ingestedAt));
    const buckets = new Map(graph.signatures.map((s) => [s.documentId, s.buckets]));
    const described: Array<[ContributedLabel, Array<{ id: string }>]> = [
      [Label.Province, graph.provinces],
      [Label.Organization, graph.organizations],
      [Label.Person, graph.persons],
      [Label.Document, graph.documents],
    ];
    for (const [label, nodes] of described) {
      if (nodes.length === 0) continue;
      const rows = nodes.map((n) => ({ id: n.id, data: JSON.stringify(n), buckets: buckets.get(n.id) ?? [] }));
      await tx.run(C.describeNodes(label, name, rows));
      nodes.forEach((n) => touched.get(label)?.add(n.id));
    }
    await this.materialize(tx, touched);

    const fresh = new Map<string, RelationContribution>();
    for (const rel of graph.relations) {
      const key = relationKeyString(rel);
      relationKeys.add(key);
      fresh.set(key, { file: name, evidence: rel.evidence, confidence: rel.confidence });
    }
    const keys = [...relationKeys].map(parseRelationKey);
    const stored = await this.storedContributions(tx, keys);
    const next = new Map<string, RelationContribution[]>();
    for (const key of keys) {
      const k = relationKeyString(key);
      const own = fresh.get(k);
      next.set(k, [...withoutFile(stored.get(k) ?? [], name), ...(own ? [own] : [])]);
    }
    await this.writeFileRelations(tx, next);

    const docIds = new Set(touched.get(Label.Document));
    keys.forEach((k) => docIds.add(k.sourceId).add(k.targetId));
    await this.refreshDerived(tx, [...docIds]);
    return summary;
  }

  async hasFile(hash: string): Promise<boolean> {
    return this.executor.read(async (tx) => (await tx.run(C.fileByHash(hash))).length > 0);
  }

  async applyCorrection(correction: RelationCorrection): Promise<void> {
    validateCorrection(correction);
    const param: C.CorrectionParam = {
      ...correction,
      evidence: JSON.stringify(correction.note === null ? [] : [{ text: correction.note, span: null }]),
    };
    await this.executor.write(async (tx) => {
      await assertDocumentsExist(tx, [correction.sourceId, correction.targetId]);
      await tx.run(C.deleteOppositeCorrection(param));
      if (correction.action === 'remove') {
        await tx.run(C.deleteCorrectionEdge(correction.type, correction.sourceId, correction.targetId));
      }
      await tx.run(C.mergeCorrection(param));
      if (correction.action === 'add') await tx.run(C.syncCorrectionEdges(correction.type, [correction.sourceId]));
      await tx.run(C.refreshEffective([correction.sourceId, correction.targetId]));
    });
  }

  async mergeUndatedInstruments(): Promise<number> {
    return this.executor.write(async (tx) => {
      const pairRows = [...(await tx.run(C.numberedUndatedMerges())), ...(await tx.run(C.unnumberedUndatedMerges()))];
      const datedOf = new Map(pairRows.map((r) => [String(r.undatedId), String(r.datedId)]));
      if (datedOf.size === 0) return 0;
      const undatedIds = [...datedOf.keys()];
      const repoint = (id: string): string => datedOf.get(id) ?? id;

      // Each file's share of each relation follows the undated node to the dated one.
      const moved = new Map<string, RelationContribution[]>();
      const touchedDocs = new Set<string>(datedOf.values());
      for (const row of await tx.run(C.relationshipsOfDocuments(undatedIds))) {
        if (row.kind !== RelationKind.File) continue;
        const key = { type: row.type as RelationType, sourceId: repoint(String(row.sourceId)), targetId: repoint(String(row.targetId)) };
        touchedDocs.add(key.sourceId).add(key.targetId);
        if (key.sourceId === key.targetId) continue;
        const k = relationKeyString(key);
        moved.set(k, combineContributions(moved.get(k) ?? [], parseContributions(row.contributions)));
      }
      const stored = await this.storedContributions(tx, [...moved.keys()].map(parseRelationKey));
      const next = new Map([...moved].map(([k, list]) => [k, combineContributions(stored.get(k) ?? [], list)]));

      const descriptions: C.MovedDescriptionRow[] = [];
      for (const row of await tx.run(C.nodeContributions(Label.Document, undatedIds))) {
        const datedId = repoint(String(row.id));
        for (const c of contributionsOf(row)) {
          const node = { ...(JSON.parse(c.data) as DocumentNode), id: datedId };
          descriptions.push({ fileName: c.file, id: datedId, data: JSON.stringify(node), buckets: c.buckets });
        }
      }
      await tx.run(C.moveDescriptions(descriptions));
      await tx.run(C.deleteDocuments(undatedIds));
      await this.writeFileRelations(tx, next);
      const touched = emptyTouched();
      datedOf.forEach((dated) => touched.get(Label.Document)?.add(dated));
      await this.materialize(tx, touched);
      await this.refreshDerived(tx, [...touchedDocs].filter((id) => !datedOf.has(id)));
      return datedOf.size;
    });
  }

  async reuseCandidates(buckets: readonly string[], limit: number): Promise<Array<{ documentId: string; shared: number }>> {
    assertPageSize(limit);
    const unique = [...new Set(buckets)];
    if (unique.length === 0 || limit === 0) return [];
    return this.executor.read(async (tx) => {
      const candidates = new Set<string>();
      for (let i = 0; i < unique.length; i += BUCKET_QUERY_CHUNK) {
        const query = anyTermQuery(unique.slice(i, i + BUCKET_QUERY_CHUNK));
        for (const row of await tx.run(C.reuseCandidateIds(query))) candidates.add(String(row.documentId));
      }
      if (candidates.size === 0) return [];
      const rows = await tx.run(C.reuseSharedCounts([...candidates], unique, limit));
      return rows.map((r) => ({ documentId: String(r.documentId), shared: toNumber(r.shared) }));
    });
  }

  async replaceReuseRelations(sourceIds: readonly string[], relations: readonly RelationEdge[]): Promise<void> {
    sourceIds.forEach((id) => assertWellFormedId(id, 'doc'));
    for (const r of relations) {
      if (r.type !== RelationType.REPEATS) {
        throw new InvalidArgumentError(`replaceReuseRelations takes REPEATS relations only, got ${r.type}.`);
      }
      if (r.sourceId === r.targetId) throw new InvalidArgumentError(`A document cannot repeat itself (${r.sourceId}).`);
    }
    await this.executor.write(async (tx) => {
      const touched = new Set(sourceIds);
      for (const row of await tx.run(C.deleteReuseRelations([...new Set(sourceIds)]))) touched.add(String(row.targetId));
      const rows = relations.map((r) => ({
        sourceId: r.sourceId,
        targetId: r.targetId,
        evidence: JSON.stringify(r.evidence),
        confidence: r.confidence,
      }));
      if (rows.length > 0) await tx.run(C.createReuseRelations(rows));
      relations.forEach((r) => touched.add(r.sourceId).add(r.targetId));
      await tx.run(C.refreshEffective([...touched]));
    });
  }

  // ------------------------------------------------------------- reads ----

  async getDocuments(ids: readonly string[]): Promise<(DocumentNode | null)[]> {
    return this.byIds(Label.Document, 'doc', ids, documentFromProperties);
  }

  // Whole documents: a narrower read was measured only on the embedded store, where the scale runs are.
  async reuseDocuments(ids: readonly string[]): Promise<(DocumentNode | null)[]> {
    return this.getDocuments(ids);
  }

  async getOrganizations(ids: readonly string[]): Promise<(OrganizationNode | null)[]> {
    return this.byIds(Label.Organization, 'org', ids, organizationFromProperties);
  }

  async getPersons(ids: readonly string[]): Promise<(PersonNode | null)[]> {
    return this.byIds(Label.Person, 'person', ids, personFromProperties);
  }

  async getProvinces(ids: readonly string[]): Promise<(ProvinceNode | null)[]> {
    return this.byIds(Label.Province, 'province', ids, provinceFromProperties);
  }

  async listDocuments(filter: DocumentQuery, page: PageRequest): Promise<DocumentPage> {
    assertPageSize(page.first);
    const afterKey = page.after ? decodeCursor(page.after) : null;
    let text: string | null = null;
    if (filter.text !== undefined) {
      const terms = queryTerms(filter.text);
      // Text without a single word matches nothing rather than everything.
      if (terms.length === 0) return { totalCount: 0, items: [], hasNextPage: false };
      text = allTermsQuery(terms);
    }
    const params: C.DocumentFilterParams = {
      code: filter.code ?? null,
      type: filter.type ?? null,
      province: filter.province === undefined ? null : matchKey(filter.province),
      issuer: filter.issuer === undefined ? null : matchKey(filter.issuer),
      inCorpus: filter.inCorpus ?? null,
      issuedFrom: filter.issuedFrom ?? null,
      issuedTo: filter.issuedTo ?? null,
      text,
    };
    return this.executor.read(async (tx) => {
      const totalCount = toNumber((await tx.run(C.countDocuments(params)))[0]?.total ?? 0);
      const rows = await tx.run(C.documentPage(params, afterKey, page.first));
      return {
        totalCount,
        hasNextPage: rows.length > page.first,
        items: rows.slice(0, page.first).map((row) => {
          const props = row.props as Record<string, unknown>;
          return { node: documentFromProperties(props), cursor: encodeCursor(String(props.sortKey)) };
        }),
      };
    });
  }

  async relations(ids: readonly string[], direction: Direction, types?: readonly RelationType[]): Promise<RelationRecord[]> {
    ids.forEach((id) => assertWellFormedId(id, 'doc'));
    const wanted = typesOrAll(types);
    if (ids.length === 0) return [];
    const rows = await this.executor.read((tx) => tx.run(C.relationsOf([...new Set(ids)], direction, wanted)));
    const records = rows.map(relationRecordFromRow);
    const anchor = (r: RelationRecord): string => (direction === Direction.OUT ? r.sourceId : r.targetId);
    const other = (r: RelationRecord): string => (direction === Direction.OUT ? r.targetId : r.sourceId);
    return records.sort((a, b) => cmp(anchor(a), anchor(b)) || cmp(a.type, b.type) || cmp(other(a), other(b)));
  }

  async chain(rootId: string, direction: ChainDirection, types: readonly RelationType[], maxDepth: number): Promise<Subgraph> {
    assertWellFormedId(rootId, 'doc');
    assertDepth(maxDepth);
    const wanted = typesOrAll(types);
    return this.executor.read(async (tx) => {
      await assertDocumentsExist(tx, [rootId]);
      const depthOf = new Map<string, number>();
      if (maxDepth > 0) {
        for (const row of await tx.run(C.chainReach(rootId, direction, wanted, maxDepth))) {
          depthOf.set(String(row.id), toNumber(row.depth));
        }
      }
      depthOf.set(rootId, 0);
      const documentIds = [...depthOf.keys()].sort((a, b) => depthOf.get(a)! - depthOf.get(b)! || cmp(a, b));
      const frontier = documentIds.filter((id) => depthOf.get(id)! < maxDepth);
      const edges =
        frontier.length === 0 ? [] : (await tx.run(C.chainEdges(frontier, documentIds, direction, wanted))).map(relationRecordFromRow);
      return { rootId, documentIds, relations: sortRelations(edges) };
    });
  }

  async shortestPath(fromId: string, toId: string, types: readonly RelationType[], maxDepth: number): Promise<Subgraph | null> {
    assertWellFormedId(fromId, 'doc');
    assertWellFormedId(toId, 'doc');
    assertDepth(maxDepth);
    const wanted = typesOrAll(types);
    return this.executor.read(async (tx) => {
      await assertDocumentsExist(tx, [fromId, toId]);
      if (fromId === toId) return { rootId: fromId, documentIds: [fromId], relations: [] };
      if (maxDepth === 0) return null;
      const paths = (await tx.run(C.shortestPaths(fromId, toId, wanted, maxDepth))).map((row) =>
        subgraphFromPath(fromId, row.p),
      );
      return pickShortestPath(paths);
    });
  }

  async provinceResponses(
    targetId: string,
    types: readonly RelationType[],
    viaProvincial: boolean,
  ): Promise<ProvinceResponseRecord[]> {
    assertWellFormedId(targetId, 'doc');
    const wanted = typesOrAll(types);
    return this.executor.read(async (tx) => {
      await assertDocumentsExist(tx, [targetId]);
      const rows = await tx.run(C.provinceResponses(targetId, wanted, viaProvincial));
      return rows.map((row) => ({
        provinceId: String(row.provinceId),
        documentIds: (row.documentIds as unknown[]).map(String),
        firstIssuedOn: toIsoDate(row.firstIssuedOn),
      }));
    });
  }

  async findByCode(code: string, narrow?: { scope?: string; year?: number }): Promise<DocumentNode[]> {
    const rows = await this.executor.read((tx) => tx.run(C.findByCode(code, narrow?.scope ?? null, narrow?.year ?? null)));
    return rows.map((row) => documentFromProperties(row.props as Record<string, unknown>));
  }

  async search(text: string, limit: number): Promise<SearchHit[]> {
    assertPageSize(limit);
    const terms = queryTerms(text);
    if (terms.length === 0 || limit === 0) return [];
    const rows = await this.executor.read((tx) => tx.run(C.searchDocuments(allTermsQuery(terms), limit)));
    return rows.map((row) => {
      const doc = documentFromProperties(row.props as Record<string, unknown>);
      return {
        documentId: doc.id,
        snippet:
          (doc.text !== null ? markedSnippet(doc.text, terms) : null) ??
          (doc.subject !== null ? markedSnippet(doc.subject, terms) : null) ??
          (doc.code !== null ? markedSnippet(doc.code, terms) : null) ??
          doc.subject ??
          doc.code ??
          '',
        score: Number(row.score),
      };
    });
  }

  async listOrganizations(page: PageRequest): Promise<CountedPage<OrganizationNode>> {
    return this.namedPage(Label.Organization, page, organizationFromProperties);
  }

  async listPersons(page: PageRequest): Promise<CountedPage<PersonNode>> {
    return this.namedPage(Label.Person, page, personFromProperties);
  }

  async listProvinces(): Promise<Array<{ node: ProvinceNode; documentCount: number }>> {
    const rows = await this.executor.read((tx) => tx.run(C.provincesWithCounts()));
    return rows.map((row) => ({
      node: provinceFromProperties(row.props as Record<string, unknown>),
      documentCount: toNumber(row.documentCount),
    }));
  }

  async stats(): Promise<GraphStats> {
    const citing = [...new Set([RelationType.CITES, ...CITING_RELATION_TYPES])];
    return this.executor.read(async (tx) => {
      const totals = (await tx.run(C.documentTotals()))[0] ?? { documents: 0, inCorpus: 0 };
      const counted = <K extends string>(rows: Row[], key: K): Array<Record<K, string> & { count: number }> =>
        rows.map((r) => ({ [key]: String(r[key]), count: toNumber(r.count) }) as Record<K, string> & { count: number });
      return {
        documents: toNumber(totals.documents),
        inCorpus: toNumber(totals.inCorpus),
        relationsByType: counted(await tx.run(C.relationsByType()), 'type') as GraphStats['relationsByType'],
        documentsByProvince: counted(await tx.run(C.documentsByProvince()), 'provinceId'),
        documentsByType: counted(await tx.run(C.documentsByType()), 'type') as GraphStats['documentsByType'],
        mostCited: counted(await tx.run(C.mostCited(citing, MOST_CITED_LIMIT)), 'documentId'),
      };
    });
  }

  async dump(): Promise<GraphDump> {
    return this.executor.read(async (tx) => {
      const nodes = async <T>(label: ContributedLabel, map: (props: Record<string, unknown>) => T): Promise<T[]> =>
        (await tx.run(C.allNodes(label))).map((row) => map(row.props as Record<string, unknown>));
      const documents = await nodes(Label.Document, documentFromProperties);
      const key = (d: DocumentNode): string => documentSortKey(d.issuedOn, d.code, d.id);
      return {
        provinces: await nodes(Label.Province, provinceFromProperties),
        organizations: await nodes(Label.Organization, organizationFromProperties),
        persons: await nodes(Label.Person, personFromProperties),
        documents: documents.sort((a, b) => cmp(key(a), key(b))),
        relations: (await tx.run(C.allEffectiveRelations())).map(relationRecordFromRow),
        corrections: (await tx.run(C.allCorrections())).map(correctionFromRow),
      };
    });
  }

  async close(): Promise<void> {
    await this.executor.close();
  }

  // ----------------------------------------------------------- helpers ----

  /** Re-merges the touched nodes from every file's description; drops those no file describes. */
  private async materialize(tx: StatementRunner, touched: Touched): Promise<void> {
    for (const label of CONTRIBUTED_LABELS) {
      const ids = [...(touched.get(label) ?? [])];
      if (ids.length === 0) continue;
      const rows = await tx.run(C.nodeContributions(label, ids));
      const present: string[] = [];
      const merged: Array<Record<string, unknown>> = [];
      for (const row of rows) {
        const list = contributionsOf(row);
        if (list.length === 0) continue;
        present.push(String(row.id));
        const parsed = list.map((c) => ({ fileName: c.file, node: JSON.parse(c.data) as unknown }));
        switch (label) {
          case Label.Document: {
            const doc = mergeDocuments(parsed as Contribution<DocumentNode>[]);
            merged.push({ ...documentProperties(doc, list.flatMap((c) => c.buckets)) });
            break;
          }
          case Label.Organization:
            merged.push({ ...organizationProperties(mergeOrganizations(parsed as Contribution<OrganizationNode>[])) });
            break;
          case Label.Person:
            merged.push({ ...personProperties(mergePersons(parsed as Contribution<PersonNode>[])) });
            break;
          case Label.Province:
            merged.push({ ...provinceProperties(mergeProvinces(parsed as Contribution<ProvinceNode>[])) });
            break;
        }
      }
      if (merged.length > 0) {
        await tx.run(label === Label.Document ? C.setDocuments(merged) : C.setNodes(label, merged));
      }
      await tx.run(C.deleteUndescribedNodes(label, ids));
      if (present.length === 0) continue;
      switch (label) {
        case Label.Document:
          await tx.run(C.relinkDocuments(present));
          break;
        case Label.Organization:
          await tx.run(C.linkIssuers(present));
          break;
        case Label.Person:
          await tx.run(C.linkSigners(present));
          break;
        case Label.Province:
          await tx.run(C.linkProvinces(present));
          break;
      }
    }
  }

  private async storedContributions(
    tx: StatementRunner,
    keys: readonly C.RelationKeyParam[],
  ): Promise<Map<string, RelationContribution[]>> {
    if (keys.length === 0) return new Map();
    const rows = await tx.run(C.relationContributions(keys));
    return new Map(rows.map((r) => [relationKeyString(keyOf(r)), parseContributions(r.contributions)]));
  }

  /** Writes each key's contributions; a key left with none loses its relationship. */
  private async writeFileRelations(tx: StatementRunner, next: Map<string, RelationContribution[]>): Promise<void> {
    const gone: C.RelationKeyParam[] = [];
    const byType = new Map<RelationType, C.FileRelationRow[]>();
    for (const [k, list] of next) {
      const key = parseRelationKey(k);
      if (list.length === 0) {
        gone.push(key);
        continue;
      }
      const rows = byType.get(key.type) ?? [];
      rows.push(fileRelationRow(key, list));
      byType.set(key.type, rows);
    }
    if (gone.length > 0) await tx.run(C.deleteFileRelations(gone));
    for (const [type, rows] of byType) await tx.run(C.upsertFileRelations(type, rows));
  }

  /** Correction mirrors and `effective` flags of every relationship touching these documents. */
  private async refreshDerived(tx: StatementRunner, docIds: readonly string[]): Promise<void> {
    if (docIds.length === 0) return;
    for (const type of ALL_RELATION_TYPES) await tx.run(C.syncCorrectionEdges(type, docIds));
    await tx.run(C.refreshEffective(docIds));
  }

  private async byIds<T>(
    label: ContributedLabel,
    kind: 'doc' | 'org' | 'person' | 'province',
    ids: readonly string[],
    map: (props: Record<string, unknown>) => T,
  ): Promise<(T | null)[]> {
    ids.forEach((id) => assertWellFormedId(id, kind));
    if (ids.length === 0) return [];
    const rows = await this.executor.read((tx) => tx.run(C.nodesByIds(label, [...new Set(ids)])));
    const found = new Map(rows.map((row) => [String(row.id), map(row.props as Record<string, unknown>)]));
    return ids.map((id) => found.get(id) ?? null);
  }

  private async namedPage<T>(
    label: typeof Label.Organization | typeof Label.Person,
    page: PageRequest,
    map: (props: Record<string, unknown>) => T,
  ): Promise<CountedPage<T>> {
    assertPageSize(page.first);
    const afterKey = page.after ? decodeCursor(page.after) : null;
    return this.executor.read(async (tx) => {
      const totalCount = toNumber((await tx.run(C.countNodes(label)))[0]?.total ?? 0);
      const rows = await tx.run(C.namedNodePage(label, afterKey, page.first));
      return {
        totalCount,
        hasNextPage: rows.length > page.first,
        items: rows.slice(0, page.first).map((row) => {
          const props = row.props as Record<string, unknown>;
          return { node: map(props), documentCount: toNumber(row.documentCount), cursor: encodeCursor(String(props.sortKey)) };
        }),
      };
    });
  }
}

function emptyTouched(): Touched {
  return new Map(CONTRIBUTED_LABELS.map((label) => [label, new Set<string>()]));
}

function keyOf(row: Row): C.RelationKeyParam {
  return { type: row.type as RelationType, sourceId: String(row.sourceId), targetId: String(row.targetId) };
}

/** The non-empty contributions of a `nodeContributions` row (OPTIONAL MATCH yields an all-null map when none). */
function contributionsOf(row: Row): Array<{ file: string; data: string; buckets: string[] }> {
  return (row.contributions as Array<{ file: unknown; data: unknown; buckets: unknown }>)
    .filter((c) => c.file !== null && c.file !== undefined)
    .map((c) => ({ file: String(c.file), data: String(c.data), buckets: ((c.buckets as unknown[]) ?? []).map(String) }));
}

async function assertDocumentsExist(tx: StatementRunner, ids: readonly string[]): Promise<void> {
  for (const id of new Set(ids)) {
    if ((await tx.run(C.documentExists(id))).length === 0) {
      throw new NotFoundError(`No document with id '${id}'; look ids up with documents(filter: ...).`);
    }
  }
}

function assertDepth(maxDepth: number): void {
  if (!Number.isInteger(maxDepth) || maxDepth < 0 || maxDepth > C.MAX_TRAVERSAL_DEPTH) {
    throw new InvalidArgumentError(`maxDepth must be an integer from 0 to ${C.MAX_TRAVERSAL_DEPTH}, got ${maxDepth}.`);
  }
}

function sortRelations(list: RelationRecord[]): RelationRecord[] {
  return list.sort((a, b) => cmp(a.sourceId, b.sourceId) || cmp(a.type, b.type) || cmp(a.targetId, b.targetId));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
