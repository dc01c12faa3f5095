/**
 * `Đắk Nông, ngày 24 tháng 7 năm 2021`; blank day and month (`ngày tháng năm
 * 2021`) leave them null; OCR may drop the diacritics (`ngay … thang … nam`).
 */
const PLACE_DATE = /^(.+?),\s*ng[àa]y\s*(\d{1,2})?\s*th[áa]ng\s*(\d{1,2})?\s*n[ăa]m\s*(\d{4})/iu;
/** `Hà Nội, ngày 24/7/2021`, `ngày 24-7-2021`, `ngày 24.7.2021`. */
const PLACE_NUMERIC_DATE = /^(.+?),\s*ng[àa]y\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/iu;

export interface PlaceDate {
  place: string;
  /** Offsets into the trimmed line: end of the place, and the date phrase (`ngày 24 tháng 7 năm 2021`). */
  placeEnd: number;
  dateStart: number;
  dateEnd: number;
  year: number;
  month: number | null;
  day: number | null;
}

export function parsePlaceDate(line: string): PlaceDate | null {
  const numeric = PLACE_NUMERIC_DATE.exec(line.trim());
  if (numeric) {
    return { place: numeric[1]!.trim(), ...ranges(numeric), year: Number(numeric[4]), month: Number(numeric[3]), day: Number(numeric[2]) };
  }
  const m = PLACE_DATE.exec(line.trim());
  if (!m) return null;
  return {
    place: m[1]!.trim(),
    ...ranges(m),
    year: Number(m[4]),
    month: m[3] ? Number(m[3]) : null,
    day: m[2] ? Number(m[2]) : null,
  };
}

/** Both patterns are anchored at the start, the place is group 1 and `, ngày` follows it. */
function ranges(m: RegExpExecArray): { placeEnd: number; dateStart: number; dateEnd: number } {
  const placeEnd = m[1]!.trimEnd().length;
  const afterPlace = m[0].slice(m[1]!.length);
  return { placeEnd, dateStart: m[0].length - afterPlace.replace(/^\s*,\s*/u, '').length, dateEnd: m[0].length };
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
