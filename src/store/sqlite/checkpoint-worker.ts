/**
 * Worker thread of `BackgroundCheckpointer`: its own connection to the
 * store's file, copying committed WAL frames into the database file when
 * asked, while the writing thread goes on with its next transaction.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import type { CheckpointReply, CheckpointWorkerData } from './checkpoint-messages';

const port = parentPort;
if (port === null) throw new Error('checkpoint-worker runs inside a worker thread started by BackgroundCheckpointer.');
const { file, busyTimeoutMs } = workerData as CheckpointWorkerData;
const db = new Database(file, { fileMustExist: true });
db.pragma(`busy_timeout = ${busyTimeoutMs}`);

port.on('message', () => {
  let reply: CheckpointReply;
  try {
    // PASSIVE never waits for the writer or readers: it copies what it can and leaves the rest for the next request.
    const [result] = db.pragma('wal_checkpoint(PASSIVE)') as Array<{ busy: number; log: number; checkpointed: number }>;
    reply = { log: result!.log, checkpointed: result!.checkpointed };
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
