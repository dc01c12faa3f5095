import neo4j from 'neo4j-driver';
import { openNeo4jStore } from '../../src/store/neo4j';
import { describeApiOverStore } from './fixture-queries.suite';

/**
 * The API suite over Neo4j, when NEO4J_URI points at a throwaway instance
 * (the suite empties it first; it refuses a non-empty one unless
 * NEO4J_TEST_WIPE=yes):
 *   NEO4J_URI=bolt://localhost:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=... npx jest test/api/fixture-queries.neo4j
 */
const uri = process.env.NEO4J_URI;
const connection = {
  uri: uri ?? '',
  user: process.env.NEO4J_USER ?? 'neo4j',
  password: process.env.NEO4J_PASSWORD ?? '',
  database: process.env.NEO4J_DATABASE || undefined,
};

async function emptyDatabase(): Promise<void> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
  const session = driver.session({ database: connection.database });
  try {
    const count = (await session.run('MATCH (n) RETURN count(n) AS n')).records[0]!.get('n').toNumber();
    if (count > 0 && process.env.NEO4J_TEST_WIPE !== 'yes') {
      throw new Error(`The Neo4j database at ${connection.uri} holds ${count} nodes; use a throwaway instance or set NEO4J_TEST_WIPE=yes.`);
    }
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
    await driver.close();
  }
}

if (uri) {
  describeApiOverStore(`Neo4j (${uri})`, async () => {
    await emptyDatabase();
    const store = await openNeo4jStore(connection);
    return { store, cleanup: () => store.close() };
  });
} else {
  describe('API over Neo4j', () => {
    test.skip('skipped: NEO4J_URI is not set (no Neo4j server here)', () => {});
  });
}
