import { LimitExceededError } from '../../domain/errors';

/**
 * Alignment is computed on request, so its inputs are capped: a text this
 * long takes the aligner about a second, and the work of one request must
 * stay bounded whatever the corpus holds.
 */
export const MAX_ALIGNED_TEXT_CHARS = 500_000;
/** Upstream documents aligned for one document's originality. */
export const MAX_UPSTREAM_DOCUMENTS = 40;
/** Implementers compared pairwise to reconstruct an instrument (n² alignments). */
export const MAX_WITNESSES = 25;

export function assertAlignable(what: string, text: string | null): void {
  if (text && text.length > MAX_ALIGNED_TEXT_CHARS) {
    throw new LimitExceededError(`${what} has ${text.length} characters; passages are aligned for texts up to ${MAX_ALIGNED_TEXT_CHARS}.`);
  }
}

export function assertAtMost(what: string, count: number, max: number): void {
  if (count > max) throw new LimitExceededError(`${what}: ${count}, more than the ${max} compared in one request.`);
}
