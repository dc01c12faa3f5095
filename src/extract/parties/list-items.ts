/** One list item as written, without its bullet and its separator (`- Như trên;` → `Như trên`). */
export function cleanListItem(line: string): string {
  return line
    .trim()
    .replace(/^[-–+•]\s*/u, '')
    .replace(/[;,.]+$/u, '')
    .trim();
}

export const BULLET = /^[-–+•]\s*/u;
