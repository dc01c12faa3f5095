/**
 * Query latency on a big store, in-process through the `GraphStore` port and
 * then over HTTP through our GraphQL server (response cache off):
 * document by code, relations of a document, citation chains of depth 3
 * and 6, the province responses to the central instruction every province
 * implements, full-text search, a page of `documents` filtered by text,
 * and topic counts over the whole corpus (over HTTP, after the store's
 * tags are brought up to date as `serve` does). p50 and p99 over many
 * roots drawn from the generated corpus.
 *
 *   npm run build && node dist/scripts/bench-queries.js --docs 10000 [--work /tmp/dg-bench] [--seed 1] [--samples 300]
 *
 * Uses `<work>/store-<docs>` left by bench-ingest and the corpus's
 * documents.jsonl to pick roots.
 */
import { createReadStream } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { ChainDirection, Direction } from '../src/domain/direction';
import { CITING_RELATION_TYPES, RelationType } from '../src/domain/relation-type';
import type { GraphStore } from '../src/store/port';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store';
import type { DocumentRecord } from './lib/corpus/corpus-model';
import { Prng } from './lib/corpus/prng';
import { appendBenchSection, loadNow, markdownTable, option, percentile } from './lib/bench/machine';
import { storeIdOf } from './lib/bench/planted-recall';
import { startServer } from '../src/server/start-server';
import { tagCorpusTopics } from '../src/api/analytics/count-corpus-topics';

export interface QueryTiming {
  name: string;
  samples: number;
  p50: number;
  p99: number;
  max: number;
  /** Mean result size (documents, relations or hits), to show the query did real work. */
  meanResult: number;
}

