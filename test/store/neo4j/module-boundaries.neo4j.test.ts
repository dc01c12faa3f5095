import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The layering the lint test relies on: Cypher is written only in cypher.ts
 * (so linting its exports lints everything the store sends), and only
 * executor.ts opens sessions; mapping.ts may import the driver's value types.
 */
const dir = join(__dirname, '..', '..', '..', 'src', 'store', 'neo4j');
const modules = readdirSync(dir).filter((f) => f.endsWith('.ts'));
const source = (file: string): string => readFileSync(join(dir, file), 'utf8');
const CYPHER = /\b(MATCH|MERGE|UNWIND|DETACH DELETE|OPTIONAL MATCH)\s*[($]|\bCALL\s+(db|dbms)\./;

describe('src/store/neo4j module boundaries', () => {
  test('only cypher.ts contains Cypher', () => {
    const withCypher = modules.filter((f) => CYPHER.test(source(f)));
    expect(withCypher).toEqual(['cypher.ts']);
  });

  test('only executor.ts and mapping.ts import neo4j-driver, and only executor.ts opens sessions', () => {
    const importers = modules.filter((f) => /from 'neo4j-driver'/.test(source(f))).sort();
    expect(importers).toEqual(['executor.ts', 'mapping.ts']);
    expect(modules.filter((f) => /\.session\(|\.driver\(/.test(source(f)))).toEqual(['executor.ts']);
  });
});
