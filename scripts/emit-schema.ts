/**
 * Writes schema/schema.graphql from the decorated classes. Run after changing
 * the API: `npm run build && node dist/scripts/emit-schema.js` (or
 * `UPDATE_SCHEMA=1 npx jest test/api/schema-emitted`); the test
 * test/api/schema-emitted.test.ts fails until the committed file matches.
 */
import 'reflect-metadata';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildApiSchema, printApiSchema } from '../src/api/schema';

/** The checkout's root: the nearest folder above this file with a package.json (works from scripts/ and dist/scripts/). */
function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const EMITTED_SCHEMA_PATH = join(projectRoot(), 'schema', 'schema.graphql');

async function main(): Promise<void> {
  const schema = await buildApiSchema();
  writeFileSync(EMITTED_SCHEMA_PATH, printApiSchema(schema), 'utf8');
  process.stdout.write(`wrote ${EMITTED_SCHEMA_PATH}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(1);
  });
}
