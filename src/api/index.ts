/** The API layer's public face for the I/O shell (server, CLI). */
export { buildApiSchema, printApiSchema } from './schema';
export { createApiContext, type ApiContext, type Caller } from './context';
export { authenticate } from './auth/authenticate';
export { ErrorCode } from './errors/error-code';
export { createFormatError, type FormatErrorOptions } from './errors/format-error';
export { createQueryLimitsRule } from './limits/query-limits.rule';
export { DEFAULT_QUERY_LIMITS, MAX_BODY_BYTES, MAX_CHAIN_DEPTH, MAX_PAGE_SIZE, type QueryLimits } from './limits/api-limits';
export type { IngestOutcome, IngestText } from './ingest/ingest-text';
