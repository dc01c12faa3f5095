import { DocumentType } from '../../domain/document-type';

/**
 * Every pattern of the reference grammar (domain.md §2–3) in one place. All
 * run on the folded view (`folded-text.ts`: lower case, no diacritics, đ→d,
 * markdown marks dropped), so one pattern covers `Quyết định`, `Quyet dinh`
 * and `QUYẾT ĐỊNH`. Each carries a real example and why it looks as it does.
 */

/**
 * Whitespace that may hold one line break but not a blank line: a reference
 * can wrap (`Thông báo 285/TB-VPCP về công\ntác`), a paragraph break ends it
 * (`CHỈ THỊ\n\nCỦA BAN THƯỜNG VỤ` is a title, not `Chỉ thị của ...`).
 */
const WS = '[^\\S\\n]*\\n?[^\\S\\n]*';

/** Hyphen-like characters OCR produces between the parts of a code. */
const DASHES = '\\-\u2010\u2011\u2012\u2013\u2014';

/**
 * A number/symbol code, loosely: number, optional year, then one to five
 * letter segments joined by `/` or a dash, spaces allowed around separators.
 * `code-grammar.ts` decides the family and how many segments belong to it.
 *   `16/CT-TTg`, `16/CT/TTg`, `16/CT - TTg`, `2468/ UBND - VX`,
 *   `04/2021/NQ-HĐND`, `07-KL/TW`, `470 -CV/TU` (from `470^{*} -CV/TU`).
 * Why the look-behind: a number glued to a letter, slash or dash is part of
 * something else (`Covid-19/...`, the `2020` of a date `31/3/2020`).
 * Why digits are allowed after letters in a segment: `QH14`, `VX1`.
 */
export const CODE_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}/.\\-\\u2010-\\u2014])(\\d{1,6})` +
    `(?:(\\s*[/${DASHES}]\\s*)((?:19|20)\\d\\d)(?=\\s*[/${DASHES}]\\s*[a-z]))?` +
    `((?:\\s*[/${DASHES}]\\s*[a-z][a-z0-9]{0,11}){1,5})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** The label before a document's own code in its header: `Số: 3953/UBND-KGVX`, `SỐ 470-CV/TU`, `So:`. */
export const NUMBER_LABEL = /^(?:số|so|sô|sồ)\s*:?\s*(?=\S)/iu;

/** One separator + segment inside the tail captured by CODE_PATTERN. */
export const CODE_SEGMENT = new RegExp(`(\\s*)([/${DASHES}])(\\s*)([a-z][a-z0-9]{0,11})`, 'gu');

/**
 * A date after a reference: `ngày 31/3/2020`, `ngày 26/02/2021`, `ngày 31-3-2020`,
 * `ngày 31.3.2020`, `ngày 31 tháng 3 năm 2020`, and `, ngày 11/6/2021` after a comma
 * (`Kết luận số 07-KL/TW, ngày 11/6/2021`). Anchored with sticky flag at the
 * end of the code. Why `ngày` is required: a bare `2021` or `22/7` after a
 * code is usually something else (a count, a page).
 */
export const DATE_AFTER = new RegExp(
  `${WS},?${WS}ngay${WS}(?:(\\d{1,2})\\s*([/.${DASHES}])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})|(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s*,?\\s+nam\\s+(\\d{4}))(?!\\d)`,
  'uy',
);

/**
 * `của` introducing the issuer: `Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ
 * tướng Chính phủ`. A comma may sit between (`..., của Bộ Chính trị` is rare but seen).
 */
export const ISSUER_INTRO = new RegExp(`${WS},?${WS}cua(?=\\s)`, 'uy');

/**
 * After a type word, before the code: `số`, `số:`, and urgency words that
 * appear between the type and the number (`Công văn hỏa tốc số 123/UBND-VX`).
 */
export const BEFORE_NUMBER = new RegExp(`${WS}(?:(?:hoa toc|thuong khan|khan)${WS})?(?:so(?![a-z])${WS}:?${WS})?`, 'uy');

