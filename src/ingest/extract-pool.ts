import { join } from 'node:path';
import type { FileGraph } from '../domain/graph';
import type { ExtractRequest, ExtractWorkerInit } from './extract-messages';
import type { PreparedFile } from './prepared-file';
import { graphFromTransfer, preparedFromTransfer, type GraphTransfer, type PreparedFileTransfer } from './keyed-signature';
import { EXTRACTION_WORKER_NICENESS } from './thread-priority';
import { WorkerPool } from './worker-pool';

export { defaultWorkerCount } from './worker-pool';

/** The compiled worker next to this module (dist); absent when running from TypeScript sources. */
export const DEFAULT_WORKER_SCRIPT = join(__dirname, 'extract-worker.js');

/**
 * Extraction on worker threads. Each `extract` call is sent at once to the
 * worker with the fewest files outstanding (so a worker keeps busy while the
 * main thread is blocked writing); awaiting the promises in call order gives
 * the results in input order.
 */
export class ExtractPool {
  private readonly pool: WorkerPool<ExtractRequest, GraphTransfer | PreparedFileTransfer>;

  /** @param niceness each worker's scheduling niceness (`lowerThreadPriority`); 0 leaves them at the caller's. */
  constructor(
    readonly size: number,
    script: string = DEFAULT_WORKER_SCRIPT,
    niceness: number = EXTRACTION_WORKER_NICENESS,
  ) {
    const init: ExtractWorkerInit = { niceness };
    this.pool = new WorkerPool(size, script, 'extraction', init);
  }

  /** Whether a worker script exists at `script` (it does in dist, not under ts-jest). */
  static available(script: string = DEFAULT_WORKER_SCRIPT): boolean {
    return WorkerPool.available(script);
  }

  /**
   * Extracts one file. `bytes` is transferred to the worker when it owns its
   * whole buffer (the caller must not use it afterwards), copied otherwise.
   * Rejects with the error class the in-process pipeline would throw.
   */
  extract(bytes: Uint8Array, fileName: string, maxBytes?: number): Promise<FileGraph> {
    const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
    const payload = owned ? bytes : bytes.slice();
    return this.pool
      .run({ kind: 'bytes', bytes: payload, fileName, maxBytes }, [payload.buffer as ArrayBuffer])
      .then((graph) => graphFromTransfer(graph as GraphTransfer));
  }

  /**
   * Reads and extracts one file on a worker, so that the calling thread
   * neither reads nor waits for the disk; failures come back as the
   * rejection `prepareFile` would give, never as a rejected promise (unless
   * the worker itself dies).
   */
  prepare(path: string, fileName: string, maxBytes: number): Promise<PreparedFile> {
    return this.pool.run({ kind: 'path', path, fileName, maxBytes }).then((prepared) => preparedFromTransfer(prepared as PreparedFileTransfer));
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
