import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildApiSchema, printApiSchema } from '../../src/api/schema';

const EMITTED_PATH = join(__dirname, '..', '..', 'schema', 'schema.graphql');

describe('schema/schema.graphql', () => {
  test('is the schema the code builds (regenerate: node dist/scripts/emit-schema.js, or UPDATE_SCHEMA=1)', async () => {
    const printed = printApiSchema(await buildApiSchema());
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(EMITTED_PATH, printed, 'utf8');
    expect(readFileSync(EMITTED_PATH, 'utf8')).toBe(printed);
  });
});
