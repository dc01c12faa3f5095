import neo4j from 'neo4j-driver';
import { openNeo4jStore } from '../../../src/store/neo4j/open-neo4j-store';
import { describeGraphStoreContract } from '../contract/describe-graph-store-contract';

/**
 * The GraphStore contract against a real Neo4j 5, when NEO4J_URI is set:
 *   docker compose up -d neo4j
 *   NEO4J_URI=bolt://localhost:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=... npx jest test/store/neo4j
 * Each test starts from an empty database, so the suite refuses a database
 * that holds data unless NEO4J_TEST_WIPE=yes says it may be wiped.
 */
const uri = process.env.NEO4J_URI;
const connection = {
  uri: uri ?? '',
  user: process.env.NEO4J_USER ?? 'neo4j',
  password: process.env.NEO4J_PASSWORD ?? '',
  database: process.env.NEO4J_DATABASE || undefined,
};

/** Test-only wipe through its own driver: the store has (and should have) no "delete everything" call. */
async function wipe(checkEmptyFirst: boolean): Promise<void> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
  const session = driver.session({ database: connection.database });
  try {
    if (checkEmptyFirst && process.env.NEO4J_TEST_WIPE !== 'yes') {
      const result = await session.run('MATCH (n) RETURN count(n) AS n');
      const count = result.records[0].get('n').toNumber();
      if (count > 0) {
        throw new Error(
          `The Neo4j database at ${connection.uri} holds ${count} nodes; the contract suite wipes it between tests. ` +
            'Point NEO4J_URI at a throwaway instance, or set NEO4J_TEST_WIPE=yes.',
        );
      }
    }
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
    await driver.close();
  }
}

if (uri) {
  let first = true;
  describeGraphStoreContract(`neo4j (${uri})`, async () => {
    await wipe(first);
    first = false;
    const store = await openNeo4jStore(connection);
    return {
      store,
      async cleanup() {
        await store.close();
      },
    };
  });
} else {
  describe('GraphStore contract: neo4j', () => {
    test.skip('skipped: NEO4J_URI is not set (no Neo4j server here); see docs/deployment.md to run it', () => {});
  });
}
