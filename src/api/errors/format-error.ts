import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import type { ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import {
  InvalidArgumentError,
  LimitExceededError,
  NotFoundError,
  RejectedInputError,
  StoreUnavailableError,
  UnauthenticatedError,
} from '../../domain/errors';
import { ErrorCode } from './error-code';

export interface FormatErrorOptions {
  /** Keep stack traces and internal messages (NODE_ENV=development only). */
  development: boolean;
}

/** Codes that graphql-js, Apollo or our validation rules already set and that we pass on as they are. */
const PASSED_ON_CODES = new Set<string>(Object.values(ErrorCode));

/** Apollo wraps resolver errors in a GraphQLError whose originalError is what was thrown. */
function originalOf(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError && current.originalError !== current) {
    current = current.originalError;
  }
  return current;
}

function describeValidation(errors: readonly ValidationError[], prefix = ''): string[] {
  return errors.flatMap((e) => [
    ...Object.values(e.constraints ?? {}).map((message) => `${prefix}${message}`),
    ...describeValidation(e.children ?? [], `${prefix}${e.property}.`),
  ]);
}

interface Mapped {
  code: ErrorCode;
  message: string;
  extra?: Record<string, unknown>;
}

/**
 * Codes our own GraphQLErrors carry (limit rules, the Date scalar) that Apollo
 * overwrites with GRAPHQL_VALIDATION_FAILED when it wraps validation errors.
 */
const OWN_CODES = new Set<string>([ErrorCode.QUERY_TOO_COMPLEX, ErrorCode.BAD_USER_INPUT]);

function mapDomainError(original: unknown, formatted: GraphQLFormattedError): Mapped | null {
  if (original instanceof GraphQLError && !(original instanceof ArgumentValidationError)) {
    const code = original.extensions?.code;
    if (typeof code === 'string' && OWN_CODES.has(code)) {
      const { code: _code, ...extra } = original.extensions;
      void _code;
      return { code: code as ErrorCode, message: formatted.message, extra };
    }
    return null;
  }
  if (original instanceof ArgumentValidationError) {
    const details = describeValidation(original.extensions.validationErrors);
    return { code: ErrorCode.BAD_USER_INPUT, message: `Invalid argument: ${details.join('; ') || original.message}` };
  }
  if (original instanceof RejectedInputError) {
    return { code: ErrorCode.REJECTED_INPUT, message: original.message, extra: { reason: original.reason } };
  }
  if (original instanceof InvalidArgumentError || original instanceof LimitExceededError) {
    return { code: ErrorCode.BAD_USER_INPUT, message: original.message };
  }
  if (original instanceof NotFoundError) return { code: ErrorCode.NOT_FOUND, message: original.message };
  if (original instanceof UnauthenticatedError) return { code: ErrorCode.UNAUTHENTICATED, message: original.message };
  if (original instanceof StoreUnavailableError) {
    return { code: ErrorCode.STORE_UNAVAILABLE, message: 'The graph store is unavailable; try again later.' };
  }
  return null;
}

/**
 * Maps what resolvers throw (domain and store errors, type-graphql's argument
 * validation) to a public `ErrorCode`; errors already carrying a public code
 * (parse, validation, our limit rules) pass unchanged; anything else is a bug
 * and says only "Internal server error". Stack traces leave the server only
 * in development.
 */
export function createFormatError(options: FormatErrorOptions) {
  return function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const original = originalOf(error);
    const mapped = mapDomainError(original, formatted);
    const { stacktrace, ...otherExtensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    const keepStack = options.development && stacktrace !== undefined ? { stacktrace } : {};

    if (mapped) {
      return {
        message: mapped.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { ...mapped.extra, code: mapped.code, ...keepStack },
      };
    }
    const code = typeof otherExtensions.code === 'string' ? otherExtensions.code : undefined;
    if (code && PASSED_ON_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      return { ...formatted, extensions: { ...otherExtensions, ...keepStack } };
    }
    return {
      message: options.development ? formatted.message : 'Internal server error',
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...keepStack },
    };
  };
}
