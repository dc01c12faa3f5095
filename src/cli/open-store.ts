import type { Config } from './config';
import type { GraphStore } from '../store/port';

/**
 * The store the configuration names: Neo4j when NEO4J_URI is set, else the
 * embedded SQLite store in DATA_DIR. Each implementation is loaded only when
 * chosen, so the embedded default never loads the Neo4j driver.
 */
export async function openConfiguredStore(config: Config): Promise<GraphStore> {
  if (config.neo4j) {
    const { openNeo4jStore } = await import('../store/neo4j');
    return openNeo4jStore(config.neo4j);
  }
  const { openSqliteStore } = await import('../store/sqlite');
  return openSqliteStore(config.dataDir);
}
