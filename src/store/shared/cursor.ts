import { InvalidArgumentError } from '../../domain/errors';

/**
 * Opaque page cursors: base64url of a versioned position. Clients must not
 * build them; a cursor that does not decode to our shape is an error, not an
 * empty page.
 */
const PREFIX = 'c1:';

export function encodeCursor(position: string): string {
  return Buffer.from(PREFIX + position, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw malformed(cursor);
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith(PREFIX) || encodeCursor(decoded.slice(PREFIX.length)) !== cursor) throw malformed(cursor);
  return decoded.slice(PREFIX.length);
}

function malformed(cursor: string): InvalidArgumentError {
  return new InvalidArgumentError(
    `Malformed cursor '${cursor.slice(0, 40)}': pass back an endCursor from an earlier page, or omit 'after'.`,
  );
}

/** `first` must be a non-negative integer; the API caps its size. */
export function assertPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 0) {
    throw new InvalidArgumentError(`'first' must be a non-negative integer, got ${first}.`);
  }
}
