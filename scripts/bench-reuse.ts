/**
 * Throughput and quality of text-reuse candidate generation and alignment on
 * synthetic documents. Not a test: timings vary by machine.
 *
 *   npx tsc -p tsconfig.build.json && node dist/scripts/bench-reuse.js [--docs 10000] [--sweep]
 *   (or: npx esbuild scripts/bench-reuse.ts --bundle --platform=node --outfile=/tmp/bench-reuse.js && node /tmp/bench-reuse.js)
 *
 * from the repository root (it reads `seeds/`).
 *
 * Documents are made of paragraphs drawn from a word-bigram model of the
 * seed texts (so they share the genre's stock phrases, as real letters do);
 * some documents copy a sentence or one to three paragraphs of an earlier
 * one, with OCR-like damage (lost diacritics, a changed letter, a dropped
 * word). Candidate generation is an in-memory bucket index standing in for
 * `GraphStore.reuseCandidates`: per document, the earlier documents sharing
 * a bucket, most shared first, top `LIMIT`.
 *
 * With `--corpus DIR` (a corpus of scripts/generate-corpus.ts) it times the
 * real reuse pass instead, alone: the files are ingested once without it
 * into `DIR/reuse-bench/base` (kept, with the documents' signatures), then
 * the pass runs on a fresh copy of that store; prints the pass's wall and
 * CPU time, REPEATS recall and the REPEATS edges stored (precision proxy).
 * The stores live under `--work DIR` (default `$TMPDIR/dg-reuse-bench/<corpus name>`).
 *
 *   node dist/scripts/bench-reuse.js --corpus /tmp/c1k [--work /tmp/reuse-c1k] [--limit N] [--workers N] [--store-candidates]
 *
 * `--limit N` runs the pass over the first N documents only (recall is then
 * that of a partial pass): the per-document cost on a large store.
 * `--workers N`: threads finding the edges (default 0: the calling thread, `runReusePass`'s own default;
 * ingest gives a pass of `REUSE_WORKERS_MIN_DOCUMENTS` or more one per core, so `--workers 2` matches it here).
 * `--store-candidates`: candidates from the store, not the in-memory index of a first ingest
 * (always so with `--limit`, whose signatures do not cover the store).
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { FileGraph } from '../src/domain/graph';
import { ingestPaths } from '../src/ingest/ingest-paths';
import { detectReuseStep, runReusePass } from '../src/ingest/reuse-pass';
import { extractFile } from '../src/extract/pipeline';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store';
import { measurePlantedRecall, measureRepeatsPrecision } from './lib/bench/planted-recall';
import { alignPrepared, DEFAULT_ALIGN_OPTIONS, prepareText } from '../src/extract/reuse/align-passages';
import { bucketsOfShingles, DEFAULT_REUSE_BUCKET_PARAMS, type ReuseBucketParams } from '../src/extract/reuse/reuse-buckets';
import { reuseTokens, type ReuseTokens } from '../src/extract/reuse/reuse-tokens';
import { shingleHashes } from '../src/extract/reuse/shingles';

const LIMIT = 20;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** Deterministic PRNG (mulberry32) so runs are comparable. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function bigramModel(): Map<string, string[]> {
  // Run from the repository root.
  const seedsDir = join(process.cwd(), 'seeds');
  const model = new Map<string, string[]>();
  for (const f of readdirSync(seedsDir).filter((n) => n.endsWith('.txt'))) {
    const words = readFileSync(join(seedsDir, f), 'utf8').normalize('NFC').replace(/[*#~^{}\\]/g, '').split(/\s+/).filter(Boolean);
    for (let i = 0; i + 1 < words.length; i++) {
      const next = model.get(words[i]!) ?? [];
      next.push(words[i + 1]!);
      model.set(words[i]!, next);
    }
  }
  return model;
}

function paragraph(model: Map<string, string[]>, keys: string[], rand: () => number, words: number): string {
  let w = keys[Math.floor(rand() * keys.length)]!;
  const out = [w];
  for (let i = 1; i < words; i++) {
    const next = model.get(w);
    w = next && rand() < 0.5 ? next[Math.floor(rand() * next.length)]! : keys[Math.floor(rand() * keys.length)]!;
    out.push(w);
  }
  return out.join(' ');
}

function damage(text: string, rand: () => number): string {
  return text
    .split(' ')
    .filter(() => rand() > 0.01)
    .map((w) => {
      const r = rand();
      if (r < 0.03) return w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
      if (r < 0.04 && w.length > 1) return `${w.slice(0, 1)}x${w.slice(2)}`;
      return w;
    })
    .join(' ');
}

interface Doc {
  text: string;
  /** Earlier document copied from, and how many words were copied. */
  copies: Array<{ from: number; words: number }>;
}

