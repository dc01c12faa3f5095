import { DocumentType } from '../../domain/document-type';

/** Title words printed above the subject (folded) → document type. */
export const TITLE_TYPES: ReadonlyArray<[RegExp, DocumentType]> = [
  [/\bchi thi\b/, DocumentType.CHI_THI],
  [/\bthong bao\b/, DocumentType.THONG_BAO],
  [/\bnghi quyet\b/, DocumentType.NGHI_QUYET],
  [/\bket luan\b/, DocumentType.KET_LUAN],
  [/\bquyet dinh\b/, DocumentType.QUYET_DINH],
  [/\bcong dien\b/, DocumentType.CONG_DIEN],
  [/\bke hoach\b/, DocumentType.KE_HOACH],
  [/\bhuong dan\b/, DocumentType.HUONG_DAN],
  [/\bbao cao\b/, DocumentType.BAO_CAO],
  [/\bto trinh\b/, DocumentType.TO_TRINH],
  [/\bquy dinh\b/, DocumentType.QUY_DINH],
  [/\bthong tu\b/, DocumentType.THONG_TU],
  [/\bnghi dinh\b/, DocumentType.NGHI_DINH],
  [/\bdien\b/, DocumentType.DIEN],
];

export function typeOfTitle(foldedTitle: string): DocumentType | null {
  for (const [pattern, type] of TITLE_TYPES) if (pattern.test(foldedTitle)) return type;
  return null;
}
