import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IngestText } from '../../../src/api/ingest/ingest-text';
import { startServer, type RunningServer, type StartServerOptions } from '../../../src/server/start-server';
import { ingestPaths } from '../../../src/ingest/ingest-paths';
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

/** An empty store and how to dispose of it. */
export interface OpenedStore {
  store: GraphStore;
  cleanup(): Promise<void>;
}
export type StoreOpener = () => Promise<OpenedStore>;

/** A real SQLite store in a fresh temporary folder. */
export const openTempSqliteStore: StoreOpener = async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'directive-graph-api-'));
  const store = await openSqliteStore(dataDir);
  return {
    store,
    async cleanup() {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

export interface TestServerOptions extends Partial<Omit<StartServerOptions, 'store'>> {
  /** Wrap the real store (e.g. in a counting proxy) before the server gets it. */
  wrapStore?: (store: GraphStore) => GraphStore;
  ingestText?: IngestText | null;
  /** Default: a fresh SQLite store in a temporary folder. */
  openStore?: StoreOpener;
}

/** A real store (SQLite unless told otherwise) behind a real HTTP server on a free port. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const { wrapStore, openStore = openTempSqliteStore, ...serverOptions } = options;
  const opened = await openStore();
  const realStore = opened.store;
  const store = wrapStore ? wrapStore(realStore) : realStore;
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
      await opened.cleanup();
    },
  };
}

const PROJECT_ROOT = join(__dirname, '..', '..', '..');

/** A test server whose store holds the five seed files, ingested with the real pipeline. */
export async function startSeededTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const server = await startTestServer(options);
  const summary = await ingestPaths([join(PROJECT_ROOT, 'seeds')], server.store, { cwd: PROJECT_ROOT });
  if (summary.filesIngested !== 5) {
    await server.close();
    throw new Error(`expected the 5 seed files to be ingested, got ${summary.filesIngested}`);
  }
  return server;
}
