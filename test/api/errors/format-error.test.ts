import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { ErrorCode } from '../../../src/api/errors/error-code';
import { createFormatError } from '../../../src/api/errors/format-error';
import {
  InvalidArgumentError,
  LimitExceededError,
  NotFoundError,
  RejectedInputError,
  StoreUnavailableError,
  UnauthenticatedError,
} from '../../../src/domain/errors';

/** As Apollo hands it over: a resolver error wrapped in a GraphQLError with path and stack trace. */
function wrapped(original: Error): { formatted: GraphQLFormattedError; error: GraphQLError } {
  const error = new GraphQLError(original.message, { originalError: original, path: ['document'] });
  return {
    error,
    formatted: { message: original.message, path: ['document'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at somewhere (file.ts:1:1)'] } },
  };
}

const production = createFormatError({ development: false });
const development = createFormatError({ development: true });

describe('formatError', () => {
  test.each([
    [new InvalidArgumentError('Malformed id'), ErrorCode.BAD_USER_INPUT, 'Malformed id'],
    [new LimitExceededError('too big'), ErrorCode.BAD_USER_INPUT, 'too big'],
    [new NotFoundError('No document x'), ErrorCode.NOT_FOUND, 'No document x'],
    [new UnauthenticatedError('Mutations need a token'), ErrorCode.UNAUTHENTICATED, 'Mutations need a token'],
    [new StoreUnavailableError('SQLITE_CANTOPEN /secret/path'), ErrorCode.STORE_UNAVAILABLE, 'The graph store is unavailable; try again later.'],
    [new RejectedInputError('binary', 'not a text file'), ErrorCode.REJECTED_INPUT, 'not a text file'],
    [new TypeError("Cannot read properties of undefined (reading 'x')"), ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error'],
  ])('%p → %s', (original, code, message) => {
    const { formatted, error } = wrapped(original);
    const result = production(formatted, error);
    expect(result.message).toBe(message);
    expect(result.extensions?.code).toBe(code);
    expect(result.extensions).not.toHaveProperty('stacktrace');
    expect(result.path).toEqual(['document']);
  });

  test('the rejection reason travels with REJECTED_INPUT', () => {
    const { formatted, error } = wrapped(new RejectedInputError('too-large', 'too large'));
    expect(production(formatted, error).extensions).toEqual({ code: 'REJECTED_INPUT', reason: 'too-large' });
  });

  test('argument validation becomes BAD_USER_INPUT listing each broken constraint', () => {
    const original = new ArgumentValidationError([
      { property: 'first', constraints: { max: 'first must not be greater than 100' }, children: [] },
      { property: 'filter', constraints: {}, children: [{ property: 'province', constraints: { maxLength: 'province is too long' }, children: [] }] },
    ]);
    const { formatted, error } = wrapped(original);
    const result = production(formatted, error);
    expect(result.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.message).toBe('Invalid argument: first must not be greater than 100; filter.province is too long');
  });

  test('codes set by graphql-js or Apollo pass unchanged', () => {
    const error = new GraphQLError('Syntax Error: Expected Name, found ")".');
    const formatted = { message: error.message, locations: [{ line: 1, column: 5 }], extensions: { code: 'GRAPHQL_PARSE_FAILED' } };
    expect(production(formatted, error)).toEqual(formatted);
  });

  test('our own codes survive Apollo relabelling validation errors', () => {
    const ours = new GraphQLError('The query is 20 levels deep; the limit is 12.', { extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'maxDepth' } });
    const apollo = new GraphQLError(ours.message, { originalError: ours, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const result = production({ message: ours.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, apollo);
    expect(result.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'maxDepth' });
  });

  test('development keeps the message of unexpected errors and the stack trace', () => {
    const { formatted, error } = wrapped(new TypeError('boom'));
    const result = development(formatted, error);
    expect(result.message).toBe('boom');
    expect(result.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at somewhere (file.ts:1:1)'] });
  });
});