function corpus(n: number, seed: number): Doc[] {
  const model = bigramModel();
  const keys = [...model.keys()];
  const rand = rng(seed);
  const docs: Doc[] = [];
  const paragraphsOf: string[][] = [];
  for (let d = 0; d < n; d++) {
    // 3–30 KB: 4 to 40 paragraphs of 40–120 words.
    const count = 4 + Math.floor(rand() * 37);
    const paras: string[] = [];
    for (let p = 0; p < count; p++) paras.push(paragraph(model, keys, rand, 40 + Math.floor(rand() * 81)));
    const copies: Doc['copies'] = [];
    if (d > 0 && rand() < 0.3) {
      const from = Math.floor(rand() * d);
      const src = paragraphsOf[from]!;
      if (rand() < 0.3) {
        // One sentence-sized run of 20–30 words.
        const para = src[Math.floor(rand() * src.length)]!.split(' ');
        const len = 20 + Math.floor(rand() * 11);
        const at = Math.floor(rand() * Math.max(1, para.length - len));
        paras.splice(Math.floor(rand() * paras.length), 0, damage(para.slice(at, at + len).join(' '), rand));
        copies.push({ from, words: len });
      } else {
        const k = 1 + Math.floor(rand() * 3);
        let words = 0;
        for (let i = 0; i < k; i++) {
          const para = src[Math.floor(rand() * src.length)]!;
          words += para.split(' ').length;
          paras.splice(Math.floor(rand() * paras.length), 0, damage(para, rand));
        }
        copies.push({ from, words });
      }
    }
    paragraphsOf.push(paras);
    docs.push({ text: paras.join('\n\n'), copies });
  }
  return docs;
}

