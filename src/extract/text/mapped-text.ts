/**
 * Text that remembers, for every character, where it came from in the NFC
 * source. Cleaning and page reassembly change the text; evidence spans must
 * still point at the source (eyecite keeps spans through cleaning the same way).
 */
export interface MappedText {
  readonly text: string;
  /** `offsets[i]` is the source offset of `text[i]`; same length as `text`. */
  readonly offsets: readonly number[];
  /** Source offset just past the mapped region; the span end of an empty text. */
  readonly end: number;
}

export function sourceText(text: string): MappedText {
  const offsets = new Array<number>(text.length);
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
  let text = '';
  const offsets: number[] = [];
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor) continue; // overlapping edit: the first one wins
    text += input.text.slice(cursor, edit.start);
    for (let i = cursor; i < edit.start; i++) offsets.push(input.offsets[i]!);
    if (edit.replacement.length === edit.end - edit.start) {
      text += edit.replacement;
      for (let i = edit.start; i < edit.end; i++) offsets.push(input.offsets[i]!);
    } else if (edit.replacement.length !== 0) {
      throw new RangeError('applyEdits: replacement must be empty or of the same length');
    }
    cursor = edit.end;
  }
  text += input.text.slice(cursor);
  for (let i = cursor; i < input.text.length; i++) offsets.push(input.offsets[i]!);
  return { text, offsets, end: input.end };
}

export function sliceMapped(input: MappedText, start: number, end: number): MappedText {
  const s = Math.max(0, Math.min(start, input.text.length));
  const e = Math.max(s, Math.min(end, input.text.length));
  return {
    text: input.text.slice(s, e),
    offsets: input.offsets.slice(s, e),
    end: e > s ? input.offsets[e - 1]! + 1 : e < input.text.length ? input.offsets[e]! : input.end,
  };
}

/** Joins pieces (possibly from distant places of the source) with a separator mapped to the end of the left piece. */
export function concatMapped(pieces: readonly MappedText[], separator: string): MappedText {
  let text = '';
  const offsets: number[] = [];
  let end = 0;
  pieces.forEach((piece, index) => {
    if (index > 0) {
      text += separator;
      for (let i = 0; i < separator.length; i++) offsets.push(end > 0 ? end - 1 : 0);
    }
    text += piece.text;
    offsets.push(...piece.offsets);
    end = piece.end;
  });
  return { text, offsets, end };
}

/** Source span `[start, end)` of `text[from, to)`. */
export function sourceRange(input: MappedText, from: number, to: number): { start: number; end: number } {
  if (to <= from || input.text.length === 0) {
    const at = from < input.text.length ? input.offsets[from]! : input.end;
    return { start: at, end: at };
  }
  return { start: input.offsets[from]!, end: input.offsets[Math.min(to, input.text.length) - 1]! + 1 };
}
