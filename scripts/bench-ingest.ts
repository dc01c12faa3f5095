/**
 * Ingest at scale: a generated corpus into a fresh SQLite store with the real
 * `ingestPaths`, in a child process so that its peak RSS is the ingest's own.
 * Prints a table and appends it to docs/benchmarks.md.
 *
 *   npm run build && node dist/scripts/bench-ingest.js --docs 10000 [--docs 100000] [--work /tmp/dg-bench] [--seed 1] [--profile] [--workers N] [--worker-niceness N] [--reuse-workers N] [--increment 1000]
 *
 * Per size: documents/s, MB/s, peak RSS, time per phase (files = read +
 * extract + write per file; merge; reuse), store size, recall of the planted
 * relations; across sizes the growth ratio time(largest)/time(smallest).
 * `--profile` runs the child under `node --cpu-prof` and summarises the top
 * functions (of the main thread: extraction workers are not in it). `--workers N`
 * sets the extraction threads (default: one per core; 0 extracts on the main
 * thread), `--worker-niceness N` their scheduling niceness (default
 * `EXTRACTION_WORKER_NICENESS`; 0: the writer's). `--increment N` ingests the last N files apart, into the store
 * holding the rest, and reports what they cost against the whole ingest. The
 * store is kept in `<work>/store-<docs>` for bench-queries and bench-api.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ingestPaths, type IngestPhase } from '../src/ingest/ingest-paths';
import type { IngestSummary } from '../src/ingest/ingest-summary';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store';
import { corpusFiles, ensureCorpus, totalBytes } from './lib/bench/corpus-files';
import { formatProfile, summariseCpuProfile } from './lib/bench/cpu-profile-summary';
import { appendBenchSection, flag, loadNow, markdownTable, option, options } from './lib/bench/machine';
import { measurePlantedRecall, measureRepeatsPrecision, type RepeatsPrecision, type TypeRecall } from './lib/bench/planted-recall';

export interface IngestRun {
  docs: number;
  files: number;
  bytes: number;
  seconds: number;
  cpuSeconds: number;
  peakRssMB: number;
  /** Seconds from the start to the first progress event of each phase. */
  phaseStarts: Partial<Record<IngestPhase, number>>;
  /** Peak RSS of the process so far when each phase ended, MB (a phase that raised the peak shows it). */
  phasePeakRssMB?: Partial<Record<IngestPhase, number>>;
  storeMB: number;
  documentsStored: number;
  recall: TypeRecall[];
  repeatsPrecision: RepeatsPrecision;
  rejected: number;
  /** With `--increment N`: the last N files ingested into the store holding the rest, timed apart. */
  incremental?: IncrementalRun;
  profile?: string;
}

export interface IncrementalRun {
  files: number;
  baseDocuments: number;
  documents: number;
  baseSeconds: number;
  seconds: number;
  cpuSeconds: number;
}

const log = (line: string): void => void process.stderr.write(`${line}\n`);

