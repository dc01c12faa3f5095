/** Character offsets (UTF-16 code units, end exclusive) into the NFC-normalised text of a source file. */
export interface SourceSpan {
  file: string;
  start: number;
  end: number;
}

/** The text a fact was read from, and where it stands in the source. */
export interface Evidence {
  text: string;
  span: SourceSpan | null;
}
