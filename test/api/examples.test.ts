import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { buildApiSchema } from '../../src/api/schema';
import { startSeededTestServer, type TestServer } from '../server/helpers/test-server';

const ROOT = join(__dirname, '..', '..');
const EXAMPLES = readFileSync(join(ROOT, 'schema', 'examples.graphql'), 'utf8');
const TOKEN = 'examples-token';
const operations = parse(EXAMPLES).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

/** True when the answer holds at least one non-empty list or non-null leaf below the root: an example that answers nothing is broken. */
function hasContent(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0 && value.some(hasContent);
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).some(hasContent);
  return true;
}

let t: TestServer;

beforeAll(async () => {
  t = await startSeededTestServer({ apiToken: TOKEN });
});
afterAll(async () => {
  await t.close();
});

test('schema/examples.graphql validates against the schema and names every operation', async () => {
  expect(validate(await buildApiSchema(), parse(EXAMPLES))).toEqual([]);
  expect(operations.length).toBeGreaterThanOrEqual(10);
  for (const operation of operations) expect(operation.name?.value).toBeTruthy();
});

test.each(operations.map((o) => [o.name!.value, o.operation]))('example %s (%s) runs and answers something', async (name) => {
  const response = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query: EXAMPLES, operationName: name }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  expect(response.status).toBe(200);
  for (const [field, value] of Object.entries(body.data ?? {})) {
    if (!hasContent(value)) throw new Error(`${name}: ${field} answered nothing: ${JSON.stringify(value)}`);
  }
});
