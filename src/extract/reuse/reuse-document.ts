import type { DateBounds, TextRange } from '../../domain/graph';
import type { SourceSpan } from '../../domain/span';
import { mapTextRange, type TextMap } from '../../domain/text-map';

/** What reuse detection reads of a document (a `DocumentNode` has all of it). */
export interface ReuseNode {
  id: string;
  /** Cleaned body text; documents without text take no part in reuse. */
  text: string | null;
  issuedOn: string | null;
  issuedOnBounds: DateBounds | null;
  sources: readonly SourceSpan[];
  /** Where each character of `text` stands in the source (kept by the pipeline and the stores). */
  textMap?: TextMap | null;
  /** The part of `text` reuse compares; the whole text when absent. */
  body?: TextRange | null;
}

/**
 * The text reuse compares: `text` with everything outside the body blanked
 * to spaces, so offsets stay offsets into `text` while letterheads, addressee
 * lists and closing formulas, which every letter of one body shares, match
 * nothing.
 */
export function comparableText(node: Pick<ReuseNode, 'text' | 'body'>): string | null {
  const { text, body } = node;
  if (!text || !body) return text;
  // A candidate is compared with many documents: the blanked copy is built once per node (and is
  // then the same string object, which the prepared-text memo compares by reference, not by content).
  const memo = blanked.get(node);
  if (memo !== undefined && memo.text === text && memo.body === body) return memo.comparable;
  const start = Math.max(0, Math.min(body.start, text.length));
  const end = Math.max(start, Math.min(body.end, text.length));
  const comparable = ' '.repeat(start) + text.slice(start, end) + ' '.repeat(text.length - end);
  blanked.set(node, { text, body, comparable });
  return comparable;
}

const blanked = new WeakMap<object, { text: string; body: TextRange; comparable: string }>();

/** Maps a range of `node.text` to the span of the NFC source file it was cleaned from; null when it cannot. */
export type SourceMapper = (start: number, end: number) => SourceSpan | null;

/**
 * A document for reuse detection. `text` is the cleaned body, so offsets in
 * it are not offsets in the source file: the pipeline, which knows the
 * cleaning offset map, passes `toSource`. Without it, the node's `textMap`
 * is used, or else `contiguousSourceMapper`.
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

/** Maps through the stored text map: exact for text read back from a store. */
export function textMapSourceMapper(node: Pick<ReuseNode, 'sources'> & { textMap: TextMap }): SourceMapper {
  const file = node.sources[0]?.file;
  return (start, end) => (file === undefined ? null : mapTextRange(node.textMap, file, start, end));
}

export function sourceMapperOf(doc: ReuseDocument): SourceMapper {
  if (doc.toSource) return doc.toSource;
  const { node } = doc;
  // Read on the first passage to place: a store's node reads its map on first access, and most
  // documents compared share no passage. Only these fields: copying the whole node would read
  // every field a store defers (field evidence, ≈ 2 KB of JSON a letter).
  let mapper: SourceMapper | undefined;
  return (start, end) => {
    if (mapper === undefined) {
      const textMap = node.textMap;
      mapper = textMap ? textMapSourceMapper({ sources: node.sources, textMap }) : contiguousSourceMapper(node);
    }
    return mapper(start, end);
  };
}
