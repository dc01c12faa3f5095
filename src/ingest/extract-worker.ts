/** Worker thread of `ExtractPool`: extracts the files it is sent, or reads them first when sent their paths. */
import { extractFile } from '../extract/pipeline';
import type { FileGraph } from '../domain/graph';
import type { ExtractRequest } from './extract-messages';
import { prepareFileSync, type PreparedFile } from './prepared-file';
import { serveRequests } from './serve-requests';

serveRequests<ExtractRequest, FileGraph | PreparedFile>((request) => {
  const { fileName } = request;
  if (request.kind === 'bytes') return extractFile(request.bytes, { fileName, maxBytes: request.maxBytes });
  const { maxBytes } = request;
  return prepareFileSync(request.path, fileName, maxBytes, (bytes) => extractFile(bytes, { fileName, maxBytes }));
}, 'extract-worker.js');
