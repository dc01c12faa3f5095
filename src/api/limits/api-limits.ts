/**
 * Limits that keep one hostile or careless request from taking the service
 * down. String-size limits sit in `input-limits.ts` because decorators need
 * them as constants.
 */
export interface QueryLimits {
  /** Nesting of fields below the operation (introspection fields not counted). */
  maxDepth: number;
  /** Estimated cost: each field 1, multiplied by `first` / an assumed list size for list fields. */
  maxComplexity: number;
  /** Field selections after fragments are expanded. */
  maxFields: number;
  /** Aliased field selections after fragments are expanded. */
  maxAliases: number;
  /** Tokens the parser reads before giving up (graphql-js `maxTokens`). */
  maxTokens: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxComplexity: 50_000,
  maxFields: 1_000,
  maxAliases: 100,
  maxTokens: 10_000,
};

/** Assumed length of a list field without a `first` argument, for the cost estimate. */
export const ASSUMED_LIST_SIZE = 10;

/** Largest `first` for any paged list. */
export const MAX_PAGE_SIZE = 100;

/** Deepest `citationChain` / `shortestPath`. */
export const MAX_CHAIN_DEPTH = 10;

/** Largest HTTP request body the server reads (bytes). */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;
