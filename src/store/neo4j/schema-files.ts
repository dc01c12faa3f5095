import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { StoreUnavailableError } from '../../domain/errors';
import { splitCypherStatements } from './cypher-script';

/**
 * Constraints and indexes live in `schema/neo4j/*.cypher` (each statement
 * `IF NOT EXISTS`, so running them at every start-up is idempotent), applied
 * in file-name order.
 */
export interface SchemaStatement {
  file: string;
  cypher: string;
}

/** The repository's `schema/neo4j`, found upward from this module (works from `src/` and from `dist/src/`). */
export function defaultSchemaDir(): string {
  let dir = __dirname;
  for (;;) {
    const candidate = join(dir, 'schema', 'neo4j');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new StoreUnavailableError(
        `Cannot find schema/neo4j above ${__dirname}; ship the schema folder with the build or pass schemaDir.`,
      );
    }
    dir = parent;
  }
}

export function loadSchemaStatements(schemaDir: string = defaultSchemaDir()): SchemaStatement[] {
  const dir = resolve(schemaDir);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort();
  return files.flatMap((file) =>
    splitCypherStatements(readFileSync(join(dir, file), 'utf8')).map((cypher) => ({ file, cypher })),
  );
}
