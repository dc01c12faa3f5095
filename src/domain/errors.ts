/**
 * Named error classes; tests check the class (and `name`), callers map them
 * to API error codes. Messages say what to do about it.
 */
export class DirectiveGraphError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A document, organisation or other node the caller named does not exist. */
export class NotFoundError extends DirectiveGraphError {}

/** An argument is malformed or out of range (bad id, bad cursor, depth over the cap). */
export class InvalidArgumentError extends DirectiveGraphError {}

/** The store cannot be reached or opened (Neo4j down, wrong credentials, unwritable DATA_DIR). */
export class StoreUnavailableError extends DirectiveGraphError {}

/** Input that is not text we can read: binary, empty, too large, or in an unknown encoding. */
export class RejectedInputError extends DirectiveGraphError {
  constructor(
    readonly reason: RejectionReason,
    message: string,
  ) {
    super(message);
  }
}

export type RejectionReason = 'empty' | 'binary' | 'too-large' | 'unknown-encoding' | 'no-document';

/** A request exceeds a limit that keeps the service up (page size, input size, query cost). */
export class LimitExceededError extends DirectiveGraphError {}

/** The caller is not allowed to do this (mutation without the bearer token). */
export class UnauthenticatedError extends DirectiveGraphError {}
