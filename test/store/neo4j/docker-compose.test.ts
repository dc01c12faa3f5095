import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * No Docker engine runs here, so docker-compose.yml is checked by parsing it
 * (js-yaml, which jest already installs) and asserting what the deployment
 * relies on. `docker compose config` does the full check where Docker exists.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yaml = require('js-yaml') as { load(text: string): unknown };

const root = join(__dirname, '..', '..', '..');
const compose = yaml.load(readFileSync(join(root, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, Record<string, unknown>>;
  volumes: Record<string, unknown>;
};
const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');

/** Resolves `${VAR:-default}` the way compose does, for an empty environment. */
function withDefaults(value: string): string {
  return value.replace(/\$\{([A-Z0-9_]+):-([^}]*)\}/g, (_m, _name: string, fallback: string) => fallback);
}

describe('docker-compose.yml', () => {
  const neo4j = compose.services.neo4j;
  const api = compose.services.api;
  const neo4jEnv = neo4j.environment as Record<string, string>;
  const apiEnv = api.environment as Record<string, string>;

  test('runs Neo4j 5 without plugins, data on a named volume', () => {
    expect(neo4j.image).toMatch(/^neo4j:5(\.|$)/);
    expect(Object.keys(neo4jEnv).filter((k) => k.includes('PLUGINS'))).toEqual([]);
    const [volume, mountPoint] = String((neo4j.volumes as string[])[0]).split(':');
    expect(mountPoint).toBe('/data');
    expect(Object.keys(compose.volumes)).toContain(volume);
  });

  test('takes credentials from NEO4J_USER / NEO4J_PASSWORD with defaults Neo4j 5 accepts', () => {
    expect(neo4jEnv.NEO4J_AUTH).toMatch(/^\$\{NEO4J_USER:-neo4j\}\/\$\{NEO4J_PASSWORD:-[^}]+\}$/);
    const [user, password] = withDefaults(neo4jEnv.NEO4J_AUTH).split('/');
    expect(user).toBe('neo4j');
    expect(password.length).toBeGreaterThanOrEqual(8);
    expect(withDefaults(apiEnv.NEO4J_USER)).toBe(user);
    expect(withDefaults(apiEnv.NEO4J_PASSWORD)).toBe(password);
  });

  test('other NEO4J_ variables are server settings (the image turns them into config; unknown ones stop it)', () => {
    const settings = Object.keys(neo4jEnv).filter((k) => k !== 'NEO4J_AUTH');
    for (const key of settings) expect(key).toMatch(/^NEO4J_server_[a-z_]+$/);
  });

  test('has a health check that needs Bolt and the credentials', () => {
    const check = neo4j.healthcheck as { test: string[]; interval: string; retries: number };
    expect(check.test[0]).toBe('CMD-SHELL');
    expect(check.test[1]).toContain('cypher-shell');
    // `$$` so compose leaves the shell expansion of NEO4J_AUTH to the container.
    expect(check.test[1]).toContain('$${NEO4J_AUTH%%/*}');
    expect(check.retries).toBeGreaterThan(0);
  });

  test('the api is built here, waits for a healthy Neo4j, and serves port 4000 like npm start', () => {
    expect(api.build).toBe('.');
    expect(api.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    expect(apiEnv.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(apiEnv.HOST).toBe('0.0.0.0');
    expect(apiEnv.PORT).toBe('4000');
    expect(api.ports).toEqual(['127.0.0.1:4000:4000']);
  });
});

describe('Dockerfile', () => {
  test('builds on node 20 with npm ci and starts with ingest-if-empty', () => {
    expect(dockerfile).toMatch(/^FROM node:20\S* AS build$/m);
    expect(dockerfile).toMatch(/^RUN npm ci\b/m);
    expect(dockerfile).toMatch(/^CMD \["node", "dist\/src\/cli\/main\.js", "start"\]$/m);
  });

  test('ships what the running store reads: schema files and seeds', () => {
    expect(dockerfile).toMatch(/^COPY --from=build \/app\/schema \.\/schema$/m);
    expect(dockerfile).toMatch(/^COPY seeds \.\/seeds$/m);
  });
});
