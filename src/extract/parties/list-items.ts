import type { Block } from '../segment/blocks';

/** One list item as written, without its bullet and its separator (`- Như trên;` → `Như trên`). */
export function cleanListItem(line: string): string {
  return line
    .trim()
    .replace(/^[-–+•]\s*/u, '')
    .replace(/[;,.]+$/u, '')
    .trim();
}

export const BULLET = /^[-–+•]\s*/u;

/**
 * Items of a list as lines: in a bulleted list, a line without a bullet after
 * a line that did not end its item (`… ở người tỉnh` / `Đắk Nông,`) is a
 * wrapped continuation of that item.
 */
export function listItems(lines: readonly string[]): string[] {
  const trimmed = lines.map((line) => line.trim()).filter((line) => line.length > 0);
  const bulleted = trimmed.some((line) => BULLET.test(line));
  const merged: string[] = [];
  for (const line of trimmed) {
    const previous = merged[merged.length - 1];
    if (bulleted && previous !== undefined && !BULLET.test(line) && !/[;,.:)]$/u.test(previous)) {
      merged[merged.length - 1] = `${previous} ${line}`;
    } else merged.push(line);
  }
  return merged.map(cleanListItem).filter((item) => item.length > 0);
}

export interface ListRead {
  items: string[];
  /** Text range (in the document text) the items were read from. */
  start: number;
  end: number;
}

/**
 * A list under a label line: `rest` (what follows the label on its line), the
 * lines under it in its block, and the wholly bulleted blocks that follow.
 */
export function readListAt(blocks: readonly Block[], blockIndex: number, lineIndex: number, rest: string): ListRead {
  const block = blocks[blockIndex]!;
  const lines = [rest, ...block.lines.slice(lineIndex + 1)];
  let end = block.end;
  for (let next = blockIndex + 1; next < blocks.length; next++) {
    const candidate = blocks[next]!;
    if (!candidate.lines.every((line) => BULLET.test(line.trim()))) break;
    lines.push(...candidate.lines);
    end = candidate.end;
  }
  return { items: listItems(lines), start: block.start, end };
}
