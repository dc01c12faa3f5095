/**
 * Text that remembers, for every character, where it came from in the NFC
 * source. Cleaning and page reassembly change the text; evidence spans must
 * still point at the source (eyecite keeps spans through cleaning the same way).
 */
export interface MappedText {
  readonly text: string;
  /** `offsets[i]` is the source offset of `text[i]`; same length as `text`. Typed array: files run to megabytes. */
  readonly offsets: Int32Array;
  /** Source offset just past the mapped region; the span end of an empty text. */
  readonly end: number;
}

export function sourceText(text: string): MappedText {
  const offsets = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) offsets[i] = i;
  return { text, offsets, end: text.length };
}

/** A deletion (`replacement` empty) or a same-length substitution; anything else would blur the map. */
export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

export function applyEdits(input: MappedText, edits: readonly Edit[]): MappedText {
  if (edits.length === 0) return input;
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  const kept: Array<[number, number]> = [];
  let length = 0;
  let cursor = 0;
  const keep = (from: number, to: number) => {
    if (to <= from) return;
    kept.push([from, to]);
    length += to - from;
  };
  for (const edit of sorted) {
    if (edit.start < cursor) continue; // overlapping edit: the first one wins
    parts.push(input.text.slice(cursor, edit.start));
    keep(cursor, edit.start);
    if (edit.replacement.length === edit.end - edit.start) {
      parts.push(edit.replacement);
      keep(edit.start, edit.end);
    } else if (edit.replacement.length !== 0) {
      throw new RangeError('applyEdits: replacement must be empty or of the same length');
    }
    cursor = edit.end;
  }
  parts.push(input.text.slice(cursor));
  keep(cursor, input.text.length);
  const offsets = new Int32Array(length);
  let at = 0;
  for (const [from, to] of kept) {
    offsets.set(input.offsets.subarray(from, to), at);
    at += to - from;
  }
  return { text: parts.join(''), offsets, end: input.end };
}

/**
 * A view of `input`: the offsets are shared, not copied (a file's documents
 * and stamps are slices of its cleaned text; copying their offsets was 10%
 * of a profile of decoding, cleaning and segmenting the 10k corpus). Nothing
 * writes into a MappedText's offsets.
 */
export function sliceMapped(input: MappedText, start: number, end: number): MappedText {
  const s = Math.max(0, Math.min(start, input.text.length));
  const e = Math.max(s, Math.min(end, input.text.length));
  return {
    text: input.text.slice(s, e),
    offsets: input.offsets.subarray(s, e),
    end: e > s ? input.offsets[e - 1]! + 1 : e < input.text.length ? input.offsets[e]! : input.end,
  };
}

/** Joins pieces (possibly from distant places of the source) with a separator mapped to the end of the left piece. */
export function concatMapped(pieces: readonly MappedText[], separator: string): MappedText {
  const total = pieces.reduce((sum, p) => sum + p.text.length, 0) + separator.length * Math.max(0, pieces.length - 1);
  const offsets = new Int32Array(total);
  const parts: string[] = [];
  let at = 0;
  let end = 0;
  pieces.forEach((piece, index) => {
    if (index > 0) {
      parts.push(separator);
      offsets.fill(end > 0 ? end - 1 : 0, at, at + separator.length);
      at += separator.length;
    }
    parts.push(piece.text);
    offsets.set(piece.offsets, at);
    at += piece.text.length;
    end = piece.end;
  });
  return { text: parts.join(''), offsets, end };
}

/** Source span `[start, end)` of `text[from, to)`. */
export function sourceRange(input: MappedText, from: number, to: number): { start: number; end: number } {
  if (to <= from || input.text.length === 0) {
    const at = from < input.text.length ? input.offsets[from]! : input.end;
    return { start: at, end: at };
  }
  return { start: input.offsets[from]!, end: input.offsets[Math.min(to, input.text.length) - 1]! + 1 };
}
