import type { SourceSpan } from '../../domain/span';
import type { ReuseNode, SourceMapper } from './reuse-document';
import { reuseTokens } from './reuse-tokens';

/** How far ahead in the source a word of the text is looked for (words the cleaning dropped: page numbers, stamps). */
const LOOKAHEAD = 64;

interface SourceWord {
  word: string;
  file: string;
  start: number;
  end: number;
}

/**
 * A `SourceMapper` for when the cleaning offset map is gone (a document read
 * back from a store) but the source files are at hand: the words of the
 * cleaned text are matched, in order, to the words of the document's source
 * spans (cleaning removes markup and page furniture, it does not reorder or
 * rewrite words), and a range maps to the source from its first word's start
 * to its last word's end. Null when either end word has no counterpart or
 * the two ends fall in different files or out of order. `fileText` gives the
 * NFC text of a source file by the name spans use; null when unavailable.
 * The alignment is computed on first use.
 */
export function wordAnchoredSourceMapper(node: ReuseNode, fileText: (file: string) => string | null): SourceMapper {
  let anchors: { starts: Uint32Array; ends: Uint32Array; mapped: Array<SourceWord | null> } | null = null;

  const build = () => {
    const doc = reuseTokens(node.text ?? '');
    const source: SourceWord[] = [];
    for (const span of node.sources) {
      const text = fileText(span.file);
      if (text === null) continue;
      const t = reuseTokens(text.slice(span.start, span.end));
      for (let k = 0; k < t.words.length; k++) {
        source.push({ word: t.words[k]!, file: span.file, start: span.start + t.starts[k]!, end: span.start + t.ends[k]! });
      }
    }
    const mapped: Array<SourceWord | null> = new Array(doc.words.length).fill(null);
    let j = 0;
    for (let i = 0; i < doc.words.length && j < source.length; i++) {
      const w = doc.words[i]!;
      const next = doc.words[i + 1];
      // The nearest source word equal to this one (and, when possible, followed by the next one).
      let found = -1;
      for (let x = j; x < Math.min(source.length, j + LOOKAHEAD); x++) {
        if (source[x]!.word !== w) continue;
        if (next === undefined || source[x + 1]?.word === next || found < 0) found = x;
        if (next === undefined || source[x + 1]?.word === next) break;
      }
      if (found < 0) continue;
      mapped[i] = source[found]!;
      j = found + 1;
    }
    return { starts: doc.starts, ends: doc.ends, mapped };
  };

  return (start: number, end: number): SourceSpan | null => {
    anchors ??= build();
    const { starts, ends, mapped } = anchors;
    let first = -1;
    let last = -1;
    for (let k = 0; k < starts.length; k++) {
      if (first < 0 && starts[k]! >= start) first = k;
      if (ends[k]! <= end) last = k;
    }
    if (first < 0 || last < first) return null;
    const a = mapped[first];
    const b = mapped[last];
    if (!a || !b || a.file !== b.file || b.end <= a.start) return null;
    return { file: a.file, start: a.start, end: b.end };
  };
}
