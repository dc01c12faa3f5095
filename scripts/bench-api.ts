/**
 * API throughput: a realistic query on our server (`startServer` over the
 * big store: a page of 20 documents with issuer and relations) against a
 * trivial query on a bare Apollo Server started by this same script, as a
 * ratio of requests per second. Our server runs twice on the same store:
 * without the response cache (every answer computed) and with it, on the
 * realistic query for ten provinces in turn and on a varied mix (the first
 * pages of every province, each key asked once per round). autocannon is not
 * installed, so the load comes from a small generator in a child process (the
 * servers keep this process's event loop to themselves): node:http keep-alive
 * agents, 16 connections, 10 s, loopback only.
 *
 *   npm run build && node dist/scripts/bench-api.js --docs 10000 [--work /tmp/dg-bench] [--store <data dir>] [--seconds 10] [--connections 16] [--pages 3]
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Agent, request } from 'node:http';
import { join, resolve } from 'node:path';
import { PROVINCES } from '../src/extract/resolve/gazetteer-data';
import { startServer } from '../src/server/start-server';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store';
import { appendBenchSection, flag, loadNow, markdownTable, option, percentile } from './lib/bench/machine';

export const REALISTIC_QUERY = `query Page($province: String, $after: String) {
  documents(filter: { province: $province }, first: 20, after: $after) {
    totalCount
    edges { cursor node {
      id code subject issuedOn
      issuer { id name }
      relations(direction: OUT) { type confidence target { id code } }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const TRIVIAL_QUERY = '{ hello }';

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
}

/** The load generator (child side): `connections` loops, each sending the next body as soon as the last answer arrived. */
async function loadChild(): Promise<void> {
  const url = new URL(option('url')!);
  const bodies = JSON.parse(readFileSync(option('bodies')!, 'utf8')) as string[];
  const seconds = Number(option('seconds') ?? '10');
  const connections = Number(option('connections') ?? '16');
  if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') throw new RangeError('the load generator only targets loopback');
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const deadline = Date.now() + seconds * 1000;
  const once = (body: string): Promise<boolean> =>
    new Promise((done) => {
      const req = request(
        { agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            done(res.statusCode === 200 && !text.includes('"errors"'));
          });
        },
      );
      req.on('error', () => done(false));
      req.end(body);
    });
  const started = Date.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < deadline) {
        const body = bodies[next++ % bodies.length]!;
        const t = process.hrtime.bigint();
        const ok = await once(body);
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
        if (!ok) errors += 1;
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  agent.destroy();
  const result: LoadResult = { requests: latencies.length, errors, seconds: elapsed, rps: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** Runs the generator in a child process and waits (the servers answer meanwhile in this process). */
function load(url: string, bodies: string[], seconds: number, connections: number): Promise<LoadResult> {
  // The bodies go through a file: a mix of a few hundred queries is longer than one command-line argument may be.
  const dir = mkdtempSync(join(tmpdir(), 'bench-api-'));
  const file = join(dir, 'bodies.json');
  writeFileSync(file, JSON.stringify(bodies));
  return new Promise<LoadResult>((done, fail) => {
    const child = spawn(process.execPath, [__filename, '--child', '--url', url, '--bodies', file, '--seconds', String(seconds), '--connections', String(connections)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.on('exit', (code) => (code === 0 ? done(JSON.parse(out.trim().split('\n').pop()!) as LoadResult) : fail(new Error(`load generator exited with ${code}`))));
  }).finally(() => rmSync(dir, { recursive: true, force: true }));
}

/** One request, to check that a query answers without errors before timing it. */
async function probe(url: string, body: string): Promise<string> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await res.text();
  if (res.status !== 200 || text.includes('"errors"')) throw new Error(`probe of ${url} failed (${res.status}): ${text.slice(0, 300)}`);
  return text;
}

/** Request bodies for the first `pages` pages of the realistic query in every province (cursors from probing). */
async function provincePages(url: string, pages: number): Promise<string[]> {
  const bodies: string[] = [];
  for (const province of PROVINCES) {
    let after: string | null = null;
    for (let page = 0; page < pages; page++) {
      const body = JSON.stringify({ query: REALISTIC_QUERY, variables: after === null ? { province: province.name } : { province: province.name, after } });
      bodies.push(body);
      const answer = JSON.parse(await probe(url, body)) as { data: { documents: { pageInfo: { hasNextPage: boolean; endCursor: string | null } } } };
      const info = answer.data.documents.pageInfo;
      if (!info.hasNextPage || info.endCursor === null) break;
      after = info.endCursor;
    }
  }
  return bodies;
}

async function main(): Promise<void> {
  if (flag('child')) return loadChild();
  const docs = Number(option('docs') ?? '10000');
  const work = resolve(option('work') ?? '/tmp/directive-graph-bench');
  const seconds = Number(option('seconds') ?? '10');
  const connections = Number(option('connections') ?? '16');
  const pagesPerProvince = Number(option('pages') ?? '3');
  const store = await openSqliteStore(option('store') ?? join(work, `store-${docs}`));
  const serve = (responseCache: boolean) =>
    startServer({ store, port: 0, host: '127.0.0.1', ingestText: null, apiToken: null, introspection: false, responseCache });
  const ours = await serve(false);
  const cached = await serve(true);
  const bare = new ApolloServer({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'world' } } });
  const { url: bareUrl } = await startStandaloneServer(bare, { listen: { port: 0, host: '127.0.0.1' } });
  const loadBefore = loadNow();
  try {
    // Ten provinces in turn, so that no answer is served from one hot page.
    const realistic = PROVINCES.slice(0, 10).map((p) => JSON.stringify({ query: REALISTIC_QUERY, variables: { province: p.name } }));
    const trivial = [JSON.stringify({ query: TRIVIAL_QUERY })];
    const sample = JSON.parse(await probe(ours.url, realistic[0]!)) as { data: { documents: { edges: unknown[] } } };
    const pageSize = sample.data.documents.edges.length;
    const mix = await provincePages(ours.url, pagesPerProvince);
    await probe(bareUrl, trivial[0]!);
    // Bare Apollo before, between and after our runs: each of ours is compared with the mean of the bare runs on
    // either side of it, so that drift in the machine's load cancels as far as it can.
    const bareRuns: LoadResult[] = [await load(bareUrl, trivial, seconds, connections)];
    const runs: Array<{ name: string; result: LoadResult }> = [];
    const plan: Array<[string, string, string[]]> = [
      [`ours, page of ${pageSize} documents with issuer and relations, 10 provinces, no response cache`, ours.url, realistic],
      ['ours, the same with the response cache', cached.url, realistic],
      [`ours, mix of ${mix.length} pages (first ${pagesPerProvince} of every province), no response cache`, ours.url, mix],
      ['ours, the same mix with the response cache', cached.url, mix],
    ];
    for (const [name, url, bodies] of plan) {
      runs.push({ name, result: await load(url, bodies, seconds, connections) });
      bareRuns.push(await load(bareUrl, trivial, seconds, connections));
    }
    const share = (i: number): number => runs[i]!.result.rps / ((bareRuns[i]!.rps + bareRuns[i + 1]!.rps) / 2);
    const pct = (i: number): string => `${(share(i) * 100).toFixed(1)}%`;
    const row = (name: string, r: LoadResult, ofBare: string): Array<string | number> => [
      name,
      r.requests,
      r.errors,
      r.rps.toFixed(0),
      ofBare,
      r.p50.toFixed(1),
      r.p99.toFixed(1),
    ];
    const rows: Array<Array<string | number>> = [row('bare Apollo, `{ hello }`', bareRuns[0]!, '')];
    runs.forEach((run, i) => {
      rows.push(row(run.name, run.result, pct(i)));
      rows.push(row('bare Apollo, `{ hello }`', bareRuns[i + 1]!, ''));
    });
    const table = markdownTable(['run', 'requests', 'errors', 'req/s', 'of bare', 'p50 ms', 'p99 ms'], rows);
    const verdict =
      `Realistic query at ${pct(0)} of bare-Apollo throughput without the response cache, ${pct(1)} with it ` +
      `(varied mix: ${pct(2)} / ${pct(3)}); target ≥ 50%. ${connections} keep-alive connections, ${seconds} s per run, ` +
      `store of ${docs} documents, load generator in a child process on the same 2 cores; "of bare" compares with the ` +
      `mean of the bare runs just before and after. The cache keeps whole answers until the store's data version ` +
      `changes (any commit), so a cached run measures answers served from memory after the first round of misses.`;
    process.stdout.write(`${table}\n\n${verdict}\n`);
    appendBenchSection({
      title: `API throughput, ${docs}-document store`,
      command: `node dist/scripts/bench-api.js ${process.argv.slice(2).join(' ')}`,
      loadBefore,
      loadAfter: loadNow(),
      body: `${table}\n\n${verdict}\n\nThe realistic query:\n\n\`\`\`graphql\n${REALISTIC_QUERY}\n\`\`\``,
    });
  } finally {
    await ours.stop();
    await cached.stop();
    await bare.stop();
    await store.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
}