/** Urgency words right after a type word with no number: `Công điện hỏa tốc ngày 30/7/2021 của ...`. */
export const URGENCY_AFTER_TYPE = /\s+(?:hoa toc|thuong khan|khan)(?![a-z])/uy;

/**
 * A list of numbers sharing the following symbol: the `2522, ` in
 * `các Công văn số 2522, 2523/UBND-VX ngày 28/7/2021`, and `2522 và ` forms.
 */
export const NUMBER_LIST_ITEM = /(\d{1,6})\s*(?:,|;|va)\s*/uy;

/**
 * A number without symbol after a title-cased type word, as in `theo Chỉ
 * thị 16 của Thủ tướng Chính phủ` or `các Chỉ thị 15, 16 và 19`. Only before
 * an end, a punctuation mark, a date, an issuer or a linking word, so that
 * `Kế hoạch 5 năm` and `Quyết định 2 lần` are not read as numbers.
 */
export const NUMBER_ONLY = /(\d{1,4})(?=\s*(?:$|[,;.):]|(?:cua|ngay|va|ve|tai|theo|de|da|thi|nay|cung|nhu)(?![a-z])))/uy;

/** Words that, right after a type word, make it a self-reference: `Chỉ thị này`, `Công văn này`. */
export const SELF_REFERENCE_AFTER = /\s+(?:nay|tren|duoi)(?![a-z])/uy;

/** Words before a type word that make it generic (`các văn bản chỉ đạo`, `những Nghị quyết`). */
export const GENERIC_BEFORE = /(?:^|[^a-z])(?:cac|nhung|moi|mot so)\s+$/u;

/**
 * The document's own number in its header: `Số: 3953/UBND-KGVX`,
 * `Số 470^{*} -CV/TU`. A bare code right after such a line start is not a reference.
 */
