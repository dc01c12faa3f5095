/// <reference lib="dom" />

/** A GraphQL error answer, kept whole so the page can show the server's message. */
export class GraphQLRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

/** POSTs one operation to the public endpoint, as any client of the API would. */
export async function gql<T>(endpoint: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (answer.errors?.length) throw new GraphQLRequestError(answer.errors.map((e) => e.message).join('; '));
  if (!answer.data) throw new GraphQLRequestError(`HTTP ${response.status} without data`);
  return answer.data;
}
