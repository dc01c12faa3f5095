import { createServer, type Server } from 'node:net';
import neo4j from 'neo4j-driver';
import { InvalidArgumentError, NotFoundError, StoreUnavailableError } from '../../../src/domain/errors';
import { mapNeo4jError } from '../../../src/store/neo4j/executor';
import { openNeo4jStore } from '../../../src/store/neo4j/open-neo4j-store';

const connection = { uri: 'bolt://db.example:7687', user: 'neo4j' };

function serverError(code: string, message = 'boom'): Error {
  return new neo4j.Neo4jError(message, code as never, '50N42', 'error: general processing exception');
}

describe('mapNeo4jError', () => {
  test('wrong credentials say which variables to check', () => {
    const mapped = mapNeo4jError(serverError('Neo.ClientError.Security.Unauthorized'), connection);
    expect(mapped).toBeInstanceOf(StoreUnavailableError);
    expect(mapped.name).toBe('StoreUnavailableError');
    expect(mapped.message).toBe(
      "Neo4j at bolt://db.example:7687 rejected the credentials of user 'neo4j': check NEO4J_USER and NEO4J_PASSWORD.",
    );
  });

  test('an unreachable server or lost leader is StoreUnavailableError naming the URI', () => {
    for (const code of [neo4j.error.SERVICE_UNAVAILABLE, neo4j.error.SESSION_EXPIRED, 'Neo.TransientError.General.DatabaseUnavailable']) {
      const mapped = mapNeo4jError(serverError(code, 'no route'), connection);
      expect(mapped).toBeInstanceOf(StoreUnavailableError);
      expect(mapped.message).toMatch(/^Neo4j at bolt:\/\/db\.example:7687 is unreachable or unavailable \(no route\); check NEO4J_URI/);
    }
  });

  test('a missing database names NEO4J_DATABASE', () => {
    const mapped = mapNeo4jError(serverError('Neo.ClientError.Database.DatabaseNotFound'), { ...connection, database: 'graph' });
    expect(mapped).toBeInstanceOf(StoreUnavailableError);
    expect(mapped.message).toContain("(database 'graph')");
    expect(mapped.message).toContain('NEO4J_DATABASE');
  });

  test('a constraint violation is an argument error; our own errors pass through unchanged', () => {
    expect(mapNeo4jError(serverError('Neo.ClientError.Schema.ConstraintValidationFailed'), connection)).toBeInstanceOf(
      InvalidArgumentError,
    );
    const own = new NotFoundError('x');
    expect(mapNeo4jError(own, connection)).toBe(own);
  });

  test('a Cypher error from the server (our bug) keeps its original error', () => {
    const syntax = serverError('Neo.ClientError.Statement.SyntaxError');
    expect(mapNeo4jError(syntax, connection)).toBe(syntax);
  });
});

describe('openNeo4jStore against servers that are not there', () => {
  test('a closed port gives StoreUnavailableError with the URI and what to check', async () => {
    // Bind and release a port so nothing listens on it.
    const port = await new Promise<number>((resolve) => {
      const s: Server = createServer();
      s.listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const uri = `bolt://127.0.0.1:${port}`;
    const error = await openNeo4jStore({ uri, user: 'neo4j', password: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toContain(`Neo4j at ${uri} is unreachable or unavailable`);
    expect((error as Error).message).toContain('check NEO4J_URI');
  });

  test('a server that speaks something else than Bolt is StoreUnavailableError too', async () => {
    const sockets = new Set<import('node:net').Socket>();
    const server = createServer((socket) => {
      sockets.add(socket);
      socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const error = await openNeo4jStore({ uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: 'x' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect((error as Error).message).toMatch(/^Cannot connect to Neo4j at bolt:\/\/127\.0\.0\.1:\d+: Server responded HTTP/);
    } finally {
      sockets.forEach((s) => s.destroy());
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test('a URI that is not a Neo4j address says which schemes work', async () => {
    const error = await openNeo4jStore({ uri: 'http://localhost:7474', user: 'neo4j', password: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toMatch(/bolt:\/\/host:7687 or neo4j:\/\/host:7687/);
  });
});
