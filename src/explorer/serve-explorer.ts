import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { createAssetReader } from '../server/static-assets';
import { explorerPage } from './explorer-page';

export const EXPLORER_ASSETS = '/explorer';

/**
 * The built explorer (scripts/build-explorer.ts): next to this module when
 * running from src/, or back in src/explorer/public from the compiled dist/.
 */
export function findExplorerDir(): string | null {
  const candidates = [join(__dirname, 'public'), join(__dirname, '..', '..', '..', 'src', 'explorer', 'public')];
  return candidates.find((dir) => existsSync(join(dir, 'explorer.js'))) ?? null;
}

const readAsset = createAssetReader(findExplorerDir());

/**
 * Serves the explorer page at `/` and its assets under `/explorer/`.
 * Returns false (and writes nothing) for any other request, or when the
 * bundle is not built, so the server's own routes apply.
 */
export function serveExplorer(request: IncomingMessage, response: ServerResponse, url: URL, endpointPath: string): boolean {
  const method = request.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (url.pathname === '/') {
    if (!findExplorerDir()) return false;
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
    response.end(method === 'HEAD' ? undefined : explorerPage(endpointPath, EXPLORER_ASSETS));
    return true;
  }
  if (!url.pathname.startsWith(`${EXPLORER_ASSETS}/`)) return false;
  const asset = readAsset(url.pathname.slice(EXPLORER_ASSETS.length + 1));
  if (!asset) return false;
  response.writeHead(200, { 'content-type': asset.contentType, 'cache-control': 'no-cache' });
  response.end(method === 'HEAD' ? undefined : asset.body);
  return true;
}
