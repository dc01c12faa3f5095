/** Public API of relation classification (domain.md §4). */
export { classifyReferences } from './classify-references';
export type { ClassifyInput, ClassifiedReference, RelationCandidate, ReferenceSource } from './classify-references';
