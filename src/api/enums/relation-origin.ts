import type { RelationOrigin as DomainRelationOrigin } from '../../domain/graph';

/** GraphQL face of the domain's `'extracted' | 'correction'`. */
export enum RelationOrigin {
  EXTRACTED = 'EXTRACTED',
  CORRECTION = 'CORRECTION',
}

export function toRelationOrigin(origin: DomainRelationOrigin): RelationOrigin {
  return origin === 'correction' ? RelationOrigin.CORRECTION : RelationOrigin.EXTRACTED;
}
