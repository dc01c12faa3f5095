import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { buildApiSchema } from '../../../src/api/schema';
import { measureOperation } from '../../../src/api/limits/measure-operation';

async function measure(query: string, fieldBudget = 1000) {
  const document = parse(query);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return measureOperation(await buildApiSchema(), operation, fragments, { fieldBudget, maxPageSize: 100 });
}

describe('measureOperation', () => {
  test.each([
    // query, depth, fields, aliases, complexity (worked out by hand: a field costs 1 + size × children)
    ['{ stats { documents } }', 2, 2, 0, 2],
    ['{ a: stats { documents } b: stats { inCorpus } }', 2, 4, 2, 4],
    // documents(first: 5): 1 + 5 × (edges: 1 + 1 × (node: 1 + code 1)) = 1 + 5 × 3
    ['{ documents(first: 5) { edges { node { code } } } }', 4, 4, 0, 16],
    // relations is a list without `first`, assumed 10: relations 1 + 10 × (type 1 + target 2) = 31,
    // node 1 + 31 = 32, edges 1 + 32 = 33, documents 1 + 2 × 33 = 67
    ['{ documents(first: 2) { edges { node { relations(direction: OUT) { type target { id } } } } } }', 6, 7, 0, 67],
    ['query($n: Int) { documents(first: $n) { totalCount } }', 2, 2, 0, 101],
    ['{ __schema { types { name fields { name type { ofType { ofType { name } } } } } } }', 0, 0, 0, 0],
    ['{ stats { ...S } } fragment S on GraphStats { documents ... on GraphStats { inCorpus } }', 2, 3, 0, 3],
  ])('%s → depth %d, fields %d, aliases %d, cost %d', async (query, depth, fields, aliases, complexity) => {
    expect(await measure(query)).toEqual({ depth, fields, aliases, complexity, truncated: false });
  });

  test('stops counting past the field budget (fragment bombs)', async () => {
    const fragments = Array.from({ length: 40 }, (_, i) =>
      i === 39 ? `fragment F${i} on GraphStats { documents }` : `fragment F${i} on GraphStats { ...F${i + 1} ...F${i + 1} }`,
    ).join('\n');
    const measured = await measure(`{ stats { ...F0 } }\n${fragments}`, 50);
    expect(measured.truncated).toBe(true);
    expect(measured.fields).toBe(51);
  });

  test('a fragment cycle does not loop (the standard rules report it)', async () => {
    const measured = await measure('{ stats { ...A } } fragment A on GraphStats { documents ...B } fragment B on GraphStats { inCorpus ...A }');
    expect(measured).toMatchObject({ fields: 3, truncated: false });
  });
});
