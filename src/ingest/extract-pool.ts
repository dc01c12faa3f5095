import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileGraph } from '../domain/graph';
import { fromWorkerError, type ExtractReply, type ExtractRequest } from './extract-messages';

/** The compiled worker next to this module (dist); absent when running from TypeScript sources. */
export const DEFAULT_WORKER_SCRIPT = join(__dirname, 'extract-worker.js');

export function defaultWorkerCount(): number {
  return availableParallelism();
}

interface Pending {
  resolve(graph: FileGraph): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * Extraction on worker threads. Each `extract` call is sent at once to the
 * worker with the fewest files outstanding (so a worker keeps busy while the
 * main thread is blocked writing) and answers with its own promise: awaiting
 * the promises in call order gives the results in input order, whatever
 * order the workers finish in. The caller bounds how many are in flight.
 */
export class ExtractPool {
  private readonly slots: Slot[] = [];
  private seq = 0;
  private closing = false;

  constructor(
    readonly size: number,
    private readonly script: string = DEFAULT_WORKER_SCRIPT,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`ExtractPool size must be a positive integer, got ${size}.`);
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** Whether a worker script exists at `script` (it does in dist, not under ts-jest). */
  static available(script: string = DEFAULT_WORKER_SCRIPT): boolean {
    return existsSync(script);
  }

  /**
   * Extracts one file. `bytes` is transferred to the worker when it owns its
   * whole buffer (the caller must not use it afterwards), copied otherwise.
   * Rejects with the error class the in-process pipeline would throw.
   */
  extract(bytes: Uint8Array, fileName: string, maxBytes?: number): Promise<FileGraph> {
    if (this.closing) return Promise.reject(new Error('ExtractPool is closed.'));
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const seq = this.seq++;
    const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
    const payload = owned ? bytes : bytes.slice();
    const request: ExtractRequest = { seq, bytes: payload, fileName, maxBytes };
    return new Promise<FileGraph>((resolve, reject) => {
      slot.pending.set(seq, { resolve, reject });
      slot.worker.ref();
      slot.worker.postMessage(request, [payload.buffer as ArrayBuffer]);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(this.script);
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (reply: ExtractReply) => {
      const pending = slot.pending.get(reply.seq);
      if (!pending) return;
      slot.pending.delete(reply.seq);
      if (slot.pending.size === 0) slot.worker.unref();
      if (reply.error) pending.reject(fromWorkerError(reply.error));
      else pending.resolve(reply.graph);
    });
    const fail = (error: Error): void => {
      for (const pending of slot.pending.values()) pending.reject(error);
      slot.pending.clear();
    };
    worker.on('error', (error) => fail(error));
    worker.on('exit', (code) => {
      fail(new Error(`extraction worker stopped (exit code ${code})`));
      // A worker lost to a crash is replaced, so later files still have somewhere to go.
      if (!this.closing) this.slots[this.slots.indexOf(slot)] = this.spawn();
    });
    // Only a worker with files outstanding keeps the process alive (a caller may forget close()).
    worker.unref();
    return slot;
  }
}
