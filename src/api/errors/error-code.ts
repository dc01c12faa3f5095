/**
 * The public error codes, carried in `errors[].extensions.code`. Clients
 * branch on these, never on messages.
 */
export enum ErrorCode {
  /** An argument is malformed or out of range: bad id, cursor, date, page size, depth over the cap, string too long. */
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  /** The id names no document (single-root questions such as citationChain). */
  NOT_FOUND = 'NOT_FOUND',
  /** A mutation without a valid `Authorization: Bearer <API_TOKEN>` header. */
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** The query is too deep, too costly, has too many fields or aliases. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** The text given to ingest is not readable text (empty, binary, too large, unknown encoding). */
  REJECTED_INPUT = 'REJECTED_INPUT',
  /** The store cannot be reached; retrying later may help. */
  STORE_UNAVAILABLE = 'STORE_UNAVAILABLE',
  /** The request body is over the size limit. */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** The query text does not parse. */
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  /** The query does not fit the schema. */
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  /** The HTTP request is not a GraphQL request (no query, wrong content type, CSRF protection). */
  BAD_REQUEST = 'BAD_REQUEST',
  /** The document holds several operations and none was named. */
  OPERATION_RESOLUTION_FAILURE = 'OPERATION_RESOLUTION_FAILURE',
  /** Automatic persisted queries are off: send the query text. */
  PERSISTED_QUERY_NOT_SUPPORTED = 'PERSISTED_QUERY_NOT_SUPPORTED',
  /** Anything else: a bug; the message is hidden outside development. */
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}
