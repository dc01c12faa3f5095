import { ChainDirection, Direction } from '../../../src/domain/direction';
import { ALL_RELATION_TYPES, RelationType } from '../../../src/domain/relation-type';
import * as cypher from '../../../src/store/neo4j/cypher';
import type { CypherStatement } from '../../../src/store/neo4j/cypher';
import { loadSchemaStatements } from '../../../src/store/neo4j/schema-files';
import { CONTRIBUTED_LABELS, Label } from '../../../src/store/neo4j/vocabulary';
import { lintStatement } from './lint-cypher';

/**
 * Every statement the Neo4j store can send is linted here. `samples` must
 * name every function `cypher.ts` exports (checked below), and each sample
 * covers every variant of a builder's text: each label, relationship type,
 * direction and optional clause it can splice in.
 */
type Builders = {
  [K in keyof typeof cypher as (typeof cypher)[K] extends (...args: never[]) => CypherStatement ? K : never]: true;
};

const doc = 'doc:dak-nong:3953/UBND-KGVX:2021';
const other = 'doc:national:07-KL/TW:2021';
const key = { type: RelationType.CITES, sourceId: doc, targetId: other };
const fileRow: cypher.FileRelationRow = {
  sourceId: doc,
  targetId: other,
  evidence: '[]',
  confidence: 0.9,
  contributions: ['{"file":"a.txt","evidence":[],"confidence":0.9}'],
  files: ['a.txt'],
};
const correction: cypher.CorrectionParam = {
  action: 'add',
  type: RelationType.IMPLEMENTS,
  sourceId: doc,
  targetId: other,
  note: 'checked by hand',
  createdBy: 'analyst',
  createdAt: '2026-01-01T00:00:00Z',
  evidence: '[]',
};
const noFilter: cypher.DocumentFilterParams = {
  code: null,
  type: null,
  province: null,
  issuer: null,
  inCorpus: null,
  issuedFrom: null,
  issuedTo: null,
  text: null,
};
const fullFilter: cypher.DocumentFilterParams = {
  code: '3953/UBND-KGVX',
  type: 'CONG_VAN',
  province: 'dak nong',
  issuer: 'uy ban',
  inCorpus: true,
  issuedFrom: '2021-01-01',
  issuedTo: '2021-12-31',
  text: '+"phong" +"chong"',
};
const types = [...ALL_RELATION_TYPES];
const setNodeLabels = [Label.Organization, Label.Person, Label.Province] as const;
const directions = [ChainDirection.UPSTREAM, ChainDirection.DOWNSTREAM];
const depths = Array.from({ length: cypher.MAX_TRAVERSAL_DEPTH }, (_, i) => i + 1);

const samples: Record<keyof Builders, () => CypherStatement[]> = {
  awaitIndexes: () => [cypher.awaitIndexes(300)],
  fileByHash: () => [cypher.fileByHash('ab12cd34')],
  fileDescribedNodes: () => [cypher.fileDescribedNodes('a.txt')],
  fileRelationKeys: () => [cypher.fileRelationKeys('a.txt')],
  deleteFile: () => [cypher.deleteFile('a.txt')],
  createFile: () => [cypher.createFile({ name: 'a.txt', hash: 'ab12cd34', length: 10 }, '2026-01-01T00:00:00Z')],
  describeNodes: () => CONTRIBUTED_LABELS.map((l) => cypher.describeNodes(l, 'a.txt', [{ id: doc, data: '{}', buckets: [] }])),
  nodeContributions: () => CONTRIBUTED_LABELS.map((l) => cypher.nodeContributions(l, [doc])),
  deleteUndescribedNodes: () => CONTRIBUTED_LABELS.map((l) => cypher.deleteUndescribedNodes(l, [doc])),
  setDocuments: () => [cypher.setDocuments([{ id: doc, issuedOn: '2021-07-24', props: { scope: 'dak-nong' } }])],
  setNodes: () => setNodeLabels.map((l) => cypher.setNodes(l, [{ id: 'org:x', props: { name: 'X' } }])),
  relinkDocuments: () => [cypher.relinkDocuments([doc])],
  linkProvinces: () => [cypher.linkProvinces(['province:dak-nong'])],
  linkIssuers: () => [cypher.linkIssuers(['org:dak-nong:ubnd'])],
  linkSigners: () => [cypher.linkSigners(['person:x'])],
  relationContributions: () => [cypher.relationContributions([key])],
  upsertFileRelations: () => types.map((t) => cypher.upsertFileRelations(t, [fileRow])),
  deleteFileRelations: () => [cypher.deleteFileRelations([key])],
  relationshipsOfDocuments: () => [cypher.relationshipsOfDocuments([doc])],
  refreshEffective: () => [cypher.refreshEffective([doc])],
  mergeCorrection: () => [cypher.mergeCorrection(correction)],
  deleteOppositeCorrection: () => [cypher.deleteOppositeCorrection(correction)],
  deleteCorrectionEdge: () => types.map((t) => cypher.deleteCorrectionEdge(t, doc, other)),
  syncCorrectionEdges: () => types.map((t) => cypher.syncCorrectionEdges(t, [doc])),
  allCorrections: () => [cypher.allCorrections()],
  deleteReuseRelations: () => [cypher.deleteReuseRelations([doc])],
  createReuseRelations: () => [cypher.createReuseRelations([{ sourceId: doc, targetId: other, evidence: '[]', confidence: 0.5 }])],
  reuseCandidateIds: () => [cypher.reuseCandidateIds('"b1" "b2"')],
  reuseSharedCounts: () => [cypher.reuseSharedCounts([doc], ['b1'], 5)],
  numberedUndatedMerges: () => [cypher.numberedUndatedMerges()],
  unnumberedUndatedMerges: () => [cypher.unnumberedUndatedMerges()],
  moveDescriptions: () => [cypher.moveDescriptions([{ fileName: 'a.txt', id: doc, data: '{}', buckets: [] }])],
  deleteDocuments: () => [cypher.deleteDocuments([doc])],
  nodesByIds: () => CONTRIBUTED_LABELS.map((l) => cypher.nodesByIds(l, [doc])),
  countDocuments: () => [cypher.countDocuments(noFilter), cypher.countDocuments(fullFilter)],
  documentPage: () => [cypher.documentPage(noFilter, null, 20), cypher.documentPage(fullFilter, 'key', 20)],
  documentExists: () => [cypher.documentExists(doc)],
  relationsOf: () => [Direction.OUT, Direction.IN].map((d) => cypher.relationsOf([doc], d, types)),
  chainReach: () => directions.flatMap((d) => depths.map((depth) => cypher.chainReach(doc, d, types, depth))),
  chainEdges: () => directions.map((d) => cypher.chainEdges([doc], [doc, other], d, types)),
  shortestPaths: () => depths.map((depth) => cypher.shortestPaths(doc, other, types, depth)),
  provinceResponses: () => [true, false].map((via) => cypher.provinceResponses(other, types, via)),
  findByCode: () => [cypher.findByCode('470-CV/TU', 'dak-nong', 2021), cypher.findByCode('470-CV/TU', null, null)],
  searchDocuments: () => [cypher.searchDocuments('+"cach" +"ly"', 10)],
  namedNodePage: () => [cypher.namedNodePage(Label.Organization, null, 10), cypher.namedNodePage(Label.Person, 'k', 10)],
  countNodes: () => CONTRIBUTED_LABELS.map((l) => cypher.countNodes(l)),
  provincesWithCounts: () => [cypher.provincesWithCounts()],
  documentTotals: () => [cypher.documentTotals()],
  relationsByType: () => [cypher.relationsByType()],
  documentsByProvince: () => [cypher.documentsByProvince()],
  documentsByType: () => [cypher.documentsByType()],
  mostCited: () => [cypher.mostCited([RelationType.CITES, RelationType.IMPLEMENTS], 10)],
  allNodes: () => CONTRIBUTED_LABELS.map((l) => cypher.allNodes(l)),
  allEffectiveRelations: () => [cypher.allEffectiveRelations()],
};

