import { matchKey } from '../../shared/fold';

/** Urgency marks, most urgent first so that `THƯỢNG KHẨN` is not read as `KHẨN`. `HOẢ TỐC` is an older spelling of `HỎA TỐC`. */
const URGENCY: ReadonlyArray<[RegExp, string]> = [
  [/\bhoa toc\b/, 'HỎA TỐC'],
  [/\bthuong khan\b/, 'THƯỢNG KHẨN'],
  [/\bkhan\b/, 'KHẨN'],
];

export function parseUrgency(upperCaseLine: string): string | null {
  const key = matchKey(upperCaseLine);
  for (const [pattern, value] of URGENCY) if (pattern.test(key)) return value;
  return null;
}
