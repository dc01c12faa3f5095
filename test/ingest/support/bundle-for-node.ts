import { buildSync } from 'esbuild';

/**
 * Bundles a TypeScript entry into one CommonJS file that plain `node` (a child
 * process or a worker thread) can run, in CI as here; native modules stay external.
 */
export function bundleForNode(entry: string, outfile: string): void {
  buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['better-sqlite3'],
    outfile,
    logLevel: 'error',
  });
}
