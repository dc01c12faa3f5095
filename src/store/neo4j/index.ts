export { openNeo4jStore, closeOnSignals, type OpenNeo4jOptions, type Closeable } from './open-neo4j-store';
export { Neo4jGraphStore } from './neo4j-graph-store';
export { MAX_TRAVERSAL_DEPTH } from './cypher';
export type { Neo4jConnection } from './executor';
