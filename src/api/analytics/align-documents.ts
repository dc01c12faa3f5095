import { alignPassages } from '../../extract/reuse/align-passages';
import { gapsBetween, type CharRange } from './text-ranges';

export interface PairPassage {
  /** In the first document's text (the later one, the relation's source). */
  source: CharRange;
  /** In the second document's text. */
  target: CharRange;
  words: number;
}

export interface PairAlignment {
  passages: PairPassage[];
  /** Passages of the first text found in neither place of the second: what the later document added. */
  added: CharRange[];
}

/** An addition shorter than this (non-space characters) is connective tissue between copied passages, not content. */
export const MIN_ADDED_CHARS = 20;

/**
 * Aligns two document texts with the reuse aligner (the same rule that drew
 * the REPEATS edges) and reads off what the first added to the second.
 */
export function alignDocuments(sourceText: string, targetText: string): PairAlignment {
  const passages = alignPassages(sourceText, targetText).map((p) => ({ source: p.a, target: p.b, words: p.aWords }));
  return { passages, added: gapsBetween(sourceText, passages.map((p) => p.source), MIN_ADDED_CHARS) };
}
