/**
 * Incremental ingest: the cost of adding the last files of a generated
 * corpus (default 1,000) to a store that already holds the rest, against the
 * ingest of that rest. Issue 6 asks that 1,000 more documents in a 100,000
 * document store cost about 1% of the full ingest, not a rebuild.
 *
 *   npm run build && node dist/scripts/bench-incremental.js --docs 100000 [--increment 1000] [--work DIR] [--seed 1]
 *
 * Both steps run the real `ingestPaths` in a child process on the same store
 * (`<work>/store-<docs>-incremental`); the corpus is generation-ordered, so
 * the increment is the newest files and cites what the base holds. After
 * the increment the planted relations are counted as in bench-ingest, so an
 * increment that missed the edges into the base would show as lost recall.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ingestPaths } from '../src/ingest/ingest-paths';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store';
import { corpusFiles, ensureCorpus, totalBytes } from './lib/bench/corpus-files';
import { appendBenchSection, flag, loadNow, markdownTable, option } from './lib/bench/machine';
import { measurePlantedRecall, type TypeRecall } from './lib/bench/planted-recall';

interface StepResult {
  seconds: number;
  cpuSeconds: number;
  peakRssMB: number;
  filesIngested: number;
  inCorpus: number;
  recall?: TypeRecall[];
}

const log = (line: string): void => void process.stderr.write(`${line}\n`);

async function child(): Promise<void> {
  const list = JSON.parse(readFileSync(option('list')!, 'utf8')) as string[];
  const corpus = option('corpus')!;
  const store = await openSqliteStore(option('data')!);
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const summary = await ingestPaths(list, store, { cwd: corpus });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  const out: StepResult = {
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    filesIngested: summary.filesIngested,
    inCorpus: (await store.stats()).inCorpus,
    recall: flag('recall') ? await measurePlantedRecall(store, join(corpus, 'ground-truth.jsonl')) : undefined,
  };
  await store.close();
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

function runStep(corpus: string, data: string, files: readonly string[], listFile: string, recall: boolean): StepResult {
  writeFileSync(listFile, JSON.stringify(files));
  const args = [__filename, '--child', '--corpus', corpus, '--data', data, '--list', listFile, ...(recall ? ['--recall'] : [])];
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(`ingest child failed with status ${result.status}`);
  const lines = result.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]!) as StepResult;
}

async function main(): Promise<void> {
  if (flag('child')) return child();
  const docs = Number(option('docs') ?? '10000');
  const increment = Number(option('increment') ?? '1000');
  const work = resolve(option('work') ?? '/tmp/directive-graph-bench');
  const seed = Number(option('seed') ?? '1');
  mkdirSync(work, { recursive: true });
  const corpus = ensureCorpus(work, docs, seed, log);
  const files = corpusFiles(corpus);
  if (increment <= 0 || increment >= files.length) throw new RangeError(`--increment must be between 1 and ${files.length - 1}`);
  const base = files.slice(0, files.length - increment);
  const added = files.slice(files.length - increment);
  const data = join(work, `store-${docs}-incremental`);
  rmSync(data, { recursive: true, force: true });
  const loadBefore = loadNow();

  log(`base: ${base.length} files (load ${loadNow()})`);
  const baseRun = runStep(corpus, data, base, join(work, 'incremental-base.json'), false);
  log(`  ${baseRun.seconds.toFixed(1)} s; increment: ${added.length} files (load ${loadNow()})`);
  const incRun = runStep(corpus, data, added, join(work, 'incremental-added.json'), true);
  log(`  ${incRun.seconds.toFixed(1)} s`);

  const addedDocs = incRun.inCorpus - baseRun.inCorpus;
  const table = markdownTable(
    ['step', 'files', 'MB', 'documents after', 'wall s', 'CPU s', 'peak RSS MB'],
    [
      ['base', base.length, (totalBytes(base) / 1e6).toFixed(1), baseRun.inCorpus, baseRun.seconds.toFixed(1), baseRun.cpuSeconds.toFixed(1), baseRun.peakRssMB.toFixed(0)],
      ['increment', added.length, (totalBytes(added) / 1e6).toFixed(1), incRun.inCorpus, incRun.seconds.toFixed(2), incRun.cpuSeconds.toFixed(2), incRun.peakRssMB.toFixed(0)],
    ],
  );
  const recall = (incRun.recall ?? []).map((r) => `${r.type} ${r.recall.toFixed(3)} (${r.found}/${r.planted})`).join(', ');
  const notes = [
    `Increment of ${addedDocs} documents (${added.length} files) into a store of ${baseRun.inCorpus}: ${incRun.seconds.toFixed(2)} s = ` +
      `${((100 * incRun.seconds) / baseRun.seconds).toFixed(2)}% of the base ingest (${((100 * incRun.seconds) / (baseRun.seconds + incRun.seconds)).toFixed(2)}% of base + increment; ` +
      `the increment is ${((100 * added.length) / files.length).toFixed(2)}% of the files).`,
    `Recall of the planted relations after the increment: ${recall}.`,
  ].join('\n\n');
  process.stdout.write(`${table}\n\n${notes}\n`);
  const file = appendBenchSection({
    title: `Incremental ingest: ${added.length} files into ${docs} documents`,
    command: `node dist/scripts/bench-incremental.js ${process.argv.slice(2).join(' ')}`,
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
