/**
 * Diacritic folding for matching and search only; stored text keeps its
 * diacritics. `đ`/`Đ` are separate letters in Unicode (no combining mark), so
 * NFD alone does not fold them.
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** Folded, lower-cased, whitespace-collapsed key for case- and diacritic-insensitive comparison. */
export function matchKey(text: string): string {
  return foldDiacritics(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** URL- and id-safe slug: `Đắk Nông` → `dak-nong`. */
export function slugify(text: string): string {
  return matchKey(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
