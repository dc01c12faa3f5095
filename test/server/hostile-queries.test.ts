import { MAX_BODY_BYTES } from '../../src/api/limits/api-limits';
import { startTestServer, type TestServer } from './helpers/test-server';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.close();
});

/** After every hostile request the server must still answer an ordinary one. */
async function expectStillServing(): Promise<void> {
  const answer = await t.gql('{ stats { documents } }');
  expect(answer.errors).toBeUndefined();
  expect(answer.data?.stats.documents).toBe(0);
}

function nested(levels: number): string {
  let selection = '{ id }';
  for (let i = 0; i < levels; i += 1) selection = `{ id relations(direction: OUT) { target ${selection} } }`;
  return `{ documents(first: 1) { edges { node ${selection} } } }`;
}

describe('hostile queries get clear errors and the server keeps serving', () => {
  afterEach(expectStillServing);

  test('ordinary requests keep being answered while hostile ones arrive at the same time', async () => {
    const hostile = Array.from({ length: 20 }, (_, i) =>
      i % 2 === 0 ? t.gql(nested(12)) : t.gql(`{ ${Array.from({ length: 1000 }, (_, k) => `a${k}: stats { documents }`).join(' ')} }`),
    );
    const ordinary = Array.from({ length: 20 }, () => t.gql('{ stats { documents } }'));
    const [refused, answered] = await Promise.all([Promise.all(hostile), Promise.all(ordinary)]);
    expect(refused.every((a) => a.errors?.[0]?.extensions?.code === 'QUERY_TOO_COMPLEX')).toBe(true);
    expect(answered.every((a) => a.errors === undefined && a.data?.stats.documents === 0)).toBe(true);
  });

  test('a very deep query is refused before it runs', async () => {
    const answer = await t.gql(nested(10));
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(answer.errors?.[0]?.message).toMatch(/is 24 levels deep; the limit is 12/);
  });

  test('a query whose nested lists multiply past the cost limit is refused', async () => {
    const answer = await t.gql(
      '{ documents(first: 100) { edges { node { relations(direction: OUT) { target { relations(direction: OUT) { target { relations(direction: OUT) { target { id } } } } } } } } } }',
    );
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(answer.errors?.[0]?.message).toMatch(/estimated cost is \d+; the limit is 50000/);
  });

  test('a very wide query (1500 fields) is refused', async () => {
    const fields = Array.from({ length: 1500 }, () => 'totalCount').join(' ');
    const answer = await t.gql(`{ documents(first: 1) { ${fields} } }`);
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(answer.errors?.[0]?.message).toMatch(/more than 1000 fields/);
  });

  test('a field aliased a thousand times is refused', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: stats { documents }`).join(' ');
    const answer = await t.gql(`{ ${aliases} }`);
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(answer.errors?.[0]?.message).toMatch(/uses (at least )?\d+ aliases; the limit is 100/);
  });

  test('a fragment bomb (each fragment spreads the next twice, 2^30 fields) is refused quickly', async () => {
    const levels = 30;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on GraphStats { documents inCorpus }`
        : `fragment F${i} on GraphStats { ...F${i + 1} ...F${i + 1} }`,
    ).join('\n');
    const started = Date.now();
    const answer = await t.gql(`{ stats { ...F0 } }\n${fragments}`);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  test('a query of 10000 tokens is refused by the parser', async () => {
    const answer = await t.gql(`{ stats { ${Array.from({ length: 11_000 }, () => 'documents').join(' ')} } }`);
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(answer.errors?.[0]?.message).toMatch(/10000 tokens/);
  });

  test('a huge string argument is refused with the limit in the message', async () => {
    const answer = await t.gql('query($text: String!) { resolveReference(text: $text) { id } }', { text: 'Chỉ thị 16/CT-TTg '.repeat(10_000) });
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toMatch(/text must be shorter than or equal to 2000 characters/);
  });

  test('a text holding too many references is refused before any lookup', async () => {
    const text = Array.from({ length: 60 }, (_, i) => `Công văn số ${i + 1}-CV/TU`).join(', ');
    const answer = await t.gql('query($text: String!) { resolveReference(text: $text) { id } }', { text });
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toMatch(/holds 60 references; resolve at most 50/);
  });

  test.each([['"'], ['") OR ("'], ['NEAR(a b)'], ['*'], ['%_\\'], ["'; DROP TABLE documents; --"]])(
    'search and filters take %p as plain text',
    async (text) => {
      const answer = await t.gql('query($text: String!) { search(text: $text) { snippet } documents(filter: { text: $text, issuer: $text }) { totalCount } }', { text });
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual({ search: [], documents: { totalCount: 0 } });
    },
  );

  test('a huge filter string is refused', async () => {
    const answer = await t.gql('query($p: String) { documents(filter: { province: $p }) { totalCount } }', { p: 'x'.repeat(5_000) });
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toMatch(/province must be shorter than or equal to 200 characters/);
  });

  test(`a body over ${MAX_BODY_BYTES} bytes is refused with 413`, async () => {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { documents } }', variables: { pad: 'x'.repeat(MAX_BODY_BYTES + 10) } }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  test('a body that is not JSON is a 400 with BAD_REQUEST', async () => {
    const response = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
  });

  test('a batch of operations in one request is refused', async () => {
    const batch = Array.from({ length: 100 }, () => ({ query: '{ stats { documents } }' }));
    const response = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(batch) });
    expect(response.status).toBe(400);
  });

  test('a persisted-query hash without the query is PERSISTED_QUERY_NOT_SUPPORTED', async () => {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } }),
    });
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
  });

  test('a syntax error is GRAPHQL_PARSE_FAILED with its position', async () => {
    const answer = await t.gql('{ documents(first: ) { totalCount } }');
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(answer.errors?.[0]).toHaveProperty('locations', [{ line: 1, column: 20 }]);
  });

  test('an unknown document id is null, not an error', async () => {
    const answer = await t.gql('{ document(id: "doc:national:999-KL/TW:2021") { id } }');
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.document).toBeNull();
  });

  test('an unknown chain root is NOT_FOUND', async () => {
    const answer = await t.gql('{ citationChain(id: "doc:national:999-KL/TW:2021", direction: UPSTREAM) { documents { id } } }');
    expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  test('an unknown instrument for provinceResponses is NOT_FOUND', async () => {
    const answer = await t.gql('{ provinceResponses(to: "doc:national:999-KL/TW:2021") { lagDays } }');
    expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  test.each([
    ['document', '{ document(id: "not an id") { id } }'],
    ['document (an organisation id)', '{ document(id: "org:national:bo-chinh-tri") { id } }'],
    ['citationChain', '{ citationChain(id: "<script>", direction: UPSTREAM) { documents { id } } }'],
    ['provinceResponses', '{ provinceResponses(to: "") { lagDays } }'],
  ])('a malformed id (%s) is BAD_USER_INPUT', async (_name, query) => {
    const answer = await t.gql(query);
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toMatch(/Malformed id/);
  });

  test('a malformed cursor is BAD_USER_INPUT', async () => {
    const answer = await t.gql('{ documents(after: "not-a-cursor!!") { totalCount } }');
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  test.each([[101], [100_000], [-1]])('first: %d is BAD_USER_INPUT', async (first) => {
    const answer = await t.gql('query($first: Int) { documents(first: $first) { totalCount } }', { first });
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toMatch(/first must not be (greater than 100|less than 0)/);
  });

  test('citationChain maxDepth above the cap of 10 is BAD_USER_INPUT naming the cap', async () => {
    const answer = await t.gql('{ citationChain(id: "doc:national:07-KL/TW:2021", direction: UPSTREAM, maxDepth: 11) { documents { id } } }');
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toMatch(/maxDepth must not be greater than 10/);
  });

  test('an impossible date is BAD_USER_INPUT', async () => {
    const answer = await t.gql('{ documents(filter: { issuedFrom: "2021-02-30" }) { totalCount } }');
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
  });

  test('an unparseable code filter is BAD_USER_INPUT', async () => {
    const answer = await t.gql('{ documents(filter: { code: "hello" }) { totalCount } }');
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('no error carries a stack trace outside development', async () => {
    const answer = await t.gql('{ document(id: "not an id") { id } citationChain(id: "doc:national:x:2021", direction: UPSTREAM) { root { id } } }');
    expect(answer.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(answer.errors)).not.toMatch(/stacktrace|\.ts:\d+/);
  });
});
