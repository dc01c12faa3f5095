import { InvalidArgumentError } from '../domain/errors';

/** Runtime configuration, read once from the environment (shared/contract/cli.md). */
export interface Config {
  host: string;
  port: number;
  dataDir: string;
  neo4j: Neo4jConfig | null;
  apiToken: string | null;
  introspection: boolean;
}

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}

export function readConfig(env: NodeJS.ProcessEnv): Config {
  const port = env.PORT === undefined || env.PORT === '' ? 4000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InvalidArgumentError(`PORT must be an integer from 0 to 65535, got '${env.PORT}'.`);
  }
  const uri = nonEmpty(env.NEO4J_URI);
  return {
    host: nonEmpty(env.HOST) ?? '127.0.0.1',
    port,
    dataDir: nonEmpty(env.DATA_DIR) ?? './data',
    neo4j: uri
      ? {
          uri,
          user: nonEmpty(env.NEO4J_USER) ?? 'neo4j',
          password: env.NEO4J_PASSWORD ?? '',
          database: nonEmpty(env.NEO4J_DATABASE) ?? undefined,
        }
      : null,
    apiToken: nonEmpty(env.API_TOKEN),
    introspection: env.GRAPHQL_INTROSPECTION !== 'false',
  };
}

function nonEmpty(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value;
}
