/**
 * Writes a deterministic synthetic corpus of Vietnamese directives for the
 * scale benchmarks, with the relations it planted:
 *
 *   npm run build && node dist/scripts/generate-corpus.js --docs 10000 --out /tmp/corpus10k --seed 1
 *   npm run generate-corpus -- --docs 10000 --out /tmp/corpus10k --seed 1
 *
 * Output: <out>/files/NNNN/*.txt (1,000 files a folder), <out>/documents.jsonl,
 * <out>/ground-truth.jsonl (IMPLEMENTS, CITES, ATTACHES, REPEATS with the
 * copied passages). See scripts/lib/corpus/corpus-model.ts for the records.
 */
import { resolve } from 'node:path';
import { generateCorpus, MAX_DOCS, MIN_DOCS } from './lib/corpus/generate';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
  const docs = Number(option('docs') ?? '10000');
  const out = option('out');
  const seed = Number(option('seed') ?? '1');
  if (!out || !Number.isInteger(docs) || !Number.isInteger(seed)) {
    process.stderr.write(`usage: generate-corpus --docs N (${MIN_DOCS}..${MAX_DOCS}) --out DIR [--seed S]\n`);
    process.exit(2);
  }
  const started = process.hrtime.bigint();
  const summary = generateCorpus({
    docs,
    out: resolve(out),
    seed,
    onProgress: (n) => {
      if (n % 10_000 === 0) process.stderr.write(`\r${n} documents`);
    },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stderr.write('\r');
  process.stdout.write(
    `${JSON.stringify({ ...summary, seconds: Number(seconds.toFixed(2)), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }, null, 2)}\n`,
  );
}

main();
