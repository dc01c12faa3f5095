import { InvalidArgumentError } from '../../domain/errors';
import { ALL_RELATION_TYPES, type RelationType } from '../../domain/relation-type';

/** The types to follow: all when none are given; unknown names are an argument error. */
export function typesOrAll(types: readonly RelationType[] | undefined): RelationType[] {
  if (!types || types.length === 0) return [...ALL_RELATION_TYPES];
  for (const t of types) {
    if (!ALL_RELATION_TYPES.includes(t)) {
      throw new InvalidArgumentError(`Unknown relation type '${String(t)}'; use one of ${ALL_RELATION_TYPES.join(', ')}.`);
    }
  }
  return [...new Set(types)];
}
