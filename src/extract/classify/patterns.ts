/**
 * Trigger phrases of relations (domain.md §4), in one place. Every pattern
 * runs on the folded view (lower case, no diacritics, đ→d, markdown marks
 * dropped; see `references/folded-text.ts`), each with a real example line.
 */

/**
 * Bullet, numbering and emphasis before a clause's first word: `- `, `1. `,
 * `a) `, `II. `, `**`. Why: triggers are recognised at the start of a
 * clause, and OCR'd clauses start with these.
 */
export const CLAUSE_PREFIX = /^[\s>#_-]*(?:(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+)?[\s_]*/u;

/**
 * IMPLEMENTS when at the start of a clause (after CLAUSE_PREFIX):
 *   `Thực hiện ý kiến chỉ đạo của Thường trực Tỉnh ủy tại Công văn 470-CV/TU ...` (seed 000)
 *   `Triển khai Điện ngày 21/7/2021 của Thường trực Ban Bí thư ...` (seed 000, 470-CV/TU)
 *   `Thực hiện Điện của Thường trực Ban Bí thư và Công văn số 294-CV/TU ...` (seed 004)
 *   `Để triển khai Kế hoạch số 12/KH-UBND ngày 5/8/2021 ...`
 * Why `để`/`tiếp tục` are allowed before it: purpose clauses open preambles
 * the same way. Why `thực hiện` may follow `triển khai`: `Triển khai thực
 * hiện Chỉ thị số 16/CT-TTg ...` is one verb.
 */
export const IMPLEMENTS_AT_CLAUSE_START =
  /^(?:(?:de|nham)\s+)?(?:tiep tuc\s+)?(?:thuc hien|trien khai(?:\s+thuc hien)?|thi hanh)(?![a-z])/u;

/**
 * What may stand between an IMPLEMENTS verb and the references it governs:
 * nothing (`Thực hiện Điện ...`), or a directive noun (`Thực hiện ý kiến chỉ
 * đạo của Thủ tướng Chính phủ ... (Thông báo số 285/TB-VPCP ... kèm theo)`,
 * seed 002), or what the document asks (`Thực hiện nội dung Công văn số ...`,
 * `Thực hiện yêu cầu của Bộ Y tế tại Công văn số ...`). Why not anything: `Thực hiện ngay các biện pháp ... theo Chỉ
 * thị số 15/CT-TTg` (seed 001) tells others to act and only cites.
 */
export const IMPLEMENTS_GAP =
  /^\s*(?:$|(?:y kien\s+)?(?:chi dao|ket luan)(?![a-z])|(?:y kien|noi dung|tinh than|yeu cau|de nghi|huong dan)(?![a-z]))/u;

/**
 * IMPLEMENTS anywhere in a subject line when the verb governs the reference
 * (IMPLEMENTS_GAP): `về việc ban hành Kế hoạch triển khai thực hiện Nghị
 * quyết số 128/NQ-CP`, `Kế hoạch thực hiện Chỉ thị số 16/CT-TTg`. Why only in
 * the subject: a subject names what the document is for, while in a body
 * `... thực hiện Nghị quyết số 128/NQ-CP` is an order to others (seed 002).
 */
export const IMPLEMENTS_IN_SUBJECT = /(?<![a-z])(?:thuc hien|trien khai(?:\s+thuc hien)?|thi hanh)(?![a-z])/gu;

/**
 * IMPLEMENTS anywhere in a preamble sentence: `theo chỉ đạo của Thường trực
 * Ban Bí thư (tại Điện ngày 21/7/2021), Ban Thường vụ Tỉnh ủy yêu cầu ...`
 * (seed 003). Applies to references introduced by `tại` after it.
 */
export const IMPLEMENTS_FOLLOWING_DIRECTION = /(?<![a-z])theo\s+(?:dung\s+)?(?:y kien\s+)?chi dao(?![a-z])/gu;

/** The `tại` that hands a direction over to its document: `... của Thường trực Ban Bí thư (tại Điện ...`. */
export const AT_DOCUMENT_GAP = /(?<![a-z])tai\s*\(?\s*$/u;

/**
 * BASED_ON at the start of a clause: `Căn cứ Nghị định số 30/2020/NĐ-CP ngày
 * 05/3/2020 của Chính phủ về công tác văn thư;`. Only when a reference follows
 * closely (see BASED_ON_GAP): `Căn cứ chức năng, nhiệm vụ được giao` (seeds
 * 000, 002) and `Căn cứ nội dung Văn bản này` (seed 004) are not legal bases.
 */
export const BASED_ON_AT_CLAUSE_START = /^can cu(?:\s+vao)?(?![a-z])/u;

/** At most a few words and no comma between `Căn cứ` and its reference (`Căn cứ khoản 2 Điều 5 Nghị định ...`). */
export const BASED_ON_GAP = /^[^,;:]{0,60}$/u;

/**
 * ATTACHES: a parenthesis that says "sent with this": `(*gửi kèm theo*)`
 * (seeds 000, 004), `(*Thông báo số 285/TB-VPCP ... kèm theo*)` (seed 002),
 * `(kèm theo Kế hoạch số 12/KH-UBND)`. Matched on the parenthesis' inner text.
 */
export const ATTACH_PAREN_END = /(?:gui\s+)?kem(?:\s+theo)?\s*$/u;
export const ATTACH_PAREN_START = /^\s*(?:sao\s+)?(?:gui\s+)?kem\s+theo(?![a-z])/u;

/**
 * AMENDS: `Quyết định này sửa đổi, bổ sung một số điều của Quyết định số
 * 1044/QĐ-BCĐ ngày 22/7/2021`; `V/v sửa đổi, bổ sung Kế hoạch số 45/KH-UBND`.
 * Applies to references after it in its clause (see AMEND_REPLACE_GAP).
 */
export const AMENDS_TRIGGER = /(?<![a-z])sua doi(?:\s*,\s*bo sung)?(?![a-z])/gu;

/** REPLACES: `Chỉ thị này thay thế Chỉ thị số 05/CT-UBND ngày 2/4/2021`. */
export const REPLACES_TRIGGER = /(?<![a-z])thay the(?:\s+cho)?(?![a-z])/gu;

/**
 * Between AMENDS/REPLACES and the target: a few words, no clause break
 * (`một số điều của`). Why bounded: `kịp thời sửa đổi, bổ sung những vấn
 * đề chưa phù hợp ...` (seed 002, 285/TB-VPCP) names no document.
 */
export const AMEND_REPLACE_GAP = /^[^;:.()]{0,50}$/u;

/** Subject prefixes before a trigger: `V/v triển khai ...`, `Về việc thực hiện ...`. */
export const SUBJECT_PREFIX = /^[\s_]*(?:v\s*\/\s*v\.?|ve viec)?\s*/u;

/**
 * Sentence breaks of a body: a blank line ends a paragraph; a line starting
 * with a bullet or item number starts a new sentence even without a full
 * stop (`...trên địa bàn.\n- Chỉ đạo các chốt kiểm dịch ...`, OCR'd lists
 * often lack one); a full stop, `!`, `?` or `./.` followed by space and a
 * capital, digit or bracket ends one. A single line break inside a
 * paragraph is OCR wrapping, not a break. Runs on the original text.
 */
export const SENTENCE_BREAK =
  /\n[^\S\n]*\n\s*|\n(?=[^\S\n]*(?:[-+•]|\d{1,2}[.)]|[IVX]{1,4}\.|[a-zđ]\))\s)|[.!?…]+(?:\/\.)?(?=\s+(?:[\p{Lu}\d*“"(-]|$))\s+|[.!?…]+\s*$/gu;

/**
 * The first numbered section (`1. Toàn hệ thống chính trị ...`, `**I.**`,
 * `Điều 1.`): the preamble, where a document says why it is issued, ends
 * there. Runs on the original text.
 */
export const FIRST_NUMBERED_SECTION = /(?:^|\n)[^\S\n]*[*_]*(?:(?:\d{1,2}|[IVX]{1,4})\.\s|Điều\s+1\b)/u;

/** Markdown and spaces before a list item after `;` (`; **Nghị quyết số 79/NQ-CP ...`). */
export const LIST_ITEM_LEAD = /^[\s*_~]*/u;

/** Only spaces, commas or emphasis between a reference and AMENDS/REPLACES: that reference is the actor (`Nghị định số 117/2020/NĐ-CP sửa đổi ...`). */
export const ACTOR_GAP = /^[\s,*]*$/u;
