import type Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { StoreUnavailableError } from '../../domain/errors';
import type { CheckpointReply, CheckpointWorkerData } from './checkpoint-messages';

/** The compiled worker script; present in dist, absent under ts-jest (tests bundle their own). */
export const DEFAULT_CHECKPOINT_SCRIPT = join(__dirname, 'checkpoint-worker.js');

/** SQLite's own default, restored when the worker is gone. */
const AUTO_CHECKPOINT_PAGES = 1000;

/**
 * The WAL's length past which the writer lets the checkpoint in hand finish
 * before its next transaction (`makeRoom`). SQLite starts a WAL over from its
 * beginning only when a write transaction begins with every frame already
 * copied into the file; a writer that begins its next batch while the copy
 * of the last one still runs never sees that, and the WAL grew with
 * everything an ingest wrote: 6.8 GB beside a 5.5 GB file after 192,513 files
 * of the 1M corpus, on course for more than the disk held.
 */
export const WAL_LIMIT_BYTES = 1024 * 1024 * 1024;

/**
 * Checkpoints the WAL on a thread of its own. With SQLite's automatic
 * checkpoint, the commit that crosses the WAL's threshold also copies every
 * frame into the database file, and the writing thread waits for it: at
 * 100,000 documents the files phase of an ingest spent 31.5 of its 180 s in
 * commits, and with the copy moved here 17.3 of 166 s (docs/benchmarks.md,
 * session 7). The writer's automatic checkpoint is off while this runs, and
 * on again as soon as the worker or a checkpoint fails, or it is closed. Requests coalesce: at
 * most one checkpoint runs and one waits.
 */
export class BackgroundCheckpointer {
  private readonly worker: Worker;
  private running = false;
  private again = false;
  private closed = false;
  private idleWaiters: Array<() => void> = [];
  /** Frames copied so far. */
  checkpointed = 0;
  /** Frames in the WAL when the last checkpoint ran (since it last started over). */
  walFrames = 0;
  /** Waits taken by `makeRoom`. */
  roomWaits = 0;
  private readonly limitFrames: number;
  /** `walFrames` at which `makeRoom` waits next. */
  private waitAt: number;
  /** Why checkpoints went back to the writer, when the worker failed. */
  failure: StoreUnavailableError | undefined;

  /** Whether the worker script exists (it does in dist). */
  static available(script: string = DEFAULT_CHECKPOINT_SCRIPT): boolean {
    return existsSync(script);
  }

  constructor(
    private readonly db: Database.Database,
    script: string = DEFAULT_CHECKPOINT_SCRIPT,
    busyTimeoutMs = 5000,
    walLimitBytes = WAL_LIMIT_BYTES,
  ) {
    this.limitFrames = Math.max(1, Math.floor(walLimitBytes / (db.pragma('page_size', { simple: true }) as number)));
    this.waitAt = this.limitFrames;
    const data: CheckpointWorkerData = { file: db.name, busyTimeoutMs };
    this.worker = new Worker(script, { workerData: data });
    this.worker.unref();
    this.worker.on('message', (reply: CheckpointReply) => this.answered(reply));
    this.worker.on('error', (error) => this.stop(`checkpoint worker failed: ${error.message}`));
    this.worker.on('exit', (code) => this.stop(`checkpoint worker stopped (exit code ${code})`));
    db.pragma('wal_autocheckpoint = 0');
  }

  /** Whether checkpoints still run on the worker (false once it failed or was closed). */
  get active(): boolean {
    return !this.closed;
  }

  /** Asks for a checkpoint of everything committed so far; call after each commit. */
  request(): void {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    this.worker.ref();
    this.worker.postMessage(null);
  }

  /** Resolves once no checkpoint runs or waits. */
  idle(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * Call before a write transaction. Once the WAL has passed its limit, waits
   * for the checkpoint in hand (and the one asked for meanwhile), so that the
   * transaction begins with every frame copied and SQLite starts the WAL over.
   * A reader holding an older snapshot can keep it from starting over; then
   * the next wait comes only after as much growth again.
   */
  async makeRoom(): Promise<void> {
    if (this.closed || this.walFrames < this.waitAt) return;
    this.roomWaits += 1;
    await this.idle();
    this.waitAt = this.walFrames + this.limitFrames;
  }

  /** Waits for the checkpoint in hand, stops the worker and gives the writer its automatic checkpoint back. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.idle();
    this.stop(undefined);
    await this.worker.terminate();
  }

  private answered(reply: CheckpointReply): void {
    if (reply.error !== undefined) {
      // A WAL nobody checkpoints grows without end: the writer takes the job back.
      this.stop(`checkpoint failed: ${reply.error}`);
      void this.worker.terminate();
      return;
    }
    this.checkpointed += reply.checkpointed;
    // A shorter log than last time: the WAL started over.
    if (reply.log < this.walFrames) this.waitAt = this.limitFrames;
    this.walFrames = reply.log;
    this.running = false;
    if (this.again && !this.closed) {
      this.again = false;
      this.request();
      return;
    }
    this.worker.unref();
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private stop(failure: string | undefined): void {
    if (this.closed) return;
    if (failure !== undefined) this.failure = new StoreUnavailableError(`${failure}; SQLite checkpoints in the writer again.`);
    this.closed = true;
    this.running = false;
    this.again = false;
    if (this.db.open) this.db.pragma(`wal_autocheckpoint = ${AUTO_CHECKPOINT_PAGES}`);
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
