import type { DateBounds } from '../../domain/graph';
import type { SourceSpan } from '../../domain/span';

/** What reuse detection reads of a document (a `DocumentNode` has all of it). */
export interface ReuseNode {
  id: string;
  /** Cleaned body text; documents without text take no part in reuse. */
  text: string | null;
  issuedOn: string | null;
  issuedOnBounds: DateBounds | null;
  sources: readonly SourceSpan[];
}

/** Maps a range of `node.text` to the span of the NFC source file it was cleaned from; null when it cannot. */
export type SourceMapper = (start: number, end: number) => SourceSpan | null;

/**
 * A document for reuse detection. `text` is the cleaned body, so offsets in
 * it are not offsets in the source file: the pipeline, which knows the
 * cleaning offset map, passes `toSource`. Without it, `contiguousSourceMapper`
 * is used.
 */
export interface ReuseDocument {
  node: ReuseNode;
  toSource?: SourceMapper;
}

/**
 * The mapping that holds when the text is one verbatim slice of one source
 * file: a single source span exactly as long as the text. In every other
 * case it answers null (evidence then carries text without a span) rather
 * than a span that might point at the wrong words.
 */
export function contiguousSourceMapper(node: ReuseNode): SourceMapper {
  const only = node.sources.length === 1 ? node.sources[0]! : null;
  const fits = only !== null && node.text !== null && only.end - only.start === node.text.length;
  return (start, end) => (fits && only ? { file: only.file, start: only.start + start, end: only.start + end } : null);
}

export function sourceMapperOf(doc: ReuseDocument): SourceMapper {
  return doc.toSource ?? contiguousSourceMapper(doc.node);
}