async function child(): Promise<void> {
  const corpus = option('corpus')!;
  const data = option('data')!;
  const store = await openSqliteStore(data);
  const phaseStarts: Partial<Record<IngestPhase, number>> = {};
  const started = process.hrtime.bigint();
  const elapsed = (): number => Number(process.hrtime.bigint() - started) / 1e9;
  const cpuBefore = process.cpuUsage();
  let lastLog = 0;
  const workers = option('workers');
  const reuseWorkers = option('reuse-workers');
  const workerNiceness = option('worker-niceness');
  const increment = Number(option('increment') ?? '0');
  // Which phase raised the memory peak: the peak alone does not say. Read at each phase's end
  // (timers would not fire while a phase keeps the main thread busy).
  const phasePeakRssMB: Partial<Record<IngestPhase, number>> = {};
  let phaseNow: IngestPhase | undefined;
  const endPhase = (): void => {
    if (phaseNow) phasePeakRssMB[phaseNow] = process.resourceUsage().maxRSS / 1024;
  };
  const ingest = (paths: string[], track: boolean) =>
    ingestPaths(paths, store, {
      cwd: corpus,
      ...(workers === undefined ? {} : { workers: Number(workers) }),
      ...(reuseWorkers === undefined ? {} : { reuseWorkers: Number(reuseWorkers) }),
      ...(workerNiceness === undefined ? {} : { workerNiceness: Number(workerNiceness) }),
      onProgress: (p) => {
        if (track && p.phase !== phaseNow) {
          endPhase();
          phaseNow = p.phase;
        }
        if (track && phaseStarts[p.phase] === undefined) phaseStarts[p.phase] = elapsed();
        if (Date.now() - lastLog > 10_000) {
          lastLog = Date.now();
          log(`  ${p.phase} ${p.done}/${p.total} at ${elapsed().toFixed(0)} s`);
        }
      },
    });
  let summary: IngestSummary;
  let incremental: IncrementalRun | undefined;
  if (increment > 0) {
    // The corpus is in generation order: the last files are the newest and cite what the base holds.
    const files = corpusFiles(corpus);
    await ingest(files.slice(0, files.length - increment), true);
    endPhase();
    phaseNow = undefined;
    const baseSeconds = elapsed();
    const baseDocuments = (await store.stats()).inCorpus;
    const cpuBase = process.cpuUsage(cpuBefore);
    summary = await ingest(files.slice(files.length - increment), false);
    const cpuAll = process.cpuUsage(cpuBefore);
    incremental = {
      files: increment,
      baseDocuments,
      documents: (await store.stats()).inCorpus - baseDocuments,
      baseSeconds,
      seconds: elapsed() - baseSeconds,
      cpuSeconds: (cpuAll.user + cpuAll.system - cpuBase.user - cpuBase.system) / 1e6,
    };
  } else {
    summary = await ingest([join(corpus, 'files')], true);
  }
  endPhase();
  const seconds = elapsed();
  const cpu = process.cpuUsage(cpuBefore);
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  const recall = await measurePlantedRecall(store, join(corpus, 'ground-truth.jsonl'));
  const repeatsPrecision = await measureRepeatsPrecision(store, join(corpus, 'ground-truth.jsonl'), join(corpus, 'documents.jsonl'));
  const stats = await store.stats();
  await store.close();
  const storeMB = readdirSync(data).reduce((s, f) => s + statSync(join(data, f)).size, 0) / 1e6;
  const out = {
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRssMB,
    phaseStarts,
    phasePeakRssMB,
    storeMB,
    documentsStored: stats.inCorpus,
    recall,
    repeatsPrecision,
    rejected: summary.filesRejected,
    incremental,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

export interface IngestRunOptions {
  profileDir?: string;
  workers?: number;
  /** Reuse-pass worker threads (`IngestOptions.reuseWorkers`). */
  reuseWorkers?: number;
  /** Extraction workers' scheduling niceness (`IngestOptions.workerNiceness`). */
  workerNiceness?: number;
  /** Ingest the last N files apart, into the store holding the rest. */
  increment?: number;
}

/** Runs one ingest in a child process; the corpus must exist. */
export function runIngest(corpus: string, data: string, docs: number, opts: IngestRunOptions = {}): IngestRun {
  const { profileDir, workers, reuseWorkers, workerNiceness, increment } = opts;
  rmSync(data, { recursive: true, force: true });
  const files = corpusFiles(corpus);
  const bytes = totalBytes(files);
  const nodeArgs = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [...nodeArgs, __filename, '--child', '--corpus', corpus, '--data', data, ...(workers === undefined ? [] : ['--workers', String(workers)]),
    ...(reuseWorkers === undefined ? [] : ['--reuse-workers', String(reuseWorkers)]),
    ...(workerNiceness === undefined ? [] : ['--worker-niceness', String(workerNiceness)]),
    ...(increment ? ['--increment', String(increment)] : []),
  ], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (result.status !== 0) throw new Error(`ingest child failed with status ${result.status}`);
  const lines = result.stdout.trim().split('\n');
  const measured = JSON.parse(lines[lines.length - 1]!) as Omit<IngestRun, 'docs' | 'files' | 'bytes'>;
  let profile: string | undefined;
  if (profileDir) {
    // One profile per thread (CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile): the main thread's is thread 0.
    const all = readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'));
    const file = all.find((f) => /\.\d+\.0\.\d+\.cpuprofile$/.test(f)) ?? all[0];
    if (file) profile = formatProfile(summariseCpuProfile(join(profileDir, file), 20));
  }
  return { docs, files: files.length, bytes, ...measured, profile };
}

export function recallOf(run: IngestRun, type: string): string {
  const r = run.recall.find((x) => x.type === type);
  return r ? `${r.recall.toFixed(3)} (${r.found}/${r.planted})` : 'n/a';
}

export function ingestTable(runs: readonly IngestRun[]): string {
  const rows = runs.map((r) => [
    r.docs,
    r.files,
    (r.bytes / 1e6).toFixed(1),
    r.seconds.toFixed(1),
    r.cpuSeconds.toFixed(1),
    (r.docs / r.seconds).toFixed(1),
    (r.bytes / 1e6 / r.seconds).toFixed(3),
    r.peakRssMB.toFixed(0),
    ['files', 'postings', 'merge', 'reuse']
      .map((p, i, all) => {
        const start = r.phaseStarts[p as IngestPhase];
        if (start === undefined) return `${p} –`;
        const next = all.slice(i + 1).map((q) => r.phaseStarts[q as IngestPhase]).find((x) => x !== undefined) ?? r.incremental?.baseSeconds ?? r.seconds;
        return `${p} ${(next - start).toFixed(0)}`;
      })
      .join(', '),
    r.storeMB.toFixed(0),
    recallOf(r, 'IMPLEMENTS'),
    recallOf(r, 'CITES'),
    recallOf(r, 'ATTACHES'),
    recallOf(r, 'REPEATS'),
  ]);
  return markdownTable(
    ['docs', 'files', 'MB', 'wall s', 'CPU s', 'docs/s', 'MB/s', 'peak RSS MB', 'phases s', 'store MB', 'IMPLEMENTS recall', 'CITES recall', 'ATTACHES recall', 'REPEATS recall'],
    rows,
  );
}

export function ingestNotes(runs: readonly IngestRun[]): string {
  const notes: string[] = [];
  if (runs.length >= 2) {
    const [small, big] = [runs[0]!, runs[runs.length - 1]!];
    notes.push(
      `Growth ratio time(${big.docs})/time(${small.docs}) = ${(big.seconds / small.seconds).toFixed(2)} for ${(big.docs / small.docs).toFixed(0)}× the documents (target ≤ 12 for 100k/10k).`,
    );
  }
  for (const r of runs) {
    const rep = r.recall.find((x) => x.type === 'REPEATS');
    if (rep && rep.found < rep.planted) {
      notes.push(
        `${r.docs} docs: REPEATS misses ${rep.planted - rep.found}, of which ${rep.missesWithCommonCitation} where both ends cite one same document; examples: ${rep.examples.slice(0, 3).join('; ')}.`,
      );
    }
    if (r.phasePeakRssMB) {
      const peaks = Object.entries(r.phasePeakRssMB).map(([phase, mb]) => `${phase} ${mb!.toFixed(0)}`);
      notes.push(`${r.docs} docs: peak RSS so far at the end of each phase (MB): ${peaks.join(', ')}.`);
    }
    const p = r.repeatsPrecision;
    notes.push(
      `${r.docs} docs: ${p.stored} REPEATS edges stored; ${p.planted} are planted pairs, ${p.commonSource} join two copies of one planted source, ${p.stored - p.planted - p.commonSource} were not planted (not classified further).`,
    );
    const inc = r.incremental;
    if (inc) {
      notes.push(
        `${r.docs} docs, incremental: the last ${inc.files} files (${inc.documents} documents) ingested into the store of ${inc.baseDocuments} ` +
          `took ${inc.seconds.toFixed(2)} s wall, ${inc.cpuSeconds.toFixed(2)} s CPU = ${((100 * inc.seconds) / r.seconds).toFixed(2)}% of the whole ingest ` +
          `(base ${inc.baseSeconds.toFixed(1)} s + increment; the increment is ${((100 * inc.documents) / r.documentsStored).toFixed(2)}% of the documents). The wall time above is base + increment.`,
      );
    }
    if (r.profile) notes.push(`CPU profile of the ${r.docs}-document ingest:\n\n${r.profile}`);
  }
  return notes.join('\n\n');
}

async function main(): Promise<void> {
  if (flag('child')) return child();
  const sizes = (options('docs').length > 0 ? options('docs') : ['10000']).map(Number);
  const work = resolve(option('work') ?? '/tmp/directive-graph-bench');
  const seed = Number(option('seed') ?? '1');
  mkdirSync(work, { recursive: true });
  const loadBefore = loadNow();
  const runs: IngestRun[] = [];
  for (const docs of sizes) {
    const corpus = ensureCorpus(work, docs, seed, log);
    log(`ingesting ${docs} documents (load ${loadNow()})`);
    const workers = option('workers');
    const reuseWorkers = option('reuse-workers');
    const workerNiceness = option('worker-niceness');
    const profileDir = flag('profile') ? join(work, `profile-ingest-${docs}`) : undefined;
    const increment = option('increment');
    const run = runIngest(corpus, join(work, `store-${docs}`), docs, {
      profileDir,
      workers: workers === undefined ? undefined : Number(workers),
      reuseWorkers: reuseWorkers === undefined ? undefined : Number(reuseWorkers),
      workerNiceness: workerNiceness === undefined ? undefined : Number(workerNiceness),
      increment: increment === undefined ? undefined : Number(increment),
    });
    runs.push(run);
    log(`  ${run.seconds.toFixed(1)} s, ${(run.docs / run.seconds).toFixed(1)} docs/s, peak RSS ${run.peakRssMB.toFixed(0)} MB`);
  }
  const table = ingestTable(runs);
  const notes = ingestNotes(runs);
  process.stdout.write(`${table}\n\n${notes}\n`);
  const file = appendBenchSection({
    title: `Ingest ${sizes.join(' and ')} documents`,
    command: `node dist/scripts/bench-ingest.js ${process.argv.slice(2).join(' ')}`,
    loadBefore,
    loadAfter: loadNow(),
    body: `${table}\n\n${notes}`,
  });
  log(`appended to ${file}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
}
