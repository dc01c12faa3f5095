import { startTestServer, type TestServer } from '../server/helpers/test-server';
import { findExplorerDir } from '../../src/explorer/serve-explorer';

/** The explorer's routes on the real server: the page at `/`, its assets, GraphiQL still at /graphql. */
let t: TestServer;
let base: string;
beforeAll(async () => {
  t = await startTestServer();
  base = t.url.replace(/\/graphql$/, '');
});
afterAll(async () => {
  await t.close();
});

test('the bundle is built and committed', () => {
  expect(findExplorerDir()).not.toBeNull();
});

test('GET / is the explorer page; its script and stylesheet are served; no CDN', async () => {
  const page = await fetch(`${base}/`);
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
  const html = await page.text();
  expect(html).toContain('data-endpoint="/graphql"');
  const js = await fetch(`${base}/explorer/explorer.js`);
  expect(js.status).toBe(200);
  expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  const source = await js.text();
  expect(source.length).toBeGreaterThan(100_000); // Cytoscape.js is in the bundle
  expect(source).not.toMatch(/https:\/\/(cdn|unpkg|esm\.sh)/);
  const css = await fetch(`${base}/explorer/explorer.css`);
  expect(css.status).toBe(200);
});

test('GraphiQL stays at /graphql; unknown or escaping asset paths are 404', async () => {
  const graphiql = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
  expect(graphiql.status).toBe(200);
  expect(await graphiql.text()).toContain('GraphiQL');
  for (const path of ['/explorer/nope.js', '/explorer/../package.json', '/explorer/%2e%2e%2fpackage.json', '/explorer/explorer.js.LEGAL.txt']) {
    expect((await fetch(`${base}${path}`)).status).toBe(404);
  }
  const post = await fetch(`${base}/`, { method: 'POST' });
  expect(post.status).toBe(404);
});

test('the committed bundle is what scripts/build-explorer.ts builds from src/explorer/app (rebuild after changing it)', async () => {
  const { mkdtempSync, readFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { buildExplorer } = await import('../../scripts/build-explorer');
  const out = mkdtempSync(join(tmpdir(), 'explorer-build-'));
  try {
    expect((await buildExplorer(out)).sort()).toEqual(['explorer.css', 'explorer.js', 'explorer.js.LEGAL.txt']);
    const served = findExplorerDir() as string;
    for (const name of ['explorer.js', 'explorer.css']) {
      expect(readFileSync(join(out, name)).equals(readFileSync(join(served, name)))).toBe(true);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