export const OWN_NUMBER_BEFORE = /(?:^|\n)[ \t#>-]*so\s*:?\s*$/u;

export interface TypeWord {
  /** Folded spelling. */
  folded: string;
  type: DocumentType;
  /** True for words that name no type by themselves (`văn bản`): the code decides. */
  generic: boolean;
  /**
   * Whether the word may stand without a number: `always` with a date or an
   * issuer (`Điện của Thường trực Ban Bí thư`), `with-date` only with a date,
   * `never`.
   */
  unnumbered: 'always' | 'with-date' | 'never';
  /** Whether a number without symbol names an instrument: `theo Chỉ thị 16 của Thủ tướng Chính phủ`. */
  numberOnly: boolean;
}

/**
 * Type words, longest first so `Công điện` wins over `Điện` and
 * `Thông tư liên tịch` over `Thông tư`. `unnumbered: 'never'` for words
 * whose unnumbered use is nearly always a common noun (`quy định của pháp
 * luật`, `hướng dẫn của Bộ Y tế`, `báo cáo của các địa phương`);
 * `with-date` for `Kết luận`, because `Kết luận của Thủ tướng Chính phủ ...`
 * is the standard title of a conclusion notice (seed 002, 285/TB-VPCP).
 */
export const TYPE_WORDS: readonly TypeWord[] = [
  { folded: 'thong tu lien tich', type: DocumentType.THONG_TU, generic: false, unnumbered: 'never', numberOnly: false },
  { folded: 'thong bao ket luan', type: DocumentType.THONG_BAO, generic: false, unnumbered: 'with-date', numberOnly: true },
  { folded: 'nghi quyet', type: DocumentType.NGHI_QUYET, generic: false, unnumbered: 'always', numberOnly: true },
  { folded: 'nghi dinh', type: DocumentType.NGHI_DINH, generic: false, unnumbered: 'never', numberOnly: true },
  { folded: 'quyet dinh', type: DocumentType.QUYET_DINH, generic: false, unnumbered: 'always', numberOnly: true },
  { folded: 'quy dinh', type: DocumentType.QUY_DINH, generic: false, unnumbered: 'never', numberOnly: false },
  { folded: 'chi thi', type: DocumentType.CHI_THI, generic: false, unnumbered: 'always', numberOnly: true },
  { folded: 'thong bao', type: DocumentType.THONG_BAO, generic: false, unnumbered: 'always', numberOnly: true },
  { folded: 'thong tu', type: DocumentType.THONG_TU, generic: false, unnumbered: 'never', numberOnly: true },
  { folded: 'ket luan', type: DocumentType.KET_LUAN, generic: false, unnumbered: 'with-date', numberOnly: true },
  { folded: 'ke hoach', type: DocumentType.KE_HOACH, generic: false, unnumbered: 'never', numberOnly: true },
  { folded: 'huong dan', type: DocumentType.HUONG_DAN, generic: false, unnumbered: 'never', numberOnly: true },
  { folded: 'cong dien', type: DocumentType.CONG_DIEN, generic: false, unnumbered: 'always', numberOnly: true },
  { folded: 'cong van', type: DocumentType.CONG_VAN, generic: false, unnumbered: 'always', numberOnly: true },
  { folded: 'van ban', type: DocumentType.CONG_VAN, generic: true, unnumbered: 'never', numberOnly: false },
  { folded: 'bao cao', type: DocumentType.BAO_CAO, generic: false, unnumbered: 'never', numberOnly: false },
  { folded: 'to trinh', type: DocumentType.TO_TRINH, generic: false, unnumbered: 'never', numberOnly: false },
  { folded: 'luat', type: DocumentType.LUAT, generic: false, unnumbered: 'never', numberOnly: false },
  { folded: 'dien', type: DocumentType.DIEN, generic: false, unnumbered: 'always', numberOnly: true },
];

/** Space inside a type word: a line break may wrap it, a blank line may not (`THÔNG BÁO\n\nKết luận` is two things). */
const INNER_SPACE = '(?:[^\\S\\n]+\\n?[^\\S\\n]*|\\n[^\\S\\n]*)';

/**
 * Any type word at a word boundary; a line break or doubled space may sit
 * inside it (`Chỉ\nthị`). Group 1 is the word.
 */
export const TYPE_WORD_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(${TYPE_WORDS.map((w) => w.folded.replace(/ /g, INNER_SPACE)).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

const LEADING_BOUNDARY = '(?<![\\p{L}\\p{N}])';
if (!TYPE_WORD_PATTERN.source.startsWith(LEADING_BOUNDARY)) throw new TypeError('TYPE_WORD_PATTERN: expected a leading word boundary');
const TYPE_WORD_UNBOUNDED = TYPE_WORD_PATTERN.source.slice(LEADING_BOUNDARY.length);
/** A letter or digit ends the (at most two-unit) window before a match. */
const WORD_CHAR_LAST = /[\p{L}\p{N}]$/u;

/**
 * The matches of TYPE_WORD_PATTERN in a folded text, in order. Why not the
 * pattern itself: its leading look-behind made the engine try it at every
 * position; here the scan looks for the words and checks the character
 * before by hand (a match starts with an ASCII letter, so retrying one unit
 * further never lands inside a surrogate pair).
 */
export function typeWordMatches(folded: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const re = new RegExp(TYPE_WORD_UNBOUNDED, 'gu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) !== null) {
    if (WORD_CHAR_LAST.test(folded.slice(Math.max(0, m.index - 2), m.index))) re.lastIndex = m.index + 1;
    else out.push(m);
  }
  return out;
}

/** Looks up the TypeWord for a matched (folded, possibly multi-space) word. */
export function typeWordOf(matched: string): TypeWord | undefined {
  const key = matched.replace(/\s+/gu, ' ');
  return TYPE_WORDS.find((w) => w.folded === key);
}

/**
 * Tokens that end an issuer phrase after `của`: what follows a body's name
 * in these texts. `về` (subject: `của Chính phủ về hỗ trợ ...`), `tại`, `kèm
 * theo` (`của Văn phòng Chính phủ kèm theo`), prepositions and verbs that
 * start a new phrase. Written with diacritics and compared with the token
 * as written, because folded forms collide with name words (`giáo` in `Ban
 * Tuyên giáo` folds to `giao`, `nhân` in `nhân dân` to `nhan`); a token
 * without any diacritic (OCR lost them) is compared folded. Only a token
 * written in lower case stops (`Sở`, `Cơ quan`, `Đà Nẵng` are names).
 */
export const ISSUER_STOP_WORDS: ReadonlySet<string> = new Set([
  'về', 'tại', 'kèm', 'gửi', 'trong', 'nhằm', 'để', 'theo', 'đã', 'đang', 'sẽ', 'với', 'trên', 'thì', 'là',
  'cho', 'khi', 'phiên', 'cùng', 'này', 'mà', 'như', 'được', 'hoặc', 'sau', 'trước', 'yêu', 'giao', 'ngày',
  'số', 'họp', 'từ', 'đến', 'nhận', 'của', 'tiếp', 'cần', 'phải', 'có', 'nếu',
]);

/**
 * Two-word stops: `quy định` (`Nghị quyết của HĐND tỉnh quy định một số chế
 * độ`, seed 003), `ban hành`, `công bố` (`của Thủ tướng Chính phủ công bố
 * dịch COVID-19`) and other verbs that open the subject after a body's name.
 */
export const ISSUER_STOP_PAIRS: ReadonlySet<string> = new Set([
  'quy định', 'ban hành', 'hướng dẫn', 'chỉ đạo', 'thông báo', 'triển khai', 'thực hiện', 'báo cáo', 'kết luận',
  'công bố', 'phê duyệt', 'thành lập', 'áp dụng', 'tăng cường', 'xử phạt', 'sửa đổi', 'bổ sung', 'thay thế',
  'cho phép', 'bãi bỏ', 'phân công', 'điều chỉnh', 'hỗ trợ',
]);

/**
 * `phòng, chống` is one word pair in body names (`Ban Chỉ đạo phòng, chống
 * dịch COVID-19 tỉnh`), so this comma does not end the issuer.
 */
export const ISSUER_PHONG_CHONG_COMMA = /\s*,\s*chong(?![a-z])/uy;

/** One word of an issuer phrase: anything up to a space or a punctuation mark (`Covid-19`, `Lao động - Thương binh`). */
export const ISSUER_WORD = /[^\s,;:()[\]"“”.!?…]+/u;

/** A word that starts a date or a code ends the issuer: `của UBND tỉnh 22/7/2021`, `của Tỉnh ủy 470-CV/TU`. */
export const ISSUER_STOP_AT_NUMBER = /\d{1,6}\s*[/\-.]/u;

/**
 * Why: a wrapped line continues the name (`của Thủ tướng\nChính phủ`), but a
 * line that starts a list item or a block (`- Như trên;`, `2. Sở Y tế`,
 * `**Nơi nhận:**`, `Kính gửi:`) does not. Tested on the original text.
 */
export const ISSUER_NEW_BLOCK_LINE =
  /^[^\S\n]*(?:[-+•*#>]|\d{1,2}[.)]\s|(?:nơi nhận|kính gửi|noi nhan|kinh gui)(?![\p{L}]))/iu;

/** Footnote marks after numbers, dropped from the folded view: `Số 470^{*} -CV/TU`, `470^{1}`. */
export const FOOTNOTE_MARK = /^\^\{[^}\n]{0,6}\}|^\^/;

/** Punctuation that ends an issuer phrase. */
export const ISSUER_STOP_PUNCTUATION = /[,;:()[\]"“”.!?…]/u;

/** Most words an issuer phrase may have (`Ban Chỉ đạo Quốc gia phòng chống dịch Covid-19` is 8). */
export const ISSUER_MAX_WORDS = 14;
