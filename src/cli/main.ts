#!/usr/bin/env node
import 'reflect-metadata';
import { DirectiveGraphError } from '../domain/errors';
import type { GraphStore } from '../store/port';
import { readConfig, type Config } from './config';
import { runExtractCommand } from './extract-command';
import { runIngestCommand, type CommandIo } from './ingest-command';
import { openConfiguredStore } from './open-store';

const USAGE = `directive-graph — a knowledge graph of Vietnamese official directives

Usage:
  directive-graph start                 ingest ./seeds when the store is empty, then serve the API
  directive-graph serve                 serve the GraphQL API on HOST:PORT (default 127.0.0.1:4000)
  directive-graph ingest <path>...      ingest files or folders (*.txt, *.md) into the store
  directive-graph extract <file>...     parse without storing; print JSON documents and relations
  directive-graph refs                  read lines on stdin; print the references of each as a JSON line
  directive-graph export --format graphml|csv|jsonld|cypher [--out <path>]  (csv: --out <dir>)
  directive-graph migrate --to neo4j    copy the embedded store into Neo4j (NEO4J_URI, ...)

Environment: PORT, HOST, DATA_DIR, NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, API_TOKEN.
`;

const io: CommandIo = { stdout: process.stdout, stderr: process.stderr, isTTY: Boolean(process.stderr.isTTY) };

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'refs': {
      const { runRefs } = await import('../extract/references/refs-command');
      await runRefs(process.stdin, process.stdout);
      return 0;
    }
    case 'extract':
      return runExtractCommand(args, io);
    case 'ingest':
      return withStore(readConfig(process.env), (store) => runIngestCommand(args, store, io));
    case 'serve':
      return serve(readConfig(process.env), false);
    case 'start':
      return serve(readConfig(process.env), true);
    case 'export':
      return withStore(readConfig(process.env), (store) => runExport(args, store));
    case 'migrate':
      return runMigrate(args, readConfig(process.env));
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      io.stdout.write(USAGE);
      return command === undefined ? 1 : 0;
    default:
      io.stderr.write(`Unknown command '${command}'.\n\n${USAGE}`);
      return 1;
  }
}

async function withStore(config: Config, run: (store: GraphStore) => Promise<number>): Promise<number> {
  const store = await openConfiguredStore(config);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

/** Serves until SIGTERM/SIGINT, then stops the server and closes the store. */
async function serve(config: Config, seedIfEmpty: boolean): Promise<number> {
  const store = await openConfiguredStore(config);
  if (seedIfEmpty && (await store.stats()).documents === 0) {
    io.stderr.write('The store is empty: ingesting ./seeds\n');
    const status = await runIngestCommand(['./seeds'], store, io);
    if (status !== 0) io.stderr.write('Some seed files were not ingested; serving what was.\n');
  }
  const { tagCorpusTopics } = await import('../api/analytics/count-corpus-topics');
  const tagStart = Date.now();
  const tagged = await tagCorpusTopics(store);
  if (tagged > 0) {
    const seconds = ((Date.now() - tagStart) / 1000).toFixed(1);
    io.stderr.write(`Tagged the topics of ${tagged} documents in ${seconds} s (kept until their texts change)\n`);
  }
  const { startServer } = await import('../server/start-server');
  const server = await startServer({
    store,
    host: config.host,
    port: config.port,
    apiToken: config.apiToken,
    introspection: config.introspection,
  });
  io.stderr.write(`directive-graph: GraphQL API at ${server.url} (${store.kind} store)\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  await server.stop();
  await store.close();
  return 0;
}

async function runExport(args: readonly string[], store: GraphStore): Promise<number> {
  const format = flag(args, '--format');
  const { EXPORT_FORMATS, isExportFormat, writeExport } = await import('../export/write-export');
  if (!isExportFormat(format)) {
    io.stderr.write(`export: format '${format ?? ''}' is not available; supported: ${EXPORT_FORMATS.join(', ')}.\n`);
    return 1;
  }
  const written = await writeExport(format, await store.dump(), flag(args, '--out'), process.stdout);
  for (const path of written) io.stderr.write(`wrote ${path}\n`);
  return 0;
}

async function runMigrate(args: readonly string[], config: Config): Promise<number> {
  if (flag(args, '--to') !== 'neo4j' || !config.neo4j) {
    io.stderr.write('migrate: use `directive-graph migrate --to neo4j` with NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) set.\n');
    return 1;
  }
  const { openSqliteStore } = await import('../store/sqlite');
  const { openNeo4jStore } = await import('../store/neo4j');
  const { migrateStore } = await import('../store/migrate');
  const from = await openSqliteStore(config.dataDir);
  try {
    const to = await openNeo4jStore(config.neo4j);
    try {
      const summary = await migrateStore(from, to);
      io.stdout.write(`${JSON.stringify(summary)}\n`);
    } finally {
      await to.close();
    }
  } finally {
    await from.close();
  }
  return 0;
}

function flag(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  const inline = args.find((a) => a.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    const prefix = error instanceof DirectiveGraphError ? `${error.name}: ` : '';
    process.stderr.write(`directive-graph: ${prefix}${(error as Error).message ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
