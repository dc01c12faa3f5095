/**
 * Child process of crash-safety.test.ts (bundled with esbuild, run with
 * plain node): ingests a folder with the synthetic extractor, slowed down so
 * the parent can kill it mid-run, in batches of the given size, and prints
 * one line per file once its batch is committed.
 */
import { ingestPaths, type Extractor } from '../../../src/ingest/ingest-paths';
import { openSqliteStore } from '../../../src/store/sqlite/open-sqlite-store';
import { synthesizeGraph } from './synthetic-extractor';

const [dataDir, corpusDir, delayMs, batchFiles] = process.argv.slice(2);

const slowExtract: Extractor = (input, options) => {
  const until = Date.now() + Number(delayMs ?? 0);
  while (Date.now() < until) {
    // Busy wait: extraction is CPU-bound in the real pipeline too.
  }
  return synthesizeGraph(input, options);
};

async function main(): Promise<void> {
  const store = await openSqliteStore(dataDir);
  await ingestPaths([corpusDir], store, {
    extract: slowExtract,
    reuse: null,
    batchFiles: Number(batchFiles),
    onProgress: (p) => {
      if (p.phase === 'files') process.stdout.write(`${p.done} ${p.outcome} ${p.file}\n`);
    },
  });
  await store.close();
  process.stdout.write('DONE\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(2);
});
