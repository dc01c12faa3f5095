/**
 * Worker thread of `ExtractPool`: extracts the files it is sent, one message
 * each, and answers with the graph or the error as plain data (errors do not
 * survive structured cloning with their class).
 */
import { parentPort } from 'node:worker_threads';
import { extractFile } from '../extract/pipeline';
import { toWorkerError, type ExtractReply, type ExtractRequest } from './extract-messages';

const port = parentPort;
if (port === null) throw new Error('extract-worker.js runs inside a worker thread started by ExtractPool.');

port.on('message', (request: ExtractRequest) => {
  let reply: ExtractReply;
  try {
    reply = { seq: request.seq, graph: extractFile(request.bytes, { fileName: request.fileName, maxBytes: request.maxBytes }) };
  } catch (error) {
    reply = { seq: request.seq, error: toWorkerError(error) };
  }
  port.postMessage(reply);
});
