import neo4j, { Neo4jError, type BookmarkManager, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { DirectiveGraphError, InvalidArgumentError, StoreUnavailableError } from '../../domain/errors';
import type { CypherStatement } from './cypher';

/**
 * The only module that talks to `neo4j-driver`: owns the process's drivers,
 * runs statements in managed transactions (the driver retries transient
 * failures and leader switches), and turns driver errors into ours.
 */

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  /** Default database of the server when unset. */
  database?: string;
}

export type Row = Record<string, unknown>;

/** What a transaction function sees: statements in, plain rows out (values still Neo4j types; see mapping.ts). */
export interface StatementRunner {
  run(statement: CypherStatement): Promise<Row[]>;
}

interface SharedDriver {
  driver: Driver;
  /**
   * Shared by every session of the driver, so a read follows the writes this
   * process committed before it even when a cluster routes it to a follower
   * (causal consistency across the port's one-transaction calls).
   */
  bookmarks: BookmarkManager;
  users: number;
}

/** One driver per (uri, credentials) per process: a driver is a connection pool, and routing tables are per driver. */
const drivers = new Map<string, SharedDriver>();

export class Neo4jExecutor {
  private closed = false;

  private constructor(
    private readonly key: string,
    private readonly driver: Driver,
    private readonly bookmarks: BookmarkManager,
    readonly connection: Readonly<Omit<Neo4jConnection, 'password'>>,
  ) {}

  /** Opens (or shares) the driver and checks the server answers and accepts the credentials. */
  static async connect(connection: Neo4jConnection): Promise<Neo4jExecutor> {
    // The password is part of the key so that other credentials get their own pool (kept in memory only).
    const key = `${connection.uri}\u0000${connection.user}\u0000${connection.password}`;
    let shared = drivers.get(key);
    if (!shared) {
      let driver: Driver;
      try {
        driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
          userAgent: 'directive-graph',
          maxTransactionRetryTime: 30_000,
          connectionAcquisitionTimeout: 30_000,
        });
      } catch (error) {
        throw new StoreUnavailableError(
          `NEO4J_URI '${connection.uri}' is not a Neo4j address: ${(error as Error).message}. Use bolt://host:7687 or neo4j://host:7687 (neo4j+s:// for Aura).`,
          { cause: error },
        );
      }
      shared = { driver, bookmarks: neo4j.bookmarkManager(), users: 0 };
      drivers.set(key, shared);
    }
    shared.users++;
    const { password: _password, ...visible } = connection;
    const executor = new Neo4jExecutor(key, shared.driver, shared.bookmarks, visible);
    try {
      await shared.driver.verifyConnectivity({ database: connection.database });
    } catch (error) {
      await executor.close();
      const mapped = mapNeo4jError(error, visible);
      // Whatever fails while connecting (an HTTP port, TLS mismatch, protocol error) means the store is unavailable.
      throw mapped instanceof DirectiveGraphError
        ? mapped
        : new StoreUnavailableError(
            `Cannot connect to Neo4j at ${visible.uri}: ${mapped.message}. Check NEO4J_URI (bolt://host:7687, neo4j+s:// for Aura).`,
            { cause: error },
          );
    }
    return executor;
  }

  read<T>(work: (tx: StatementRunner) => Promise<T>): Promise<T> {
    return this.transaction('READ', work);
  }

  write<T>(work: (tx: StatementRunner) => Promise<T>): Promise<T> {
    return this.transaction('WRITE', work);
  }

  /** Schema commands cannot share a transaction with data writes, so each runs in its own. */
  async runSchema(statements: readonly string[]): Promise<void> {
    for (const cypher of statements) {
      await this.write((tx) => tx.run({ cypher, params: {} }));
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const shared = drivers.get(this.key);
    if (!shared) return;
    shared.users--;
    if (shared.users <= 0) {
      drivers.delete(this.key);
      await shared.driver.close();
    }
  }

  private async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: StatementRunner) => Promise<T>): Promise<T> {
    if (this.closed) throw new StoreUnavailableError('The Neo4j store is closed; open a new one.');
    const session = this.driver.session({
      database: this.connection.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
    const runner = (tx: ManagedTransaction): StatementRunner => ({
      async run(statement: CypherStatement): Promise<Row[]> {
        const result = await tx.run(statement.cypher, statement.params);
        return result.records.map((record) => record.toObject() as Row);
      },
    });
    try {
      return mode === 'READ'
        ? await session.executeRead((tx) => work(runner(tx)))
        : await session.executeWrite((tx) => work(runner(tx)));
    } catch (error) {
      throw mapNeo4jError(error, this.connection);
    } finally {
      await session.close();
    }
  }
}

/**
 * Driver errors → our error classes, with a message that says what to fix.
 * Our own errors thrown inside a transaction function pass through; a Cypher
 * error the server reports is our bug and keeps its code in the message.
 */
export function mapNeo4jError(error: unknown, connection: { uri: string; user: string; database?: string }): Error {
  if (error instanceof DirectiveGraphError) return error;
  const code = error instanceof Neo4jError ? error.code : (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const where = `Neo4j at ${connection.uri}${connection.database ? ` (database '${connection.database}')` : ''}`;
  if (typeof code === 'string') {
    if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
      return new StoreUnavailableError(
        `${where} rejected the credentials of user '${connection.user}': check NEO4J_USER and NEO4J_PASSWORD.`,
        { cause: error },
      );
    }
    if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
      return new StoreUnavailableError(`${where}: the database does not exist; check NEO4J_DATABASE or create it.`, {
        cause: error,
      });
    }
    if (code === neo4j.error.SERVICE_UNAVAILABLE || code === neo4j.error.SESSION_EXPIRED || code.startsWith('Neo.TransientError.')) {
      return new StoreUnavailableError(
        `${where} is unreachable or unavailable (${message}); check NEO4J_URI and that the server is running.`,
        { cause: error },
      );
    }
    if (code.startsWith('Neo.DatabaseError.')) {
      return new StoreUnavailableError(`${where} failed: ${message}`, { cause: error });
    }
    if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new InvalidArgumentError(`${where} refused a write that breaks a uniqueness constraint: ${message}`, {
        cause: error,
      });
    }
  }
  return error instanceof Error ? error : new Error(message);
}
