import type { IngestOutcome, IngestText } from '../api/ingest/ingest-text';
import { extractFile } from '../extract/pipeline';
import { detectReuseStep, runReusePass } from '../ingest/reuse-pass';
import type { GraphStore } from '../store/port';

/**
 * `ingestDocument` over the real pipeline, with the same steps as
 * `ingestPaths` for one file: extract → write (one transaction) → fold
 * undated references into dated documents → recompute text reuse for the
 * new documents. Calls run one at a time: the cross-file passes read what
 * the previous file wrote.
 */
export function createPipelineIngest(): IngestText {
  let queue: Promise<unknown> = Promise.resolve();
  const ingestOne = async (text: string, fileName: string, store: GraphStore): Promise<IngestOutcome> => {
    const graph = extractFile(text, { fileName });
    const written = await store.writeFile(graph);
    if (!written.skipped) {
      await store.mergeUndatedInstruments();
      await runReusePass(store, graph.signatures, detectReuseStep);
    }
    return {
      fileName,
      skipped: written.skipped,
      documentIds: graph.documents.filter((d) => d.inCorpus).map((d) => d.id),
      diagnostics: [...graph.diagnostics, ...graph.documents.flatMap((d) => d.diagnostics)],
    };
  };
  return (text, fileName, store) => {
    const run = queue.then(() => ingestOne(text, fileName, store));
    queue = run.catch(() => undefined);
    return run;
  };
}
