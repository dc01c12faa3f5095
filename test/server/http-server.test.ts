import { startTestServer, type TestServer } from './helpers/test-server';

describe('HTTP surface', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(async () => t.close());

  test('GET /graphql from a browser is the GraphiQL page with the example query preloaded', async () => {
    const response = await fetch(t.url, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('query FirstLook');
    expect(html).toContain('src="/graphiql/graphiql.js"');
    expect(html).not.toMatch(/<script[^>]+src="https?:/); // nothing from a CDN
  });

  test.each([
    ['graphiql.js', /^text\/javascript/],
    ['graphiql.css', /^text\/css/],
    ['editor.worker.js', /^text\/javascript/],
    ['json.worker.js', /^text\/javascript/],
    ['graphql.worker.js', /^text\/javascript/],
  ])('the bundled asset %s is served locally', async (name, type) => {
    const response = await fetch(new URL(`/graphiql/${name}`, t.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(type);
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
  });

  test.each([['/graphiql/../start-server.ts'], ['/graphiql/%2e%2e%2fstart-server.ts'], ['/graphiql/graphiql.js.LEGAL.txt'], ['/nowhere']])(
    '%s is a 404',
    async (path) => {
      const response = await fetch(new URL(path, t.url));
      expect(response.status).toBe(404);
    },
  );

  test('GET /graphql?query= runs a query (with the CSRF preflight header)', async () => {
    const url = new URL(t.url);
    url.searchParams.set('query', '{ stats { documents } }');
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { stats: { documents: 0 } } });
  });

  test('a mutation over GET is refused', async () => {
    const url = new URL(t.url);
    url.searchParams.set('query', 'mutation { removeRelation(input: { type: CITES, sourceId: "doc:a:1", targetId: "doc:a:2" }) }');
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(405);
  });

  test('introspection is on by default', async () => {
    const answer = await t.gql('{ __schema { queryType { name } } }');
    expect(answer.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  test('PUT /graphql is a 405 with Allow', async () => {
    const response = await fetch(t.url, { method: 'PUT', body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, POST');
  });
});

describe('options', () => {
  test('introspection: false refuses schema queries but answers others', async () => {
    const t = await startTestServer({ introspection: false });
    try {
      const refused = await t.gql('{ __schema { types { name } } }');
      expect(refused.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(refused.errors?.[0]?.message).toMatch(/introspection/i);
      const normal = await t.gql('{ stats { documents } }');
      expect(normal.data).toEqual({ stats: { documents: 0 } });
    } finally {
      await t.close();
    }
  });

  test('development: true adds stack traces; the default does not', async () => {
    const t = await startTestServer({ development: true });
    try {
      const answer = await t.gql('{ document(id: "not an id") { id } }');
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.extensions?.stacktrace).toEqual(expect.arrayContaining([expect.stringMatching(/InvalidArgumentError/)]));
    } finally {
      await t.close();
    }
  });
});

describe('shutdown', () => {
  test('stop() closes the port, ends keep-alive connections, and can be called twice', async () => {
    const t = await startTestServer();
    const first = await t.gql('{ stats { documents } }');
    expect(first.data).toEqual({ stats: { documents: 0 } });
    const started = Date.now();
    await t.server.stop();
    await t.server.stop();
    expect(Date.now() - started).toBeLessThan(3_000);
    await expect(fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ stats { documents } }"}' })).rejects.toThrow();
    await t.close();
  });
});

describe('clients that misbehave at the socket level', () => {
  test('a client that hangs up halfway through its body does not stop the server', async () => {
    const { connect } = await import('node:net');
    const t = await startTestServer();
    try {
      const url = new URL(t.url);
      await new Promise<void>((resolve, reject) => {
        const socket = connect(Number(url.port), url.hostname, () => {
          socket.write(`POST /graphql HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"query":"{ stats`);
          setTimeout(() => {
            socket.destroy();
            resolve();
          }, 100);
        });
        socket.on('error', reject);
      });
      const answer = await t.gql('{ stats { documents } }');
      expect(answer.data).toEqual({ stats: { documents: 0 } });
    } finally {
      await t.close();
    }
  });
});
