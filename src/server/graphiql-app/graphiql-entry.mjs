// Browser entry of the bundled GraphiQL (built by scripts/build-graphiql.ts into
// src/server/public). Plain JavaScript so the Node type-check never sees DOM code.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';

const config = window.__GRAPHIQL_CONFIG__;

// Monaco runs its language services in workers; they are bundled next to this file.
globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    const name = label === 'json' ? 'json' : label === 'graphql' ? 'graphql' : 'editor';
    return new Worker(`${config.workers}/${name}.worker.js`, { type: 'module' });
  },
};

const fetcher = createGraphiQLFetcher({ url: config.endpoint });
createRoot(document.getElementById('graphiql')).render(
  createElement(GraphiQL, { fetcher, defaultQuery: config.defaultQuery, defaultEditorToolsVisibility: true }),
);
