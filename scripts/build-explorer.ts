/**
 * Bundles the explorer (src/explorer/app, TypeScript + Cytoscape.js) with
 * esbuild into src/explorer/public, which the server serves at `/` and
 * `/explorer/`; no CDN at run time. Run after changing the explorer:
 * `npm run build && node dist/scripts/build-explorer.js`; the output is
 * committed, like the GraphiQL bundle.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** Builds into `outDir` (default: the served folder); tests build into a temporary one. */
export async function buildExplorer(outDir = join(projectRoot(), 'src', 'explorer', 'public')): Promise<string[]> {
  const root = projectRoot();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({
    // main.ts imports explorer.css, so esbuild writes explorer.css next to explorer.js.
    entryPoints: { explorer: join(root, 'src', 'explorer', 'app', 'main.ts') },
    outdir: outDir,
    entryNames: '[name]',
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    legalComments: 'linked',
    logLevel: 'warning',
    absWorkingDir: root,
    tsconfigRaw: { compilerOptions: { strict: true } },
  });
  return readdirSync(outDir);
}

if (require.main === module) {
  buildExplorer()
    .then((names) => {
      const dir = join(projectRoot(), 'src', 'explorer', 'public');
      for (const name of names) process.stdout.write(`${name}\t${Math.round(statSync(join(dir, name)).size / 1024)} kB\n`);
    })
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
      process.exit(1);
    });
}
