/**
 * The text functions extraction spends its time in (and the full-text fold
 * the writer applies to every text), timed one by one on the
 * texts of a generated corpus, optionally against the same functions of
 * another build (A/B in one process, alternating, so that a change of load
 * hits both):
 *
 *   npm run build && node dist/scripts/bench-extract-stages.js [--docs 10000] [--files 2000] [--rounds 4] [--baseline OTHER/dist] [--no-append]
 *
 * Inputs: the document texts that extraction finds in the first `--files`
 * files (for the folds and reuse functions), their paragraphs (for
 * `matchKey` and `foldDiacritics`, which see lines and blocks), and the
 * decoded files (for the clean step). Each function runs in a process that
 * ran nothing else first: extraction would leave it type feedback from other
 * strings and blur the comparison. Outputs must be equal to the baseline's,
 * else the script stops. Not a test: timings depend on the machine.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { corpusFiles, ensureCorpus } from './lib/bench/corpus-files';
import { appendBenchSection, loadNow, markdownTable, option } from './lib/bench/machine';

interface Stage {
  name: string;
  /** Module under `dist/`, and the export timed. */
  module: string;
  fn: string;
  inputs: 'texts' | 'paragraphs' | 'files';
  /** The export is a clean step: time its `edits`. */
  call?: 'edits';
}

const STAGES: Stage[] = [
  { name: 'foldText', module: 'src/extract/references/folded-text', fn: 'foldText', inputs: 'texts' },
  { name: 'matchKey', module: 'src/shared/fold', fn: 'matchKey', inputs: 'paragraphs' },
  { name: 'foldDiacritics', module: 'src/shared/fold', fn: 'foldDiacritics', inputs: 'paragraphs' },
  { name: 'reuseTokens', module: 'src/extract/reuse/reuse-tokens', fn: 'reuseTokens', inputs: 'texts' },
  { name: 'reuseBuckets', module: 'src/extract/reuse/reuse-buckets', fn: 'reuseBuckets', inputs: 'texts' },
  { name: 'foldForIndex', module: 'src/store/shared/full-text', fn: 'foldForIndex', inputs: 'texts' },
  { name: 'collapseSpaces', module: 'src/extract/clean/steps', fn: 'collapseSpaces', inputs: 'files', call: 'edits' },
];

/** Runs one stage in this process (the child side): prints JSON {ours: ms[], baseline: ms[]}. */
function runStage(stage: Stage, inputsFile: string, ours: string, baseline: string | undefined, rounds: number): void {
  const inputs = JSON.parse(readFileSync(inputsFile, 'utf8')) as string[];
  const load = (dist: string): ((x: string) => unknown) => {
    const mod = require(join(dist, stage.module)) as Record<string, unknown>;
    const exported = mod[stage.fn];
    return stage.call === 'edits' ? (x) => (exported as { edits: (x: string) => unknown }).edits(x) : (exported as (x: string) => unknown);
  };
  const a = load(ours);
  const b = baseline ? load(baseline) : null;
  if (b) {
    const same = (r: unknown) => JSON.stringify(r, (_k, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v));
    inputs.forEach((x, i) => {
      if (same(a(x)) !== same(b(x))) throw new Error(`${stage.name}: input ${i} differs from the baseline's`);
    });
  }
  const time = (f: (x: string) => unknown): number => {
    const started = process.hrtime.bigint();
    for (const x of inputs) f(x);
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  const out = { ours: [] as number[], baseline: [] as number[] };
  for (let r = 0; r < rounds; r++) {
    if (b && r % 2 === 1) out.baseline.push(time(b));
    out.ours.push(time(a));
    if (b && r % 2 === 0) out.baseline.push(time(b));
  }
  process.stdout.write(JSON.stringify(out));
}

async function main(): Promise<void> {
  const child = option('stage');
  const ours = resolve(__dirname, '..');
  const baseline = option('baseline') ? resolve(option('baseline')!) : undefined;
  const rounds = Number(option('rounds') ?? '4');
  if (child) {
    runStage(STAGES.find((s) => s.name === child)!, option('inputs')!, ours, baseline, rounds);
    return;
  }
  const docs = Number(option('docs') ?? '10000');
  const fileCount = Number(option('files') ?? '2000');
  const work = resolve(option('work') ?? '/tmp/directive-graph-bench');
  const corpus = ensureCorpus(work, docs, 1, (l) => process.stderr.write(`${l}\n`));
  const files = corpusFiles(corpus).slice(0, fileCount);
  const { extractFile } = require(join(baseline ?? ours, 'src/extract/pipeline')) as typeof import('../src/extract/pipeline');
  const texts: string[] = [];
  for (const f of files) for (const d of extractFile(readFileSync(f), { fileName: f }).documents) if (d.text) texts.push(d.text);
  const inputs = {
    texts,
    paragraphs: texts.flatMap((t) => t.split('\n\n')),
    files: files.map((f) => readFileSync(f, 'utf8').replace(/\r\n?/g, '\n').normalize('NFC')),
  };
  const loadBefore = loadNow();
  const rows: string[][] = [];
  for (const stage of STAGES) {
    const inputsFile = join(work, `stage-inputs-${stage.inputs}.json`);
    writeFileSync(inputsFile, JSON.stringify(inputs[stage.inputs]));
    const args = [__filename, '--stage', stage.name, '--inputs', inputsFile, '--rounds', String(rounds), ...(baseline ? ['--baseline', baseline] : [])];
    const result = JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })) as { ours: number[]; baseline: number[] };
    const best = (ms: number[]) => Math.min(...ms);
    const chars = inputs[stage.inputs].reduce((n, x) => n + x.length, 0);
    rows.push([
      stage.name,
      `${inputs[stage.inputs].length} ${stage.inputs}, ${(chars / 1e6).toFixed(1)} M chars`,
      best(result.ours).toFixed(0),
      baseline ? best(result.baseline).toFixed(0) : '–',
      baseline ? `${(best(result.baseline) / best(result.ours)).toFixed(2)}×` : '–',
    ]);
    process.stderr.write(`${stage.name}: ours ${result.ours.map((x) => x.toFixed(0)).join(', ')} ms; baseline ${result.baseline.map((x) => x.toFixed(0)).join(', ')} ms\n`);
  }
  const table = markdownTable(['function', 'inputs', 'best ms', 'baseline best ms', 'speed-up'], rows);
  process.stdout.write(`${table}\n`);
  const appended = appendBenchSection({
    title: `Extraction's text functions, ${fileCount} files of the ${docs}-document corpus`,
    command: `node dist/scripts/bench-extract-stages.js ${process.argv.slice(2).join(' ')}`,
    loadBefore,
    loadAfter: loadNow(),
    body: `${table}\n\nBest of ${rounds} rounds each${baseline ? `; outputs equal to the baseline's (${baseline}) on every input` : ''}.`,
  });
  process.stderr.write(`appended to ${appended}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
}
