import type { DocumentType } from '../../domain/document-type';

/**
 * A reference to an instrument as found in text. Field names and formats are
 * those of the `refs` command (`shared/contract/cli.md`).
 */
export interface ParsedReference {
  type: DocumentType | null;
  /** As written, leading zeros kept (`07`); null when unnumbered. */
  number: string | null;
  /** Year inside the code (`04/2021/NQ-HĐND`), else the year of the date. */
  year: number | null;
  /** Canonical symbol: `NQ-CP`, `KL/TW`, `NQ-HĐND`, `UBND-KGVX`. */
  symbol: string | null;
  /** Canonical code: `16/CT-TTg`, `07-KL/TW`, `04/2021/NQ-HĐND`. */
  code: string | null;
  /** YYYY-MM-DD */
  date: string | null;
  /** Issuer phrase as written after `của`. */
  issuer: string | null;
}

/**
 * How a reference was written: `numbered` (type word + code: `Chỉ thị số
 * 16/CT-TTg`), `bare` (a code alone: `128/NQ-CP`), `unnumbered` (type word +
 * date and/or issuer: `Điện ngày 21/7/2021 của Thường trực Ban Bí thư`),
 * `number-only` (type word + number without symbol: `Chỉ thị 16`; only when
 * asked for, see `FindReferencesOptions`).
 */
export type ReferenceForm = 'numbered' | 'bare' | 'unnumbered' | 'number-only';

/** A reference with its place in the searched text (end exclusive). */
export interface FoundReference extends ParsedReference {
  start: number;
  end: number;
  /** The matched text. */
  text: string;
  form?: ReferenceForm;
  /** Canonical issuer code inside the code (`TTg`, `TU`); null without a code (unnumbered, `Chỉ thị 16`). */
  issuerCode?: string | null;
  /**
   * `national` when the code's issuer is a central body, `local` when it
   * belongs to the citing document's province (domain.md §2); null without
   * a code (the issuer phrase decides, which is the resolver's job).
   */
  scope?: 'national' | 'local' | null;
}
