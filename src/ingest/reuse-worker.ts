/**
 * Worker thread of the reuse pass: finds the REPEATS edges of the batches it
 * is sent through its own read-only view of the store; the main thread
 * writes them.
 */
import { workerData } from 'node:worker_threads';
import { openStoreReader } from '../store/open-store-reader';
import { signaturesOf, type ReuseRequest, type ReuseWorkerInit } from './reuse-messages';
import { detectReuseStep, ReuseDetector, type BatchFindings } from './reuse-pass';
import { serveRequests } from './serve-requests';

const init = workerData as ReuseWorkerInit;
// Opened on the first batch, so that a store it cannot open fails that batch with the store's error
// (which stops the pass) instead of killing the thread at start-up.
let detector: ReuseDetector | undefined;

serveRequests<ReuseRequest, BatchFindings>((request) => {
  detector ??= new ReuseDetector(openStoreReader(init.reader), detectReuseStep, init.cap, init.documentCacheSize, init.index);
  return detector.detect(signaturesOf(request));
}, 'reuse-worker.js');
