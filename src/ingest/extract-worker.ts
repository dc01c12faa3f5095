/** Worker thread of `ExtractPool`: extracts the files it is sent. */
import { extractFile } from '../extract/pipeline';
import type { FileGraph } from '../domain/graph';
import type { ExtractRequest } from './extract-messages';
import { serveRequests } from './serve-requests';

serveRequests<ExtractRequest, FileGraph>(
  (request) => extractFile(request.bytes, { fileName: request.fileName, maxBytes: request.maxBytes }),
  'extract-worker.js',
);
