import { RejectedInputError } from '../domain/errors';
import { contentHash, contentHashOfUtf8 } from '../shared/content-hash';
import type { FileGraph } from '../domain/graph';
import { clean } from './clean/clean';
import { decode } from './decode/decode';
import { readDocument } from './read-document';
import { defaultReferenceServices, type ReferenceServices } from './reference-services';
import { resolveFile } from './resolve/resolve-file';
import { reuseBuckets } from './reuse';
import { segment } from './segment/segment';

export interface ExtractOptions {
  /** Name recorded in every span (path as given to ingest). */
  fileName: string;
  /** Inputs larger than this are rejected (`RejectedInputError` 'too-large'); default 20 MB. */
  maxBytes?: number;
  /** Reference parser and classifier; defaults to the `references/` and `classify/` modules. */
  referenceServices?: ReferenceServices;
  /** Reuse bucket keys of a document text; defaults to `reuse/reuseBuckets`. */
  reuseBuckets?: (text: string) => string[];
}

/**
 * Runs decode → clean → segment → header/parties → resolve (references,
 * classification, identities) on one file and returns its graph. Pure: no
 * I/O. Throws `RejectedInputError` for input that is not readable text.
 */
export function extractFile(input: Uint8Array | string, options: ExtractOptions): FileGraph {
  const decoded = decode(input, { maxBytes: options.maxBytes });
  const cleaned = clean(decoded.text);
  const segmentation = segment(cleaned, options.fileName);
  if (segmentation.documents.length === 0) {
    throw new RejectedInputError('no-document', 'The text holds no document: nothing but markup or page furniture is left after cleaning.');
  }
  const documents = segmentation.documents.map(readDocument);
  return resolveFile({
    fileName: options.fileName,
    source: decoded.text,
    sourceHash: decoded.utf8 === undefined ? contentHash(decoded.text) : contentHashOfUtf8(decoded.utf8),
    documents,
    stamps: segmentation.stamps,
    services: options.referenceServices ?? defaultReferenceServices,
    reuseBuckets: options.reuseBuckets ?? reuseBuckets,
  });
}
