import { classifyReferences, type ClassifiedReference, type ClassifyInput } from './classify/classify-references';
import { parseCode, type ParsedCode } from './references/code-grammar';

/**
 * What extraction needs from the reference parser and the relation
 * classifier (modules `references/` and `classify/`), injected so that tests
 * can pin them and the pipeline never reaches into their internals.
 */
export interface ReferenceServices {
  parseCode(raw: string): ParsedCode | null;
  /** References of the subject and the body with their relations; offsets into the text given. */
  classify(input: ClassifyInput): ClassifiedReference[];
}

export const defaultReferenceServices: ReferenceServices = {
  parseCode,
  classify: (input) => classifyReferences(input),
};
