import { awaitIndexes } from './cypher';
import { Neo4jExecutor, type Neo4jConnection } from './executor';
import { Neo4jGraphStore } from './neo4j-graph-store';
import { loadSchemaStatements } from './schema-files';

/** How long start-up waits for indexes created by the schema files to come online. */
const INDEX_WAIT_SECONDS = 300;

export interface OpenNeo4jOptions extends Neo4jConnection {
  /** Folder of `*.cypher` schema files; the repository's `schema/neo4j` by default. */
  schemaDir?: string;
  /** Clock for `File.ingestedAt` (tests pin it). */
  now?: () => Date;
}

/**
 * Connects (one driver per process and server; see executor.ts), verifies
 * connectivity and credentials, applies the idempotent schema statements,
 * waits for the indexes to be online, and returns the store. Throws `StoreUnavailableError` with what to fix when
 * the server is unreachable or refuses the credentials.
 */
export async function openNeo4jStore(options: OpenNeo4jOptions): Promise<Neo4jGraphStore> {
  const statements = loadSchemaStatements(options.schemaDir);
  const executor = await Neo4jExecutor.connect(options);
  try {
    await executor.runSchema(statements.map((s) => s.cypher));
    await executor.read((tx) => tx.run(awaitIndexes(INDEX_WAIT_SECONDS)));
  } catch (error) {
    await executor.close();
    throw error;
  }
  return new Neo4jGraphStore(executor, options.now);
}

/** Anything with a `close()`, such as a GraphStore. */
export interface Closeable {
  close(): Promise<void>;
}

/**
 * Closes the store when the process is asked to stop (the driver flushes
 * and releases its connections), then lets the signal's default happen.
 * Returns a function that removes the handlers. The CLI wires it.
 */
export function closeOnSignals(
  store: Closeable,
  signals: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGINT'],
  target: Pick<NodeJS.Process, 'once' | 'off' | 'kill' | 'pid'> = process,
): () => void {
  const handlers = signals.map((signal) => {
    const handler = (): void => {
      dispose();
      void store.close().finally(() => target.kill(target.pid, signal));
    };
    target.once(signal, handler);
    return [signal, handler] as const;
  });
  function dispose(): void {
    for (const [signal, handler] of handlers) target.off(signal, handler);
  }
  return dispose;
}
