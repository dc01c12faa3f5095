import type { FoldedText } from './folded-text';
import { DATE_AFTER } from './patterns';

/** A date phrase read right after a reference part, in folded offsets. */
export interface DateMatch {
  /** YYYY-MM-DD */
  iso: string;
  year: number;
  end: number;
}

const DATE_STICKY = new RegExp(DATE_AFTER.source, 'uy');

function isValidDate(year: number, month: number, day: number): boolean {
  if (year < 1945 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/**
 * Reads `ngày 31/3/2020`, `, ngày 11/6/2021`, `ngày 31-3-2020` or `ngày 31
 * tháng 3 năm 2020` starting at folded offset `at`. Returns null if there is
 * none or the date does not exist (`ngày 31/2/2021` is an OCR slip we do not guess at).
 */
export function readDateAt(folded: FoldedText, at: number): DateMatch | null {
  const re = DATE_STICKY;
  re.lastIndex = at;
  const m = re.exec(folded.text);
  if (!m) return null;
  const day = Number(m[1] ?? m[5]);
  const month = Number(m[3] ?? m[6]);
  const year = Number(m[4] ?? m[7]);
  if (!isValidDate(year, month, day)) return null;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { iso, year, end: at + m[0].length };
}
