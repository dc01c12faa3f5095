import { RelationType } from '../domain/relation-type';
import { parseCode, type ParsedCode } from './references/code-grammar';
import type { FoundReference } from './references/reference';

/** A relation the classifier read for one reference, with where in the text it read it. */
export interface ClassifiedRelation {
  type: RelationType;
  confidence: number;
  /** Range of the document text that shows the relation (trigger phrase + reference). */
  start: number;
  end: number;
}

/**
 * What extraction needs from the reference parser and classifier (helpers
 * `references/` and `classify/`), injected so that tests can pin them and
 * the pipeline never reaches into their internals.
 */
export interface ReferenceServices {
  findReferences(text: string): FoundReference[];
  parseCode(raw: string): ParsedCode | null;
  /** For each reference (same order), the relations it stands in. */
  classify(input: { subject: string | null; text: string; references: FoundReference[] }): ClassifiedRelation[][];
}

/** An explicit mention is a citation whatever else it is. */
function citesOnly(input: { references: FoundReference[] }): ClassifiedRelation[][] {
  return input.references.map((r) => [{ type: RelationType.CITES, confidence: 0.9, start: r.start, end: r.end }]);
}

export const defaultReferenceServices: ReferenceServices = {
  findReferences: () => [],
  parseCode,
  classify: citesOnly,
};
