/**
 * The HTML shell of the explorer at `/`: it loads the bundled script and
 * stylesheet from this server (no CDN) and tells the script where the
 * GraphQL endpoint is.
 */
export function explorerPage(endpointPath: string, assetsPath: string): string {
  const attr = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>directive-graph · explorer</title>
<link rel="stylesheet" href="${attr(assetsPath)}/explorer.css">
</head>
<body data-endpoint="${attr(endpointPath)}">
<header class="top"><a class="brand" href="#/">directive-graph</a><a href="#/">Search</a><a href="#/topics">Topics</a><a href="${attr(endpointPath)}">GraphiQL</a></header>
<main id="view"><p class="status">Loading the explorer…</p></main>
<script type="module" src="${attr(assetsPath)}/explorer.js"></script>
</body>
</html>
`;
}