describe('Cypher lint', () => {
  test('every statement builder exported by cypher.ts has lint samples', () => {
    const builders = Object.entries(cypher)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name)
      .sort();
    expect(Object.keys(samples).sort()).toEqual(builders);
  });

  const all = Object.entries(samples).flatMap(([name, make]) =>
    make().map((statement, i) => ({ name: `${name} #${i + 1}`, statement })),
  );

  test.each(all)('$name lints clean', ({ statement }) => {
    expect(lintStatement(statement.cypher, statement.params)).toEqual([]);
  });

  test('no statement splices a value: parameters referenced are exactly those passed', () => {
    for (const { name, statement } of all) {
      const referenced = new Set([...statement.cypher.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]));
      expect({ name, params: [...referenced].sort() }).toEqual({ name, params: Object.keys(statement.params).sort() });
    }
  });

  test('a statement text never contains a sample value (ids, names and codes travel as parameters)', () => {
    for (const { statement } of all) {
      for (const value of [doc, other, 'a.txt', 'ab12cd34', '470-CV/TU', 'dak nong', 'checked by hand']) {
        expect(statement.cypher).not.toContain(value);
      }
    }
  });

  const schema = loadSchemaStatements();
  test('the schema files hold constraints and indexes', () => {
    expect(schema.length).toBeGreaterThanOrEqual(5);
    for (const s of schema) expect(s.cypher).toMatch(/^CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX) \w+ IF NOT EXISTS/);
  });

  test.each(schema.map((s, i) => ({ name: `${s.file} #${i + 1}`, cypher: s.cypher })))('schema $name lints clean', ({ cypher: text }) => {
    expect(lintStatement(text)).toEqual([]);
  });

  test('traversal depth selects one of the fixed bounds; anything else is refused', () => {
    expect(cypher.chainReach(doc, ChainDirection.UPSTREAM, types, 3).cypher).toMatch(/\*1\.\.3\]/);
    expect(cypher.shortestPaths(doc, other, types, 10).cypher).toMatch(/\*1\.\.10\]/);
    for (const bad of [0, 11, 2.5, -1, Number.NaN]) {
      expect(() => cypher.chainReach(doc, ChainDirection.UPSTREAM, types, bad)).toThrow(RangeError);
    }
  });

  test('the linter itself reports mistakes (so a clean result means something)', () => {
    const problems = lintStatement('MATCH (d:Documnt {id: $id}) RETURN d.colour, nosuch(d)', {});
    const messages = problems.map((p) => p.message).join('\n');
    expect(messages).toMatch(/Label Documnt is not present/);
    expect(messages).toMatch(/Parameter \$id is not defined/);
    expect(messages).toMatch(/colour is not present/);
    expect(messages).toMatch(/Function nosuch is not present/);
  });
});
