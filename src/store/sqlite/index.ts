export { openSqliteStore, DATABASE_FILE_NAME, type OpenSqliteOptions } from './open-sqlite-store';
export { SqliteGraphStore } from './sqlite-graph-store';
export { MAX_TRAVERSAL_DEPTH } from './relation-queries';
