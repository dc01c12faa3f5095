import { EXAMPLE_QUERY } from './example-query';

function escapeForScript(value: string): string {
  // JSON inside <script>: "</script>" and U+2028/2029 must not end or break the script.
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * The page GET /graphql returns to a browser: the bundled GraphiQL (built
 * by scripts/build-graphiql.ts into src/server/public) pointed at this
 * endpoint, with an example query. Everything is served by this server:
 * no CDN at run time.
 */
export function graphiqlPage(endpointPath: string, assetsPath: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>directive-graph · GraphiQL</title>
<link rel="stylesheet" href="${assetsPath}/graphiql.css">
<style>html,body,#graphiql{height:100%;margin:0}</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script>window.__GRAPHIQL_CONFIG__ = { endpoint: ${escapeForScript(endpointPath)}, workers: ${escapeForScript(assetsPath)}, defaultQuery: ${escapeForScript(EXAMPLE_QUERY)} };</script>
<script type="module" src="${assetsPath}/graphiql.js"></script>
</body>
</html>
`;
}

/**
 * Fallback when the GraphiQL bundle was not built: a plain query page
 * (textarea, run button, JSON output) so that the endpoint stays usable
 * from a browser.
 */
export function plainQueryPage(endpointPath: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>directive-graph · query</title>
<style>body{font:14px system-ui;margin:1rem}textarea{width:100%;height:40vh;font:13px monospace}pre{background:#f4f4f4;padding:1rem;overflow:auto}</style>
</head>
<body>
<h1>directive-graph GraphQL</h1>
<p>The GraphiQL bundle is not built (run <code>node dist/scripts/build-graphiql.js</code>); this page sends queries to <code>${endpointPath}</code>.</p>
<textarea id="q"></textarea><p><button id="run">Run</button></p><pre id="out"></pre>
<script>
document.getElementById('q').value = ${escapeForScript(EXAMPLE_QUERY)};
document.getElementById('run').onclick = async () => {
  const r = await fetch(${escapeForScript(endpointPath)}, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: document.getElementById('q').value }) });
  document.getElementById('out').textContent = JSON.stringify(await r.json(), null, 2);
};
</script>
</body>
</html>
`;
}
