import type { CountedPage } from '../../store/port';

/** A store page with counts as a GraphQL connection. */
export function toConnection<T>(page: CountedPage<T>): {
  totalCount: number;
  edges: Array<{ node: T; cursor: string; documentCount: number }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
} {
  return {
    totalCount: page.totalCount,
    edges: page.items,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.items.at(-1)?.cursor ?? null },
  };
}
