import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The folder with the built GraphiQL assets: next to this module when running
 * from src/, or back in src/server/public when running the compiled dist/
 * (tsc does not copy non-TypeScript files).
 */
export function findPublicDir(): string | null {
  const candidates = [join(__dirname, 'public'), join(__dirname, '..', '..', '..', 'src', 'server', 'public')];
  return candidates.find((dir) => existsSync(join(dir, 'graphiql.js'))) ?? null;
}

export interface StaticAsset {
  body: Buffer;
  contentType: string;
}

/** Reads an asset by bare file name only (no sub-paths, so no way out of the folder), cached after the first read. */
export function createAssetReader(publicDir: string | null): (name: string) => StaticAsset | null {
  const cache = new Map<string, StaticAsset | null>();
  return (name) => {
    if (!publicDir || name !== basename(name) || name.startsWith('.')) return null;
    const contentType = CONTENT_TYPES[extname(name)];
    if (!contentType) return null;
    if (!cache.has(name)) {
      const path = join(publicDir, name);
      cache.set(name, existsSync(path) ? { body: readFileSync(path), contentType } : null);
    }
    return cache.get(name) ?? null;
  };
}
