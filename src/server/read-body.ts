import type { IncomingMessage } from 'node:http';
import { LimitExceededError } from '../domain/errors';

/** Reads a request body, refusing it as soon as it passes `maxBytes` (before it is all in memory). */
export function readBody(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      request.resume();
      reject(new LimitExceededError(`The request body is ${declared} bytes; the limit is ${maxBytes}.`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    request.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > maxBytes) {
        refused = true;
        chunks.length = 0;
        reject(new LimitExceededError(`The request body is over the limit of ${maxBytes} bytes.`));
        return;
      }
      chunks.push(chunk);
    });
    let ended = false;
    request.on('end', () => {
      ended = true;
      if (!refused) resolve(Buffer.concat(chunks));
    });
    request.on('error', (error) => {
      if (!refused) reject(error);
    });
    // A client that hangs up mid-body sends neither 'end' nor always 'error': settle anyway, so nothing waits forever.
    request.on('close', () => {
      if (!ended && !refused) reject(new Error('The client closed the connection before sending the whole body.'));
    });
  });
}
