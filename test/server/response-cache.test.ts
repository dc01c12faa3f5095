import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { IDS, dakNongGraph, ninhBinhGraph } from '../api/fixtures/mini-graph';
import { RelationType } from '../../src/domain/relation-type';
import { openSqliteStore, type SqliteGraphStore } from '../../src/store/sqlite';
import { countCalls, type CountingStore } from './helpers/counting-store';
import { startTestServer, type TestServer } from './helpers/test-server';

const TOKEN = 'test-token-0123456789';
const OUT_OF_N = `{ document(id: "${IDS.N}") { id relations(direction: OUT) { type target { id } } } }`;
const COUNT = '{ documents(first: 1) { totalCount } }';
const ADD = `mutation($input: RelationCorrectionInput!) { addRelation(input: $input) { type } }`;
const REMOVE = `mutation($input: RelationCorrectionInput!) { removeRelation(input: $input) }`;
const N_CITES_K = { type: 'CITES', sourceId: IDS.N, targetId: IDS.K };

/** Store calls other than the cache's own version check. */
function reads(counting: CountingStore): number {
  return counting.total() - (counting.calls.get('dataVersion') ?? 0);
}

async function startCounted(responseCache?: boolean): Promise<{ t: TestServer; counting: CountingStore }> {
  let counting!: CountingStore;
  const t = await startTestServer({
    apiToken: TOKEN,
    responseCache,
    wrapStore: (store) => (counting = countCalls(store)).store,
  });
  await t.store.writeFile(dakNongGraph());
  await t.store.writeFile(ninhBinhGraph());
  return { t, counting };
}

describe('response cache (on)', () => {
  let t: TestServer;
  let counting: CountingStore;
  beforeEach(async () => ({ t, counting } = await startCounted(true)));
  afterEach(async () => t.close());

  it('answers a repeated anonymous query without reading the store, with the same answer', async () => {
    const first = await t.gql(OUT_OF_N);
    expect(first.errors).toBeUndefined();
    expect(reads(counting)).toBeGreaterThan(0);
    counting.reset();
    const second = await t.gql(OUT_OF_N);
    expect(second).toEqual(first);
    expect(reads(counting)).toBe(0);
    expect(counting.calls.get('dataVersion')).toBe(1);
  });

  it('never serves an answer from before addRelation or removeRelation', async () => {
    expect((await t.gql(OUT_OF_N)).data!.document.relations).toEqual([]);
    expect((await t.gql(OUT_OF_N)).data!.document.relations).toEqual([]);
    const added = await t.gql(ADD, { input: N_CITES_K }, { authorization: `Bearer ${TOKEN}` });
    expect(added.errors).toBeUndefined();
    expect((await t.gql(OUT_OF_N)).data!.document.relations).toEqual([{ type: 'CITES', target: { id: IDS.K } }]);
    const removed = await t.gql(REMOVE, { input: N_CITES_K }, { authorization: `Bearer ${TOKEN}` });
    expect(removed.data?.removeRelation).toBe(true);
    expect((await t.gql(OUT_OF_N)).data!.document.relations).toEqual([]);
  });

  it('never serves an answer from before ingestDocument', async () => {
    const before = (await t.gql(COUNT)).data!.documents.totalCount as number;
    expect((await t.gql(COUNT)).data!.documents.totalCount).toBe(before);
    const seed = readFileSync(join(__dirname, '..', '..', 'seeds', readSeedName()), 'utf8');
    const ingested = await t.gql(
      'mutation($text: String!) { ingestDocument(text: $text, fileName: "upload.txt") { fileName } }',
      { text: seed },
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(ingested.errors).toBeUndefined();
    expect((await t.gql(COUNT)).data!.documents.totalCount).toBeGreaterThan(before);
  });

  it('never serves an answer from before a write by another connection to the same store file', async () => {
    expect((await t.gql(OUT_OF_N)).data!.document.relations).toEqual([]);
    expect((await t.gql(OUT_OF_N)).data!.document.relations).toEqual([]);
    const other = await openSqliteStore(dirname((t.store as SqliteGraphStore).path));
    try {
      await other.applyCorrection({ action: 'add', ...N_CITES_K, type: RelationType.CITES, note: null, createdBy: 'other process', createdAt: '2021-08-01T00:00:00Z' });
    } finally {
      await other.close();
    }
    expect((await t.gql(OUT_OF_N)).data!.document.relations).toEqual([{ type: 'CITES', target: { id: IDS.K } }]);
  });

  it('never serves an answer from before a write through the same store object', async () => {
    expect((await t.gql(OUT_OF_N)).data!.document.relations).toEqual([]);
    await t.store.applyCorrection({ action: 'add', ...N_CITES_K, type: RelationType.CITES, note: null, createdBy: 'same process', createdAt: '2021-08-01T00:00:00Z' });
    expect((await t.gql(OUT_OF_N)).data!.document.relations).toEqual([{ type: 'CITES', target: { id: IDS.K } }]);
  });

  it('bypasses requests with Authorization, mutations and answers with errors', async () => {
    await t.gql(OUT_OF_N, undefined, { authorization: `Bearer ${TOKEN}` });
    counting.reset();
    await t.gql(OUT_OF_N, undefined, { authorization: `Bearer ${TOKEN}` });
    expect(reads(counting)).toBeGreaterThan(0);
    expect(counting.calls.get('dataVersion')).toBeUndefined();

    const missing = '{ document(id: "doc:nowhere") { id } }';
    await t.gql('{ citationChain(id: "doc:nowhere", direction: UPSTREAM) { documents { id } } }');
    counting.reset();
    const failed = await t.gql('{ citationChain(id: "doc:nowhere", direction: UPSTREAM) { documents { id } } }');
    expect(failed.errors).toBeDefined();
    expect(reads(counting)).toBeGreaterThan(0);
    expect((await t.gql(missing)).data?.document).toBeNull();

    // The mutation runs each time (and each time the store changes or is checked).
    counting.reset();
    await t.gql(ADD, { input: N_CITES_K }, { authorization: `Bearer ${TOKEN}` });
    await t.gql(ADD, { input: N_CITES_K }, { authorization: `Bearer ${TOKEN}` });
    expect(counting.calls.get('applyCorrection')).toBe(2);
  });
});

describe('response cache (off)', () => {
  let t: TestServer;
  let counting: CountingStore;
  beforeAll(async () => ({ t, counting } = await startCounted(false)));
  afterAll(async () => t.close());

  it('reads the store for every request', async () => {
    await t.gql(OUT_OF_N);
    counting.reset();
    await t.gql(OUT_OF_N);
    expect(reads(counting)).toBeGreaterThan(0);
    expect(counting.calls.get('dataVersion')).toBeUndefined();
  });
});

function readSeedName(): string {
  return readdirSync(join(__dirname, '..', '..', 'seeds')).filter((f) => f.endsWith('.txt')).sort()[0]!;
}
