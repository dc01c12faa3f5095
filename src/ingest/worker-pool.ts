import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { fromWorkerError, type WorkerError } from './worker-errors';

export function defaultWorkerCount(): number {
  return availableParallelism();
}

/** What a pool sends a worker: one request, numbered so that its answer finds its promise. */
export interface PoolRequest<Request> {
  seq: number;
  request: Request;
}

export type PoolReply<Reply> = { seq: number; value: Reply; error?: undefined } | { seq: number; error: WorkerError; value?: undefined };

interface Pending<Reply> {
  resolve(value: Reply): void;
  reject(error: Error): void;
}

interface Slot<Reply> {
  worker: Worker;
  pending: Map<number, Pending<Reply>>;
}

/**
 * Worker threads running one script (which answers with `serveRequests`).
 * Each `run` goes at once to the worker with the fewest requests
 * outstanding and answers with its own promise, so awaiting the promises in
 * call order gives the answers in input order whatever order the workers
 * finish in; the caller bounds how many are in flight. A worker that dies
 * fails only its own requests and is replaced.
 */
export class WorkerPool<Request, Reply> {
  private readonly slots: Array<Slot<Reply>> = [];
  private seq = 0;
  private closing = false;

  constructor(
    readonly size: number,
    private readonly script: string,
    /** Names the work in the error a dead worker's requests reject with. */
    private readonly label: string,
    /** Plain data every worker starts with (`workerData`). */
    private readonly workerData?: unknown,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`A worker pool's size must be a positive integer, got ${size}.`);
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** Whether a worker script exists at `script` (it does in dist, not under ts-jest). */
  static available(script: string): boolean {
    return existsSync(script);
  }

  /**
   * Sends one request to the worker with the fewest outstanding, or to worker
   * `worker` (modulo the pool's size) when the caller routes requests itself
   * (a worker's caches then see related requests).
   */
  run(request: Request, transfer: readonly ArrayBuffer[] = [], worker?: number): Promise<Reply> {
    if (this.closing) return Promise.reject(new Error(`The ${this.label} pool is closed.`));
    const slot =
      worker === undefined ? this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a)) : this.slots[worker % this.slots.length]!;
    const seq = this.seq++;
    const message: PoolRequest<Request> = { seq, request };
    return new Promise<Reply>((resolve, reject) => {
      slot.pending.set(seq, { resolve, reject });
      slot.worker.ref();
      slot.worker.postMessage(message, [...transfer]);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot<Reply> {
    const worker = new Worker(this.script, { workerData: this.workerData });
    const slot: Slot<Reply> = { worker, pending: new Map() };
    worker.on('message', (reply: PoolReply<Reply>) => {
      const pending = slot.pending.get(reply.seq);
      if (!pending) return;
      slot.pending.delete(reply.seq);
      if (slot.pending.size === 0) slot.worker.unref();
      if (reply.error) pending.reject(fromWorkerError(reply.error));
      else pending.resolve(reply.value as Reply);
    });
    const fail = (error: Error): void => {
      for (const pending of slot.pending.values()) pending.reject(error);
      slot.pending.clear();
    };
    worker.on('error', (error) => fail(error));
    worker.on('exit', (code) => {
      fail(new Error(`${this.label} worker stopped (exit code ${code})`));
      // A worker lost to a crash is replaced, so later requests still have somewhere to go.
      if (!this.closing) this.slots[this.slots.indexOf(slot)] = this.spawn();
    });
    // Only a worker with requests outstanding keeps the process alive (a caller may forget close()).
    worker.unref();
    return slot;
  }
}
