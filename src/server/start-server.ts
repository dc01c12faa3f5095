import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap } from '@apollo/server';
import { authenticate } from '../api/auth/authenticate';
import { createApiContext } from '../api/context';
import { ErrorCode } from '../api/errors/error-code';
import type { IngestText } from '../api/ingest/ingest-text';
import { DEFAULT_QUERY_LIMITS, MAX_BODY_BYTES, type QueryLimits } from '../api/limits/api-limits';
import { buildApiSchema } from '../api/schema';
import { LimitExceededError } from '../domain/errors';
import { serveExplorer } from '../explorer/serve-explorer';
import type { GraphStore } from '../store/port';
import { createApolloServer } from './create-apollo-server';
import { graphiqlPage, plainQueryPage } from './graphiql-page';
import { createPipelineIngest } from './pipeline-ingest';
import { sendError } from './json-response';
import { readBody } from './read-body';
import {
  DEFAULT_RESPONSE_CACHE_LIMITS,
  markCacheableAnswers,
  ResponseCache,
  responseCacheFromEnv,
  type ResponseCacheLimits,
} from './response-cache';
import { createAssetReader, findPublicDir } from './static-assets';

export interface StartServerOptions {
  store: GraphStore;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 4000; 0 picks a free port (tests). */
  port?: number;
  /** Bearer token mutations require; unset or empty refuses every mutation. */
  apiToken?: string | null;
  /** Schema introspection (GraphiQL needs it). Default: true unless env GRAPHQL_INTROSPECTION=false. */
  introspection?: boolean;
  /** Extraction + storage behind `ingestDocument`; default: the real pipeline (`createPipelineIngest`); null disables it. */
  ingestText?: IngestText | null;
  limits?: Partial<QueryLimits>;
  maxBodyBytes?: number;
  /** Stack traces in error answers. Default: NODE_ENV === 'development'. */
  development?: boolean;
  /**
   * Whole answers of anonymous read queries kept until the store changes
   * (see `ResponseCache`); only for stores with `dataVersion()`.
   * Default: on unless env RESPONSE_CACHE=off.
   */
  responseCache?: boolean | Partial<ResponseCacheLimits>;
}

export interface RunningServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql */
  url: string;
  /** Stops accepting requests, ends open connections, stops the GraphQL engine. Does not close the store. */
  stop(): Promise<void>;
}

const ENDPOINT = '/graphql';
const ASSETS = '/graphiql';

function wantsHtml(request: IncomingMessage): boolean {
  return (request.headers.accept ?? '').includes('text/html');
}

