/**
 * OCR can run the two header columns into one line even without a gap:
 * `TỈNH ỦY ĐẮK NÔNG ĐẢNG CỘNG SẢN VIỆT NAM`, `Số: 473-CV/TU Đắk Nông, ngày
 * 24 tháng 7 năm 2021`. Splits such a line into the parts the header reads
 * one by one (a line with one part comes back as is).
 */
const MOTTOS =
  /(CỘNG\s+H[OÒ][AÀ]\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM)/iu;

/** A place name (capitalised words) followed by `, ngày`: where the date column starts. */
const PLACE_DATE_START = /\s+(?=(?:\p{Lu}[\p{Ll}'’]*\.?\s+)*\p{Lu}[\p{Ll}'’]*\s*,\s*ngày\b)/u;

export function headerLineParts(line: string): string[] {
  const parts: string[] = [];
  for (const piece of line.split(MOTTOS)) {
    const trimmed = piece.trim();
    if (trimmed.length === 0) continue;
    if (/^Số(?!\p{L})/u.test(trimmed)) {
      const at = PLACE_DATE_START.exec(trimmed);
      if (at) {
        parts.push(trimmed.slice(0, at.index).trim(), trimmed.slice(at.index).trim());
        continue;
      }
    }
    parts.push(trimmed);
  }
  return parts.length > 0 ? parts : [line.trim()];
}
