/**
 * All scale benchmarks in order, each appending its section to
 * docs/benchmarks.md: ingest (every --docs size), then on the largest
 * store extraction vs ceiling, in-process queries and API throughput.
 * `--increment N` times the last N files of each ingest apart (bench-ingest).
 * Not part of `npm test`: timings depend on the machine and its load.
 *
 *   npm run bench -- [--docs 10000] [--docs 100000] [--work /tmp/directive-graph-bench] [--seed 1] [--profile] [--increment 1000] [--only ingest,extract,queries,api] [--no-append]
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { option, options } from './lib/bench/machine';

function run(script: string, args: string[]): void {
  process.stderr.write(`\n== ${script} ${args.join(' ')}\n`);
  const result = spawnSync(process.execPath, [join(__dirname, script), ...args], { stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`${script} failed with status ${result.status}\n`);
    process.exitCode = 1;
  }
}

function main(): void {
  const sizes = options('docs').length > 0 ? options('docs') : ['10000'];
  const largest = String(Math.max(...sizes.map(Number)));
  const common = ['--work', option('work') ?? '/tmp/directive-graph-bench', '--seed', option('seed') ?? '1', ...(process.argv.includes('--no-append') ? ['--no-append'] : [])];
  const only = new Set((option('only') ?? 'ingest,extract,queries,api').split(','));
  if (only.has('ingest')) run('bench-ingest.js', [...sizes.flatMap((s) => ['--docs', s]), ...common, ...(process.argv.includes('--profile') ? ['--profile'] : []), ...(option('increment') ? ['--increment', option('increment')!] : [])]);
  if (only.has('extract')) run('bench-extract.js', ['--docs', sizes[0]!, ...common]);
  if (only.has('queries')) run('bench-queries.js', ['--docs', largest, ...common]);
  if (only.has('api')) run('bench-api.js', ['--docs', largest, ...common]);
}

main();