function toHeaderMap(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

function parseJsonBody(raw: Buffer, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  const text = raw.toString('utf8');
  if (!(contentType ?? '').toLowerCase().includes('application/json')) return text;
  return JSON.parse(text) as unknown;
}

/**
 * Serves the GraphQL API over plain node:http: POST /graphql (and GET with
 * ?query=) to Apollo Server, GET /graphql from a browser to GraphiQL, the
 * GraphiQL assets under /graphiql/, the explorer at / and /explorer/
 * (src/explorer). Every request gets fresh loaders and
 * its caller from the Authorization header. Anonymous read queries may be
 * answered from the response cache, which holds answers only while the store
 * has not changed since they were computed.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const limits: QueryLimits = { ...DEFAULT_QUERY_LIMITS, ...options.limits };
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const development = options.development ?? process.env.NODE_ENV === 'development';
  const cacheOption = options.responseCache ?? responseCacheFromEnv(process.env.RESPONSE_CACHE);
  const store = options.store;
  const cache =
    cacheOption !== false && store.dataVersion
      ? new ResponseCache({ ...DEFAULT_RESPONSE_CACHE_LIMITS, ...(cacheOption === true ? {} : cacheOption) })
      : null;
  const apollo = createApolloServer({
    schema: await buildApiSchema(),
    introspection: options.introspection ?? process.env.GRAPHQL_INTROSPECTION?.toLowerCase() !== 'false',
    limits,
    development,
    plugins: cache ? [markCacheableAnswers()] : [],
  });
  await apollo.start();

  const publicDir = findPublicDir();
  const readAsset = createAssetReader(publicDir);
  const ingestText = options.ingestText === undefined ? createPipelineIngest() : options.ingestText;

  /**
   * The cache key of a request, or null when it must not be cached: only
   * anonymous JSON POSTs (a caller with a token may see more, and Apollo's
   * CSRF check passes every JSON POST, so a hit skips nothing it enforces).
   */
  function cacheKey(request: IncomingMessage, raw: Buffer): string | null {
    if (!cache || request.headers.authorization !== undefined) return null;
    if (!(request.headers['content-type'] ?? '').toLowerCase().includes('application/json')) return null;
    const key = `${request.headers.accept ?? ''}\n${raw.toString('utf8')}`;
    return cache.accepts(key) ? key : null;
  }

  async function handleGraphQL(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    let body: unknown;
    let key: string | null = null;
    let version: string | null = null;
    if (request.method === 'POST') {
      let raw: Buffer;
      try {
        raw = await readBody(request, maxBodyBytes);
      } catch (error) {
        if (error instanceof LimitExceededError) {
          response.setHeader('connection', 'close');
          sendError(response, 413, ErrorCode.PAYLOAD_TOO_LARGE, error.message);
          return;
        }
        throw error;
      }
      key = cacheKey(request, raw);
      if (key !== null) {
        version = await store.dataVersion!();
        const hit = cache!.get(key, version);
        if (hit) {
          for (const [name, value] of hit.headers) response.setHeader(name, value);
          response.statusCode = hit.status;
          response.end(hit.body);
          return;
        }
      }
      try {
        body = parseJsonBody(raw, request.headers['content-type']);
      } catch {
        sendError(response, 400, ErrorCode.BAD_REQUEST, 'The request body is not valid JSON.');
        return;
      }
    }
    const caller = authenticate(request.headers.authorization, options.apiToken);
    const context = createApiContext(store, caller, ingestText);
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers: toHeaderMap(request), search: url.search, body },
      context: async () => context,
    });
    const headers = [...result.headers];
    for (const [name, value] of headers) response.setHeader(name, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      if (key !== null && version !== null && context.outcome.cacheable && response.statusCode === 200) {
        cache!.set(key, version, await store.dataVersion!(), { status: 200, headers, body: result.body.string });
      }
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const method = request.method ?? 'GET';
    if (url.pathname === ENDPOINT) {
      if ((method === 'GET' || method === 'HEAD') && wantsHtml(request) && !url.searchParams.has('query')) {
        const html = publicDir ? graphiqlPage(ENDPOINT, ASSETS) : plainQueryPage(ENDPOINT);
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
        response.end(method === 'HEAD' ? undefined : html);
        return;
      }
      if (method === 'GET' || method === 'POST') {
        await handleGraphQL(request, response, url);
        return;
      }
      response.setHeader('allow', 'GET, POST');
      sendError(response, 405, ErrorCode.BAD_REQUEST, `${method} is not supported on ${ENDPOINT}; use POST (or GET for queries).`);
      return;
    }
    if (url.pathname.startsWith(`${ASSETS}/`) && (method === 'GET' || method === 'HEAD')) {
      const asset = readAsset(url.pathname.slice(ASSETS.length + 1));
      if (asset) {
        response.writeHead(200, { 'content-type': asset.contentType, 'cache-control': 'public, max-age=3600' });
        response.end(method === 'HEAD' ? undefined : asset.body);
        return;
      }
    }
    if (serveExplorer(request, response, url, ENDPOINT)) return;
    if (url.pathname === '/' && method === 'GET') {
      response.writeHead(302, { location: ENDPOINT });
      response.end();
      return;
    }
    sendError(response, 404, ErrorCode.BAD_REQUEST, `Nothing at ${url.pathname.slice(0, 100)}; the GraphQL endpoint is ${ENDPOINT}.`);
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      process.stderr.write(`[server] ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
      sendError(response, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
    });
  });
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4000, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;

  let stopped: Promise<void> | null = null;
  return {
    url: `http://${shownHost}:${port}${ENDPOINT}`,
    stop() {
      stopped ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        // Give requests in flight a moment, then cut what is left (keep-alive sockets, slow clients).
        const timer = setTimeout(() => server.closeAllConnections(), 2_000);
        await closed;
        clearTimeout(timer);
        await apollo.stop();
      })();
      return stopped;
    },
  };
}
