/**
 * What the generator plans before it renders text, and the ground truth it
 * writes: documents (`documents.jsonl`) and planted relations
 * (`ground-truth.jsonl`), one JSON object per line.
 */

export type DocKind =
  /** Chỉ thị of the Prime Minister, `N/CT-TTg` */
  | 'ct-ttg'
  /** Nghị quyết of the Government, `N/NQ-CP` */
  | 'nq-cp'
  /** Kết luận of the Politburo, `N-KL/TW` */
  | 'kl-tw'
  /** unnumbered telegram of the Standing Secretariat, never in the corpus (known only from references) */
  | 'dien-ttbbt'
  /** công văn of the provincial Party committee, `N-CV/TU` */
  | 'cv-tu'
  /** công văn of the provincial People's Committee, `N/UBND-XX` */
  | 'cv-ubnd'
  /** Thông báo of the provincial steering committee, `N/TB-BCĐ` */
  | 'tb-bcd'
  /** công văn of a district Party committee, `N-CV/HU` */
  | 'cv-hu'
  /** công văn of a district People's Committee, `N/UBND-VP` */
  | 'cv-ubnd-huyen';

export const CENTRAL_KINDS: readonly DocKind[] = ['ct-ttg', 'nq-cp', 'kl-tw', 'dien-ttbbt'];

/** How a document is named in ground truth: code + province (null for central) + year; unnumbered ones by type, issuer, date. */
export interface DocRef {
  code: string | null;
  /** Province name with diacritics as in provinces.json; null for central documents. */
  province: string | null;
  year: number;
  /** YYYY-MM-DD */
  date: string;
  kind: DocKind;
}

export interface PlannedDoc extends DocRef {
  number: number | null;
  /** District name for district bodies. */
  district: string | null;
  subject: string;
  /** Numbered body sections as written before OCR damage (what a copier copies). */
  sections: string[];
  inCorpus: boolean;
}

export type PlantedType = 'IMPLEMENTS' | 'CITES' | 'ATTACHES' | 'REPEATS';

export interface PlantedRelation {
  type: PlantedType;
  source: DocRef;
  target: DocRef;
  /** REPEATS only: the copied sections as the target wrote them. */
  passages?: string[];
  /** The file holding the source document, relative to the corpus folder. */
  file: string;
}

export interface DocumentRecord extends DocRef {
  file: string;
  inCorpus: boolean;
  /** The central instruction every province implements (for `provinceResponses`). */
  anchor?: boolean;
}

export function isCentral(kind: DocKind): boolean {
  return CENTRAL_KINDS.includes(kind);
}