/** Reservoir sample of in-corpus documents, plus the anchor (the instruction every province implements). */
export async function sampleDocuments(documentsFile: string, count: number, seed: number): Promise<{ sample: DocumentRecord[]; anchor: DocumentRecord | null }> {
  const rand = new Prng(seed);
  const sample: DocumentRecord[] = [];
  let anchor: DocumentRecord | null = null;
  let seen = 0;
  const lines = createInterface({ input: createReadStream(documentsFile, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const doc = JSON.parse(line) as DocumentRecord;
    if (doc.anchor) anchor = doc;
    if (!doc.inCorpus) continue;
    seen += 1;
    if (sample.length < count) sample.push(doc);
    else {
      const j = Math.floor(rand.next() * seen);
      if (j < count) sample[j] = doc;
    }
  }
  return { sample, anchor };
}

export async function timeQuery(name: string, inputs: readonly unknown[], run: (input: unknown) => Promise<number>, warmup = 20): Promise<QueryTiming> {
  for (const input of inputs.slice(0, Math.min(warmup, inputs.length))) await run(input); // warm caches and statements
  const ms: number[] = [];
  let total = 0;
  for (const input of inputs) {
    const started = process.hrtime.bigint();
    total += await run(input);
    ms.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return { name, samples: ms.length, p50: percentile(ms, 50), p99: percentile(ms, 99), max: Math.max(...ms), meanResult: total / Math.max(1, ms.length) };
}

const CITING: RelationType[] = [RelationType.CITES, ...CITING_RELATION_TYPES];

const SEARCH_TERMS = ['tiêm chủng', 'giãn cách xã hội', 'cách ly', 'xét nghiệm', 'lưu thông hàng hóa', 'an sinh xã hội', 'chốt kiểm soát', 'tuyên truyền', 'vắc xin', 'truy vết'];

export async function runQueryBench(store: GraphStore, sample: readonly DocumentRecord[], anchor: DocumentRecord | null): Promise<QueryTiming[]> {
  const ids = sample.map(storeIdOf);
  const timings: QueryTiming[] = [];
  timings.push(
    await timeQuery('document by code (findByCode)', sample, async (d) => {
      const doc = d as DocumentRecord;
      return (await store.findByCode(doc.code!, { scope: storeIdOf(doc).split(':')[1], year: doc.year })).length;
    }),
  );
  timings.push(
    await timeQuery('relations of a document (OUT + IN)', ids, async (id) => {
      const [out, into] = await Promise.all([store.relations([id as string], Direction.OUT), store.relations([id as string], Direction.IN)]);
      return out.length + into.length;
    }),
  );
  // A citation chain proper follows the citing types; `all types` adds REPEATS, which links every copy of a common source.
  for (const depth of [3, 6]) {
    timings.push(
      await timeQuery(`citationChain depth ${depth}, UPSTREAM, citing types`, ids, async (id) => (await store.chain(id as string, ChainDirection.UPSTREAM, CITING, depth)).documentIds.length),
    );
  }
  for (const depth of [3, 6]) {
    timings.push(
      await timeQuery(`citationChain depth ${depth}, UPSTREAM, all types`, ids, async (id) => (await store.chain(id as string, ChainDirection.UPSTREAM, [], depth)).documentIds.length),
    );
  }
  timings.push(
    await timeQuery('citationChain depth 3, DOWNSTREAM, all types', ids, async (id) => (await store.chain(id as string, ChainDirection.DOWNSTREAM, [], 3)).documentIds.length),
  );
  if (anchor) {
    const anchorId = storeIdOf(anchor);
    const repeat = Array.from({ length: 50 }, () => anchorId);
    timings.push(
      await timeQuery(`provinceResponses of ${anchor.code} (IMPLEMENTS, CITES)`, repeat, async (id) => (await store.provinceResponses(id as string, [RelationType.IMPLEMENTS, RelationType.CITES], false)).length),
    );
    timings.push(
      await timeQuery(`provinceResponses of ${anchor.code}, via provincial documents`, repeat, async (id) => (await store.provinceResponses(id as string, [RelationType.IMPLEMENTS, RelationType.CITES], true)).length),
    );
    timings.push(
      // Everything downstream of the anchor is most of the corpus: a handful of samples says enough.
      await timeQuery(`citationChain depth 3, DOWNSTREAM from ${anchor.code}, all types`, repeat.slice(0, 5), async (id) => (await store.chain(id as string, ChainDirection.DOWNSTREAM, [], 3)).documentIds.length, 1),
    );
  }
  const terms = Array.from({ length: 100 }, (_, i) => SEARCH_TERMS[i % SEARCH_TERMS.length]!);
  timings.push(await timeQuery('full-text search, 20 hits', terms, async (t) => (await store.search(t as string, 20)).length));
  timings.push(
    await timeQuery('documents filtered by text, page of 20 with count', terms, async (t) => (await store.listDocuments({ text: t as string }, { first: 20 })).items.length),
  );
  return timings;
}

/** POSTs one GraphQL request and counts what `size` finds in the answer; an answer with errors stops the bench. */
async function graphql(url: string, query: string, variables: Record<string, unknown>, size: (data: any) => number): Promise<number> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(`GraphQL error: ${body.errors[0]!.message}`);
  return size(body.data);
}

/**
 * The same questions over HTTP, one request at a time against our server
 * (response cache off, so every answer is computed): what a client sees,
 * GraphQL execution and JSON included.
 */
export async function runHttpQueryBench(url: string, sample: readonly DocumentRecord[], anchor: DocumentRecord | null): Promise<QueryTiming[]> {
  const ids = sample.map(storeIdOf);
  const citing = CITING.join(', ');
  const timings: QueryTiming[] = [];
  timings.push(
    await timeQuery('HTTP: documents(filter: {code}) with issuer', sample, (d) =>
      graphql(url, 'query($code: String!) { documents(filter: {code: $code}, first: 20) { totalCount edges { node { id code issuedOn issuer { name } } } } }', { code: (d as DocumentRecord).code }, (x) => x.documents.edges.length),
    ),
  );
  timings.push(
    await timeQuery('HTTP: relations of a document (OUT + IN) with ends', ids, (id) =>
      graphql(url, 'query($id: ID!) { document(id: $id) { out: relations(direction: OUT) { type confidence target { id code } } in: relations(direction: IN) { type confidence source { id code } } } }', { id }, (x) => x.document.out.length + x.document.in.length),
    ),
  );
  for (const depth of [3, 6]) {
    timings.push(
      await timeQuery(`HTTP: citationChain depth ${depth}, UPSTREAM, citing types`, ids, (id) =>
        graphql(url, `query($id: ID!, $d: Int) { citationChain(id: $id, direction: UPSTREAM, types: [${citing}], maxDepth: $d) { documents { id code } relations { type source { id } target { id } } } }`, { id, d: depth }, (x) => x.citationChain.documents.length),
      ),
    );
  }
  if (anchor) {
    const repeat = Array.from({ length: 50 }, () => storeIdOf(anchor));
    timings.push(
      await timeQuery(`HTTP: provinceResponses of ${anchor.code}`, repeat, (id) =>
        graphql(url, 'query($id: ID!) { provinceResponses(to: $id) { province { name } firstIssuedOn lagDays documents { id code } } }', { id }, (x) => x.provinceResponses.length),
      ),
    );
  }
  const terms = Array.from({ length: 100 }, (_, i) => SEARCH_TERMS[i % SEARCH_TERMS.length]!);
  timings.push(
    await timeQuery('HTTP: search, 20 hits with snippets', terms, (t) =>
      graphql(url, 'query($t: String!) { search(text: $t, first: 20) { score snippet document { id code } } }', { t }, (x) => x.search.length),
    ),
  );
  timings.push(
    await timeQuery('HTTP: documents(filter: {text}), page of 20 with count', terms, (t) =>
      graphql(url, 'query($t: String!) { documents(filter: {text: $t}, first: 20) { totalCount edges { node { id code issuedOn } } } }', { t }, (x) => x.documents.edges.length),
    ),
  );
  // The whole corpus's topic tags are read for each answer: a few samples say enough.
  timings.push(
    await timeQuery('HTTP: topicCounts by topic, whole corpus', Array.from({ length: 20 }, () => null), () =>
      graphql(url, '{ topicCounts(groupBy: [TOPIC]) { topic { id } documents } }', {}, (x) => x.topicCounts.length), 2),
  );
  timings.push(
    await timeQuery('HTTP: topicCounts by province, topic and month, whole corpus', Array.from({ length: 10 }, () => null), () =>
      graphql(url, '{ topicCounts(groupBy: [PROVINCE, TOPIC, MONTH]) { province { id } topic { id } month documents } }', {}, (x) => x.topicCounts.length), 2),
  );
  return timings;
}

export function queryTable(timings: readonly QueryTiming[]): string {
  return markdownTable(
    ['query', 'samples', 'p50 ms', 'p99 ms', 'max ms', 'mean result size'],
    timings.map((t) => [t.name, t.samples, t.p50.toFixed(2), t.p99.toFixed(2), t.max.toFixed(1), t.meanResult.toFixed(1)]),
  );
}

async function main(): Promise<void> {
  const docs = Number(option('docs') ?? '10000');
  const work = resolve(option('work') ?? '/tmp/directive-graph-bench');
  const seed = Number(option('seed') ?? '1');
  const samples = Number(option('samples') ?? '300');
  const corpus = join(work, `corpus-${docs}-seed${seed}`);
  const store = await openSqliteStore(join(work, `store-${docs}`));
  const loadBefore = loadNow();
  const { sample, anchor } = await sampleDocuments(join(corpus, 'documents.jsonl'), samples, seed);
  const stats = await store.stats();
  const timings = await runQueryBench(store, sample, anchor);
  // As `serve` does before it listens, so that the topic counts below read kept tags.
  const tagStart = Date.now();
  const tagged = await tagCorpusTopics(store);
  const tagSeconds = (Date.now() - tagStart) / 1000;
  const server = await startServer({ store, port: 0, host: '127.0.0.1', ingestText: null, apiToken: null, introspection: false, responseCache: false });
  const httpTimings = await runHttpQueryBench(server.url, sample, anchor).finally(() => server.stop());
  await store.close();
  const table = queryTable([...timings, ...httpTimings]);
  const chain3 = timings.find((t) => t.name.startsWith('citationChain depth 3, UPSTREAM, citing'));
  const chain3all = timings.find((t) => t.name.startsWith('citationChain depth 3, UPSTREAM, all'));
  const relations = stats.relationsByType.map((r) => `${r.type} ${r.count}`).join(', ');
  const verdict = `Store: ${stats.documents} documents (${stats.inCorpus} in corpus); relations ${relations}. citationChain depth 3 p99 = ${chain3?.p99.toFixed(2)} ms along citing types, ${chain3all?.p99.toFixed(2)} ms along all types (target ≤ 10 ms at 100k). Before serving, the topics of ${tagged} documents were tagged in ${tagSeconds.toFixed(1)} s.`;
  process.stdout.write(`${table}\n\n${verdict}\n`);
  appendBenchSection({
    title: `Queries in-process and over HTTP on the ${docs}-document store`,
    command: `node dist/scripts/bench-queries.js ${process.argv.slice(2).join(' ')}`,
    loadBefore,
    loadAfter: loadNow(),
    body: `${table}\n\n${verdict}`,
  });
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
}
