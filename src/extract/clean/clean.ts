import { applyEdits, sourceText, type MappedText } from '../text/mapped-text';
import { DEFAULT_CLEAN_STEPS, type CleanStep } from './steps';

/** Enough rounds for any step to see what an earlier one uncovered; reaching it means a step oscillates. */
const MAX_ROUNDS = 6;

/**
 * Runs the steps until nothing changes, so that `clean(clean(x)) === clean(x)`
 * holds by construction (a step may uncover work for an earlier one: removing
 * `*` can leave a trailing space).
 */
export function clean(source: string | MappedText, steps: readonly CleanStep[] = DEFAULT_CLEAN_STEPS): MappedText {
  let current = typeof source === 'string' ? sourceText(source) : source;
  // Steps in a row that left the text as it was: once every step has, the text is what further
  // rounds would return, so a round stops there instead of running the rest of its steps again.
  let unchanged = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const before = current.text;
    for (const step of steps) {
      if (unchanged === steps.length) return current;
      const next = applyEdits(current, step.edits(current.text));
      unchanged = next.text === current.text ? unchanged + 1 : 0;
      current = next;
    }
    if (current.text === before) break;
  }
  return current;
}
