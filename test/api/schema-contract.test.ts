import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, findBreakingChanges, findDangerousChanges } from 'graphql';
import { buildApiSchema } from '../../src/api/schema';

/** A copy of shared/contract/api.graphql kept in the repository so that a clean clone can run this test. */
const CONTRACT_PATH = join(__dirname, 'fixtures', 'contract.graphql');
/** The shared original, present in the development workspace only. */
const SHARED_CONTRACT_PATH = join(__dirname, '..', '..', '..', 'shared', 'contract', 'api.graphql');

describe('built schema against the public contract (shared/contract/api.graphql)', () => {
  test('has no breaking change', async () => {
    const contract = buildSchema(readFileSync(CONTRACT_PATH, 'utf8'));
    const built = await buildApiSchema();
    expect(findBreakingChanges(contract, built)).toEqual([]);
  });

  test('keeps the contract argument defaults (no dangerous change either)', async () => {
    const contract = buildSchema(readFileSync(CONTRACT_PATH, 'utf8'));
    const built = await buildApiSchema();
    // Adding optional arguments and enum values is "dangerous" to graphql-js; changed defaults are what we refuse.
    const changedDefaults = findDangerousChanges(contract, built).filter((c) => c.type === 'ARG_DEFAULT_VALUE_CHANGE');
    expect(changedDefaults).toEqual([]);
  });

  test('the repository copy of the contract is the shared one', () => {
    if (!existsSync(SHARED_CONTRACT_PATH)) return; // a clean clone has only the copy
    expect(readFileSync(CONTRACT_PATH, 'utf8')).toBe(readFileSync(SHARED_CONTRACT_PATH, 'utf8'));
  });

  test('breaking-change check is able to fail: a removed field is reported', () => {
    const contract = buildSchema('type Query { document(id: ID!): String }');
    const changed = buildSchema('type Query { other: String }');
    expect(findBreakingChanges(contract, changed).map((c) => c.type)).toContain('FIELD_REMOVED');
  });
});
