import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IngestText } from '../../../src/api/ingest/ingest-text';
import { startServer, type RunningServer, type StartServerOptions } from '../../../src/server/start-server';
import { openSqliteStore } from '../../../src/store/sqlite';
import type { GraphStore } from '../../../src/store/port';

export interface GraphQLAnswer<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; [key: string]: unknown }; path?: unknown[] }>;
}

export interface TestServer {
  url: string;
  store: GraphStore;
  server: RunningServer;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLAnswer<T>>;
  close(): Promise<void>;
}

export interface TestServerOptions extends Partial<Omit<StartServerOptions, 'store'>> {
  /** Wrap the real store (e.g. in a counting proxy) before the server gets it. */
  wrapStore?: (store: GraphStore) => GraphStore;
  ingestText?: IngestText | null;
}

/** A real SQLite store in a fresh temporary folder behind a real HTTP server on a free port. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'directive-graph-api-'));
  const realStore = await openSqliteStore(dataDir);
  const store = options.wrapStore ? options.wrapStore(realStore) : realStore;
  const { wrapStore: _ignored, ...serverOptions } = options;
  void _ignored;
  const server = await startServer({ host: '127.0.0.1', port: 0, ...serverOptions, store });
  return {
    url: server.url,
    store: realStore,
    server,
    async gql(query, variables, headers) {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GraphQLAnswer<any>;
      return { ...body, status: response.status };
    },
    async close() {
      await server.stop();
      await realStore.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
