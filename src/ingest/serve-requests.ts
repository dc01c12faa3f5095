import { parentPort } from 'node:worker_threads';
import { toWorkerError } from './worker-errors';
import type { PoolReply, PoolRequest } from './worker-pool';

/**
 * The worker side of `WorkerPool`: answers each request with the handler's
 * value or its error as data (errors do not survive structured cloning with
 * their class). Requests are handled one at a time, in arrival order, so an
 * asynchronous handler never interleaves with itself.
 */
export function serveRequests<Request, Reply>(handle: (request: Request) => Reply | Promise<Reply>, script: string): void {
  const port = parentPort;
  if (port === null) throw new Error(`${script} runs inside a worker thread started by a WorkerPool.`);
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (message: PoolRequest<Request>) => {
    queue = queue.then(async () => {
      let reply: PoolReply<Reply>;
      try {
        reply = { seq: message.seq, value: await handle(message.request) };
      } catch (error) {
        reply = { seq: message.seq, error: toWorkerError(error) };
      }
      port.postMessage(reply);
    });
  });
}
