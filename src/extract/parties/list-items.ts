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
