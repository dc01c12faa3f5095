/**
 * Extraction alone against the ceiling of one pass over the same bytes:
 * read the file, decode UTF-8, NFC-normalise, one regex scan for codes. The
 * ratio (extraction MB/s ÷ ceiling MB/s) says how much of the machine's
 * practical speed the pipeline keeps, whatever the machine's load.
 *
 *   npm run build && node dist/scripts/bench-extract.js [--docs 10000] [--work /tmp/dg-bench] [--seed 1] [--rounds 3] [--workers N] [--no-append]
 *
 * Both sides read the same files from the (warm) page cache in the same
 * process; the rounds alternate (ceiling, extraction, ceiling, …) so that a
 * change of load hits both, and the best round of each is kept.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractFile } from '../src/extract/pipeline';
import { defaultWorkerCount, ExtractPool } from '../src/ingest/extract-pool';
import { corpusFiles, ensureCorpus, totalBytes } from './lib/bench/corpus-files';
import { appendBenchSection, loadNow, markdownTable, option } from './lib/bench/machine';

/** The same code shapes the reference grammar looks for (`470-CV/TU`, `16/CT-TTg`), one scan. */
const CODE_SHAPE = /\d{1,5}\s?[-/]\s?[\p{Lu}Đ]{1,6}(?:\s?[-/]\s?[\p{Lu}Đ]{1,8})*/gu;

export function ceilingPass(files: readonly string[]): { seconds: number; matches: number } {
  const decoder = new TextDecoder('utf-8');
  const started = process.hrtime.bigint();
  let matches = 0;
  for (const f of files) {
    const text = decoder.decode(readFileSync(f)).normalize('NFC');
    CODE_SHAPE.lastIndex = 0;
    while (CODE_SHAPE.exec(text) !== null) matches += 1;
  }
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, matches };
}

export function extractionPass(files: readonly string[]): { seconds: number; documents: number } {
  const started = process.hrtime.bigint();
  let documents = 0;
  for (const f of files) documents += extractFile(readFileSync(f), { fileName: f }).documents.filter((d) => d.inCorpus).length;
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, documents };
}

/** The same extraction on the ingest's worker pool (the graphs cloned back to this thread, as ingest receives them). */
export async function poolPass(files: readonly string[], pool: ExtractPool): Promise<{ seconds: number; documents: number }> {
  const started = process.hrtime.bigint();
  let documents = 0;
  const inFlight: Array<Promise<number>> = [];
  const window = 16 * pool.size;
  for (const f of files) {
    inFlight.push(pool.extract(readFileSync(f), f).then((g) => g.documents.filter((d) => d.inCorpus).length));
    if (inFlight.length >= window) documents += await inFlight.shift()!;
  }
  for (const p of inFlight) documents += await p;
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, documents };
}

async function main(): Promise<void> {
  const docs = Number(option('docs') ?? '10000');
  const work = resolve(option('work') ?? '/tmp/directive-graph-bench');
  const seed = Number(option('seed') ?? '1');
  const rounds = Number(option('rounds') ?? '3');
  const corpus = ensureCorpus(work, docs, seed, (l) => process.stderr.write(`${l}\n`));
  const files = corpusFiles(corpus);
  const mb = totalBytes(files) / 1e6;
  const loadBefore = loadNow();
  ceilingPass(files); // warms the page cache and the regex
  const workers = Number(option('workers') ?? String(defaultWorkerCount()));
  // At the caller's priority: nothing of ours competes with them here, and a lowered one would charge other processes' load to extraction.
  const pool = workers > 0 && ExtractPool.available() ? new ExtractPool(workers, undefined, 0) : null;
  const ceilings: number[] = [];
  const extractions: number[] = [];
  const pooled: number[] = [];
  let documents = 0;
  for (let i = 0; i < rounds; i++) {
    ceilings.push(ceilingPass(files).seconds);
    const e = extractionPass(files);
    extractions.push(e.seconds);
    documents = e.documents;
    if (pool) {
      const p = await poolPass(files, pool);
      if (p.documents !== documents) throw new Error(`the pool found ${p.documents} documents, the main thread ${documents}`);
      pooled.push(p.seconds);
    }
    process.stderr.write(
      `round ${i + 1}: ceiling ${ceilings[i]!.toFixed(2)} s, extraction ${e.seconds.toFixed(2)} s` +
        `${pool ? `, pool ${pooled[i]!.toFixed(2)} s` : ''} (load ${loadNow()})\n`,
    );
  }
  await pool?.close();
  const ceiling = Math.min(...ceilings);
  const extraction = Math.min(...extractions);
  const ratio = ceiling / extraction;
  const pooledBest = pooled.length > 0 ? Math.min(...pooled) : undefined;
  const table = markdownTable(
    ['pass', 'best s', 'all rounds s', 'MB/s', 'documents/s'],
    [
      ['ceiling: read + UTF-8 + NFC + one regex scan', ceiling.toFixed(3), ceilings.map((s) => s.toFixed(2)).join(', '), (mb / ceiling).toFixed(2), '–'],
      ['extractFile (read + full pipeline)', extraction.toFixed(3), extractions.map((s) => s.toFixed(2)).join(', '), (mb / extraction).toFixed(3), (documents / extraction).toFixed(1)],
      ...(pooledBest === undefined
        ? []
        : [[`extractFile on ${workers} worker threads (as ingest runs it)`, pooledBest.toFixed(3), pooled.map((s) => s.toFixed(2)).join(', '), (mb / pooledBest).toFixed(3), (documents / pooledBest).toFixed(1)]]),
    ],
  );
  const verdict = `Extraction runs at ${(ratio * 100).toFixed(2)}% of the single-pass ceiling over ${files.length} files, ${mb.toFixed(1)} MB, ${documents} documents (target ≥ 25%). Single thread against single thread.${
    pooledBest === undefined
      ? ''
      : ` On ${workers} worker threads (ingest's pool, graphs cloned back) extraction reaches ${((100 * ceiling) / pooledBest).toFixed(2)}% of the one-thread ceiling — not the measure of the target, which compares one thread with one thread.`
  }`;
  process.stdout.write(`${table}\n\n${verdict}\n`);
  appendBenchSection({
    title: `Extraction vs single-pass ceiling, ${docs} documents`,
    command: `node dist/scripts/bench-extract.js ${process.argv.slice(2).join(' ')}`,
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
