import { DocumentType } from '../../src/domain/document-type';
import type { DocumentNode, FileGraph, RelationEdge } from '../../src/domain/graph';
import { RelationType } from '../../src/domain/relation-type';
import { System } from '../../src/domain/system';
import { contentHash } from '../../src/shared/content-hash';
import { countCalls, type CountingStore } from '../server/helpers/counting-store';
import { startTestServer, type TestServer } from '../server/helpers/test-server';

/**
 * A page of 50 documents with their relations, issuers, provinces and
 * signers must cost a handful of store calls, not one per row: the store is
 * the real SQLite one, wrapped in a Proxy that only counts.
 */
const DOCS = 60;
const FILE = 'fixtures/batching.txt';

function syntheticGraph(): FileGraph {
  const instrument: DocumentNode = baseDocument('doc:national:07-KL/TW:2021', '07-KL/TW', '2021-06-11', 'org:national:bo-chinh-tri', null, false);
  const documents: DocumentNode[] = [instrument];
  const relations: RelationEdge[] = [];
  for (let i = 1; i <= DOCS; i += 1) {
    const id = `doc:dak-nong:${i}-CV/TU:2021`;
    const issuedOn = `2021-07-${String(1 + (i % 28)).padStart(2, '0')}`;
    documents.push({ ...baseDocument(id, `${i}-CV/TU`, issuedOn, `org:dak-nong:body-${i % 5}`, 'province:dak-nong', true), signerId: `person:signer-${i % 3}` });
    relations.push(edge(RelationType.CITES, id, instrument.id));
    if (i > 1) relations.push(edge(RelationType.CITES, id, `doc:dak-nong:${i - 1}-CV/TU:2021`));
  }
  return {
    file: { name: FILE, hash: contentHash('batching fixture'), length: 1000 },
    documents,
    organizations: [
      { id: 'org:national:bo-chinh-tri', name: 'Bộ Chính trị', system: System.PARTY, provinceId: null, parentId: null },
      ...Array.from({ length: 5 }, (_, k) => ({ id: `org:dak-nong:body-${k}`, name: `Body ${k}`, system: System.PARTY, provinceId: 'province:dak-nong', parentId: null })),
    ],
    persons: Array.from({ length: 3 }, (_, k) => ({ id: `person:signer-${k}`, name: `Signer ${k}`, aliases: [] })),
    provinces: [{ id: 'province:dak-nong', name: 'Đắk Nông' }],
    relations,
    signatures: [],
    diagnostics: [],
  };
}

function baseDocument(id: string, code: string, issuedOn: string, issuerId: string, provinceId: string | null, inCorpus: boolean): DocumentNode {
  return {
    id, scope: provinceId ? 'dak-nong' : 'national', code, number: code.split('-')[0] ?? null, symbol: code.slice(code.indexOf('-') + 1),
    year: 2021, type: DocumentType.CONG_VAN, system: System.PARTY, subject: null, issuedOn, issuedOnBounds: null, place: null,
    urgency: null, issuerId, provinceId, provinceInference: null, signerId: null, signerTitle: null, authority: null,
    recipientIds: [], distribution: [], signature: null, inCorpus, sources: [], text: inCorpus ? `Text of ${code}` : null,
    textMap: null, body: null, fieldEvidence: [], diagnostics: [],
  };
}

function edge(type: RelationType, sourceId: string, targetId: string): RelationEdge {
  return { type, sourceId, targetId, evidence: [{ text: targetId, span: null }], confidence: 0.9 };
}

let t: TestServer;
let counting: CountingStore | undefined;

beforeAll(async () => {
  t = await startTestServer({
    // Counted here: the store calls that compute an answer (the cache would add its version checks, or answer a repeat itself).
    responseCache: false,
    wrapStore: (real) => {
      counting = countCalls(real);
      return counting.store;
    },
  });
  await t.store.writeFile(syntheticGraph());
});
afterAll(async () => {
  await t.close();
});

test('a page of 50 documents with relations, targets, issuers, provinces and signers costs at most 8 store calls', async () => {
  counting!.reset();
  const answer = await t.gql(`{ documents(first: 50, filter: { inCorpus: true }) { edges { node {
    code issuer { name province { name } } province { name } signer { name }
    relations(direction: OUT, types: [CITES]) { type confidence target { code issuer { name } province { name } } }
    citedBy: relations(direction: IN) { source { code } }
  } } } }`);
  expect(answer.errors).toBeUndefined();
  const edges = answer.data!.documents.edges as any[];
  expect(edges).toHaveLength(50);
  // Every synthetic document cites 07-KL/TW, and all but the first cite their predecessor.
  for (const { node } of edges) {
    const targets = node.relations.map((r: any) => r.target.code);
    expect(targets).toContain('07-KL/TW');
    expect(node.issuer.province.name).toBe('Đắk Nông');
    expect(node.signer.name).toMatch(/^Signer \d$/);
  }
  const calls = Object.fromEntries(counting!.calls);
  if (process.env.SHOW_CALLS) process.stdout.write(`${JSON.stringify(calls)}\n`);
  // listDocuments, relations ×2 (OUT/CITES and IN), getDocuments (targets and sources outside the page),
  // getOrganizations (issuers, then the targets' issuers), getProvinces, getPersons.
  expect(counting!.total()).toBeLessThanOrEqual(8);
  expect(calls.listDocuments).toBe(1);
  expect(calls.relations).toBe(2);
  expect(calls.getPersons).toBe(1);
});

test('the counting proxy does count: one query per document by hand costs one call per document', async () => {
  counting!.reset();
  const fields = Array.from({ length: 5 }, (_, i) => `d${i}: resolveReference(text: "${i + 1}-CV/TU") { id }`).join(' ');
  const answer = await t.gql(`{ ${fields} }`);
  expect(answer.errors).toBeUndefined();
  expect(counting!.calls.get('findByCode')).toBe(5);
});
