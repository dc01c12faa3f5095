import { ALL_RELATION_TYPES, type RelationType } from '../../domain/relation-type';

/**
 * The relation types a query asked for, each once (a list argument may
 * repeat a value thousands of times; the stores should see at most seven),
 * or `fallback` when none were given.
 */
export function requestedTypes(types: readonly RelationType[] | null | undefined, fallback: readonly RelationType[] = ALL_RELATION_TYPES): RelationType[] {
  return types && types.length > 0 ? [...new Set(types)] : [...fallback];
}
