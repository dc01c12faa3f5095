import { matchKey } from '../../shared/fold';

/** Kinds of line that make up a document header; two kinds close together start a new document. */
export type AnchorKind = 'motto' | 'issuer' | 'number' | 'place-date' | 'title';

/** `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` (state) or `ĐẢNG CỘNG SẢN VIỆT NAM` (party). */
export const STATE_MOTTO = /cong hoa xa hoi chu nghia viet nam|doc lap\s*-\s*tu do\s*-\s*hanh phuc/;
export const PARTY_MOTTO = /dang cong san viet nam/;
/** `Số: 3953 /UBND-KGVX`, `Số 470 -CV/TU`, `Số: -CV/BCSD` (blank number). */
export const NUMBER_LINE = /^so\s*:?\s*(\d+[a-z]?\s*)?[-/]\s*[a-z]/;
/** `Đắk Nông, ngày 24 tháng 7 năm 2021`, `Lai Châu, ngày tháng năm 2021`. */
export const PLACE_DATE_LINE = /^[^,\d]{2,40},\s*ngay\b(?:.*\bnam\s+\d{4}|\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})/;
/** Upper-case names of issuing bodies: `ỦY BAN NHÂN DÂN`, `TỈNH ỦY ĐẮK NÔNG`, `BAN CÁN SỰ ĐẢNG UBND TỈNH`. */
export const ISSUER_LINE =
  /^(uy ban|ubnd|tinh uy|thanh uy|huyen uy|dang uy|ban |bo |van phong|chinh phu|thu tuong|hoi dong|hdnd|so )/;
/** Title words of a typed document standing alone on a line: `CHỈ THỊ`, `THÔNG BÁO`. */
export const TITLE_LINE =
  /^(?:(?:hoa|hoả) toc\s*|thuong khan\s*|khan\s*)?(chi thi|thong bao|nghi quyet|ket luan|quyet dinh|cong dien|ke hoach|huong dan|bao cao|to trinh|quy dinh|thong tu|nghi dinh|dien)$/;

export function isUpperCaseLine(line: string): boolean {
  let letters = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    const kind = code < CASE_KIND.length ? CASE_KIND[code]! : SLOW;
    if (kind === LOWER) return false;
    if (kind === SLOW) return isUpperCaseLineByDefinition(line);
    if (kind === UPPER) letters += 1;
  }
  return letters >= 4;
}

function isUpperCaseLineByDefinition(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase();
}

/*
 * Why a table: the test runs on most lines of every document. Below U+0370
 * and in Latin Extended Additional each code unit is a code point, and
 * upper-casing maps it on its own, never to something shorter: the letters
 * are upper case exactly when none of them changes. A letter whose upper
 * case is longer (`ß` → `SS`) changes, so it counts as LOWER, as the
 * definition would; anything else takes the definition.
 */
const SLOW = 0;
const OTHER = 1;
const UPPER = 2;
const LOWER = 3;
const CASE_KIND = new Uint8Array(0x1f00);
for (let code = 0; code < CASE_KIND.length; code++) {
  if (code >= 0x370 && code < 0x1e00) continue;
  const ch = String.fromCharCode(code);
  CASE_KIND[code] = !/\p{L}/u.test(ch) ? OTHER : ch.toUpperCase() === ch ? UPPER : LOWER;
}

export function anchorKind(line: string): AnchorKind | null {
  const key = matchKey(line);
  if (STATE_MOTTO.test(key) || PARTY_MOTTO.test(key)) return 'motto';
  if (NUMBER_LINE.test(key)) return 'number';
  if (PLACE_DATE_LINE.test(key)) return 'place-date';
  if (isUpperCaseLine(line) && TITLE_LINE.test(key)) return 'title';
  if (isUpperCaseLine(line) && ISSUER_LINE.test(key)) return 'issuer';
  return null;
}
