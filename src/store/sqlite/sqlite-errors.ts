import { DirectiveGraphError, InvalidArgumentError, StoreUnavailableError } from '../../domain/errors';

/**
 * The one place that maps better-sqlite3 failures to our error classes: a
 * constraint failure is bad input (a relation to a document the file does not
 * carry), everything else means the store cannot do its job.
 */
export function mapSqliteError(error: unknown): Error {
  if (error instanceof DirectiveGraphError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
    return new InvalidArgumentError(`The data violates a store constraint (${code}: ${message}); nothing was written.`, {
      cause: error,
    });
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    return new StoreUnavailableError(`SQLite store failed (${code}: ${message}); check DATA_DIR is writable and not corrupted.`, {
      cause: error,
    });
  }
  if (/database connection is not open/i.test(message)) {
    return new StoreUnavailableError('The SQLite store is closed; open it again with openSqliteStore().', { cause: error });
  }
  return error instanceof Error ? error : new Error(message);
}