/** CPU milliseconds of this process: wall time misleads on a shared machine. */
function cpu(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function rate(count: number, ms: number): string {
  return ((count / ms) * 1000).toFixed(0);
}

function run(docs: Doc[], params: ReuseBucketParams, align: boolean): void {
  const c0 = cpu();
  const t0 = performance.now();
  const tokens: ReuseTokens[] = docs.map((d) => reuseTokens(d.text));
  const c1 = cpu();
  const buckets = tokens.map((t) => bucketsOfShingles(shingleHashes(t.hashes, params.shingleSize), params));
  const c2 = cpu();
  const index = new Map<string, number[]>();
  let keyCount = 0;
  const candidates: number[][] = [];
  for (let d = 0; d < docs.length; d++) {
    const shared = new Map<number, number>();
    for (const k of buckets[d]!) {
      const list = index.get(k);
      if (list) for (const other of list) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    candidates.push([...shared].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, LIMIT).map(([o]) => o));
    for (const k of buckets[d]!) {
      const list = index.get(k);
      if (list) list.push(d);
      else index.set(k, [d]);
    }
    keyCount += buckets[d]!.length;
  }
  const c3 = cpu();
  const t3 = performance.now();
  let truths = 0;
  let found = 0;
  let sentenceTruths = 0;
  let sentenceFound = 0;
  let spurious = 0;
  for (let d = 0; d < docs.length; d++) {
    const cand = new Set(candidates[d]);
    for (const c of docs[d]!.copies) {
      const hit = cand.has(c.from);
      if (c.words <= 30) {
        sentenceTruths++;
        if (hit) sentenceFound++;
      } else {
        truths++;
        if (hit) found++;
      }
    }
    spurious += candidates[d]!.filter((o) => !docs[d]!.copies.some((c) => c.from === o)).length;
  }
  const chars = docs.reduce((s, d) => s + d.text.length, 0);
  console.log(
    `params ${JSON.stringify(params)}\n` +
      `  ${docs.length} docs, ${(chars / docs.length / 1000).toFixed(1)} K chars avg; buckets/doc ${(keyCount / docs.length).toFixed(0)}\n` +
      `  candidate recall: paragraph copies ${found}/${truths} (${((100 * found) / Math.max(1, truths)).toFixed(1)}%), ` +
      `sentence copies ${sentenceFound}/${sentenceTruths} (${((100 * sentenceFound) / Math.max(1, sentenceTruths)).toFixed(1)}%); ` +
      `spurious candidates/doc ${(spurious / docs.length).toFixed(2)}\n` +
      `  per CPU second: tokenize ${rate(docs.length, c1 - c0)} docs/s, buckets ${rate(docs.length, c2 - c1)} docs/s, ` +
      `in-memory index + query ${rate(docs.length, c3 - c2)} docs/s (wall ${((t3 - t0) / 1000).toFixed(1)} s)`,
  );
  if (!align) return;
  const c4 = cpu();
  const prepared = tokens.map((t) => prepareText(t, DEFAULT_ALIGN_OPTIONS));
  let pairs = 0;
  let aligned = 0;
  let truePairs = 0;
  let confirmed = 0;
  for (let d = 0; d < docs.length; d++) {
    for (const o of candidates[d]!) {
      pairs++;
      const passages = alignPrepared(prepared[d]!, prepared[o]!, DEFAULT_ALIGN_OPTIONS);
      const isTrue = docs[d]!.copies.some((c) => c.from === o);
      if (isTrue) truePairs++;
      if (passages.length > 0) {
        aligned++;
        if (isTrue) confirmed++;
      }
    }
  }
  const c5 = cpu();
  console.log(
    `  alignment: ${pairs} candidate pairs, ${aligned} with passages (${confirmed} of ${truePairs} true pairs confirmed, ` +
      `${aligned - confirmed} others); per CPU second ${rate(pairs, c5 - c4)} pairs, ${rate(docs.length, c5 - c4)} docs\n` +
      `  end to end (tokenize + buckets + candidates + alignment): ${rate(docs.length, c5 - c4 + c3 - c0)} docs per CPU second`,
  );
}

/** The store of `corpus` without reuse edges, and the signatures the ingest produced; built once. */
async function baseStore(corpus: string, work: string): Promise<{ dir: string; signatures: FileGraph['signatures'] }> {
  const dir = join(work, 'base');
  const file = join(dir, 'signatures.json');
  if (!existsSync(file)) {
    rmSync(dir, { recursive: true, force: true });
    const store = await openSqliteStore(dir, { synchronous: 'NORMAL' });
    const signatures: FileGraph['signatures'] = [];
    const extract = (bytes: Uint8Array, options: { fileName: string }): FileGraph => {
      const graph = extractFile(bytes, options);
      signatures.push(...graph.signatures);
      return graph;
    };
    await ingestPaths([join(corpus, 'files')], store, { cwd: corpus, reuse: null, extract });
    await store.close();
    writeFileSync(file, JSON.stringify(signatures));
  }
  return { dir, signatures: JSON.parse(readFileSync(file, 'utf8')) as FileGraph['signatures'] };
}

async function reusePassOn(corpus: string, work: string, limit: number, workers: number | undefined): Promise<void> {
  const base = await baseStore(corpus, work);
  // A pass over the first documents only: the per-document cost on a large store without a half-hour run.
  const signatures = base.signatures.slice(0, limit);
  const dir = join(work, 'run');
  rmSync(dir, { recursive: true, force: true });
  cpSync(base.dir, dir, { recursive: true });
  const store = await openSqliteStore(dir);
  const started = process.hrtime.bigint();
  const c0 = cpu();
  // The base store was ingested from empty: its signatures are all its postings (as in a first ingest),
  // unless the pass covers only the first of them: the in-memory index would then miss the others.
  const signaturesCoverStore = signatures.length === base.signatures.length && !process.argv.includes('--store-candidates');
  const pass = await runReusePass(store, signatures, detectReuseStep, undefined, { workers, signaturesCoverStore });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpuSeconds = (cpu() - c0) / 1000;
  const truth = join(corpus, 'ground-truth.jsonl');
  const repeats = (await measurePlantedRecall(store, truth)).find((r) => r.type === 'REPEATS');
  const precision = await measureRepeatsPrecision(store, truth, join(corpus, 'documents.jsonl'));
  await store.close();
  console.log(
    `reuse pass over ${signatures.length} of ${base.signatures.length} documents: ${seconds.toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} s CPU, ` +
      `${pass.warnings.length} warnings\n  REPEATS recall ${repeats ? `${repeats.recall.toFixed(4)} (${repeats.found}/${repeats.planted})` : 'n/a'}; ` +
      `edges stored ${precision.stored} (planted pairs ${precision.planted}, common-source ${precision.commonSource})`,
  );
}

function main(): void {
  const corpusDir = process.argv.indexOf('--corpus');
  if (corpusDir >= 0) {
    const corpus = process.argv[corpusDir + 1]!;
    const workAt = process.argv.indexOf('--work');
    const work = workAt >= 0 ? process.argv[workAt + 1]! : join(tmpdir(), 'dg-reuse-bench', basename(corpus));
    const workers = process.argv.includes('--workers') ? arg('workers', 0) : undefined;
    void reusePassOn(corpus, work, arg('limit', Number.MAX_SAFE_INTEGER), workers);
    return;
  }
  const n = arg('docs', 10000);
  const docs = corpus(n, 42);
  if (process.argv.includes('--sweep')) {
    const d = DEFAULT_REUSE_BUCKET_PARAMS;
    for (const p of [
      { ...d },
      { ...d, window: 24, stride: 12, bands: 4, rows: 3 },
      { ...d, window: 20, stride: 10, bands: 3, rows: 3 },
      { ...d, window: 20, stride: 10, bands: 2, rows: 2 },
      { ...d, window: 32, stride: 16, bands: 4, rows: 3 },
    ])
      run(docs, p, false);
    return;
  }
  run(docs, { ...DEFAULT_REUSE_BUCKET_PARAMS }, true);
}

main();
