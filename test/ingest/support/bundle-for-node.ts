import { buildSync } from 'esbuild';
import { join } from 'node:path';

const NODE_MODULES = join(__dirname, '../../../node_modules');

/**
 * Bundles a TypeScript entry into one CommonJS file that plain `node` (a child
 * process or a worker thread) can run, in CI as here. Native modules stay
 * external and are found in this checkout's node_modules wherever the bundle
 * is written: a worker thread takes no NODE_PATH of its own.
 */
export function bundleForNode(entry: string, outfile: string): void {
  buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['better-sqlite3'],
    banner: { js: `module.paths.unshift(${JSON.stringify(NODE_MODULES)});` },
    outfile,
    logLevel: 'error',
  });
}
