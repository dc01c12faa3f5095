/**
 * Bundles GraphiQL (graphiql 5, React 19, Monaco and its three language
 * workers) with esbuild into src/server/public, so the server ships it and
 * the browser needs no CDN. Run after upgrading graphiql:
 * `npm run build && node dist/scripts/build-graphiql.js`; the output is
 * committed.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build, type BuildOptions } from 'esbuild';

function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

const ROOT = projectRoot();
const OUT_DIR = join(ROOT, 'src', 'server', 'public');

const COMMON: BuildOptions = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  legalComments: 'linked',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
  absWorkingDir: ROOT,
};

const WORKERS: Record<string, string> = {
  'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
  'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
  'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
};

async function main(): Promise<void> {
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  await build({
    ...COMMON,
    entryPoints: { graphiql: join(ROOT, 'src', 'server', 'graphiql-app', 'graphiql-entry.mjs') },
    outdir: OUT_DIR,
    // Monaco's codicon font is inlined so the CSS has no second request to make.
    loader: { '.ttf': 'dataurl', '.woff': 'dataurl', '.woff2': 'dataurl' },
  });
  await build({ ...COMMON, entryPoints: WORKERS, outdir: OUT_DIR });
  for (const name of readdirSync(OUT_DIR)) {
    process.stdout.write(`${name}\t${Math.round(statSync(join(OUT_DIR, name)).size / 1024)} kB\n`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(1);
  });
}
