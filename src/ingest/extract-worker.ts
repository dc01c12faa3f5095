/** Worker thread of `ExtractPool`: extracts the files it is sent, or reads them first when sent their paths. */
import { workerData } from 'node:worker_threads';
import { extractFile } from '../extract/pipeline';
import type { ExtractRequest, ExtractWorkerInit } from './extract-messages';
import { graphForTransfer, preparedForTransfer, type GraphTransfer, type PreparedFileTransfer } from './keyed-signature';
import { prepareFileSync } from './prepared-file';
import { serveRequests } from './serve-requests';
import { lowerThreadPriority } from './thread-priority';

// Before any work: the writing thread, not extraction, sets the pace of an ingest (`EXTRACTION_WORKER_NICENESS`).
lowerThreadPriority((workerData as ExtractWorkerInit | undefined)?.niceness ?? 0);

serveRequests<ExtractRequest, GraphTransfer | PreparedFileTransfer>((request) => {
  const { fileName } = request;
  if (request.kind === 'bytes') return graphForTransfer(extractFile(request.bytes, { fileName, maxBytes: request.maxBytes }));
  const { maxBytes } = request;
  return preparedForTransfer(prepareFileSync(request.path, fileName, maxBytes, (bytes) => extractFile(bytes, { fileName, maxBytes })));
}, 'extract-worker.js');
