import { IDS, dakNongGraph, ninhBinhGraph } from '../api/fixtures/mini-graph';
import { startTestServer, type TestServer } from './helpers/test-server';

const TOKEN = 'test-token-0123456789';
const ADD = `mutation($input: RelationCorrectionInput!) { addRelation(input: $input) { type origin createdBy createdAt confidence source { id } target { id } } }`;
const REMOVE = `mutation($input: RelationCorrectionInput!) { removeRelation(input: $input) }`;
const INGEST = `mutation { ingestDocument(text: "Số: 1/UBND-VX", fileName: "x.txt") { fileName } }`;

describe('without API_TOKEN every mutation is refused', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ apiToken: null });
  });
  afterAll(async () => t.close());

  test.each([
    ['addRelation', ADD],
    ['removeRelation', REMOVE],
  ])('%s, even with a bearer header', async (_name, mutation) => {
    const answer = await t.gql(mutation, { input: { type: 'CITES', sourceId: IDS.N, targetId: IDS.K } }, { authorization: `Bearer ${TOKEN}` });
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(answer.errors?.[0]?.message).toMatch(/without API_TOKEN/);
  });

  test('ingestDocument', async () => {
    const answer = await t.gql(INGEST, undefined, { authorization: `Bearer ${TOKEN}` });
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('with API_TOKEN', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ apiToken: TOKEN });
    await t.store.writeFile(dakNongGraph());
    await t.store.writeFile(ninhBinhGraph());
  });
  afterAll(async () => t.close());

  test.each([
    ['no header', {}],
    ['a wrong token', { authorization: 'Bearer wrong-token' }],
    ['a token without Bearer', { authorization: TOKEN }],
    ['Basic auth', { authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}` }],
  ])('a mutation with %s is UNAUTHENTICATED and changes nothing', async (_name, headers) => {
    const answer = await t.gql(ADD, { input: { type: 'CITES', sourceId: IDS.N, targetId: IDS.K } }, headers as Record<string, string>);
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(answer.data).toBeNull();
    const after = await t.gql(`{ document(id: "${IDS.N}") { relations(direction: OUT) { type } } }`);
    expect(after.data?.document.relations).toEqual([]);
  });

  test('queries need no token', async () => {
    const answer = await t.gql(`{ document(id: "${IDS.N}") { code } }`);
    expect(answer.data?.document.code).toBe('470-CV/TU');
  });

  test('addRelation records who and when, and the relation reads back as a correction', async () => {
    const before = Date.now();
    const answer = await t.gql(
      ADD,
      { input: { type: 'CITES', sourceId: IDS.N, targetId: IDS.K, note: 'cites 07-KL/TW on page 2', analyst: 'Lan' } },
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(answer.errors).toBeUndefined();
    const added = answer.data!.addRelation;
    expect(added).toMatchObject({ type: 'CITES', origin: 'CORRECTION', source: { id: IDS.N }, target: { id: IDS.K } });
    expect(added.createdBy).toBe('Lan (api-token)');
    expect(Date.parse(added.createdAt)).toBeGreaterThanOrEqual(before - 1000);
    const incoming = await t.gql(`{ document(id: "${IDS.K}") { relations(direction: IN, types: [CITES]) { source { id } origin } } }`);
    expect(incoming.data?.document.relations).toContainEqual({ source: { id: IDS.N }, origin: 'CORRECTION' });
  });

  test('removeRelation hides an extracted relation', async () => {
    const answer = await t.gql(REMOVE, { input: { type: 'CITES', sourceId: IDS.C, targetId: IDS.K } }, { authorization: `Bearer ${TOKEN}` });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.removeRelation).toBe(true);
    const incoming = await t.gql(`{ document(id: "${IDS.K}") { relations(direction: IN, types: [CITES]) { source { id } } } }`);
    expect(incoming.data?.document.relations.map((r: any) => r.source.id)).not.toContain(IDS.C);
  });

  test('a correction naming an unknown document is NOT_FOUND; a malformed one BAD_USER_INPUT', async () => {
    const unknown = await t.gql(ADD, { input: { type: 'CITES', sourceId: 'doc:national:1-XX/YY:2021', targetId: IDS.K } }, { authorization: `Bearer ${TOKEN}` });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const malformed = await t.gql(ADD, { input: { type: 'CITES', sourceId: 'nope', targetId: IDS.K } }, { authorization: `Bearer ${TOKEN}` });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const self = await t.gql(ADD, { input: { type: 'CITES', sourceId: IDS.K, targetId: IDS.K } }, { authorization: `Bearer ${TOKEN}` });
    expect(self.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('ingestDocument refuses an oversized text before extracting', async () => {
    const answer = await t.gql(
      'mutation($text: String!) { ingestDocument(text: $text, fileName: "big.txt") { fileName } }',
      { text: 'a'.repeat(2_000_001) },
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toMatch(/longer than 2000000 characters/);
  });
});
