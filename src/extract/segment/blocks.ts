import type { MappedText } from '../text/mapped-text';

/** A paragraph: consecutive non-blank lines. `start`/`end` index the cleaned text. */
export interface Block {
  index: number;
  start: number;
  end: number;
  text: string;
  lines: string[];
}

export function splitBlocks(cleaned: MappedText): Block[] {
  const blocks: Block[] = [];
  const re = /[^\n]+(?:\n[^\n]+)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(cleaned.text)) !== null) {
    if (m[0].trim().length === 0) continue;
    blocks.push({ index: blocks.length, start: m.index, end: m.index + m[0].length, text: m[0], lines: m[0].split('\n') });
  }
  return blocks;
}
