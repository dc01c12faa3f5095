import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { ApiContext } from '../api/context';
import { createFormatError } from '../api/errors/format-error';
import type { QueryLimits } from '../api/limits/api-limits';
import { createQueryLimitsRule } from '../api/limits/query-limits.rule';

export interface ApolloOptions {
  schema: GraphQLSchema;
  introspection: boolean;
  limits: QueryLimits;
  /** Stack traces and internal messages in answers: NODE_ENV=development only. */
  development: boolean;
  /** More plugins (the response cache's marker). */
  plugins?: ApolloServerPlugin<ApiContext>[];
}

export function createApolloServer(options: ApolloOptions): ApolloServer<ApiContext> {
  return new ApolloServer<ApiContext>({
    schema: options.schema,
    introspection: options.introspection,
    validationRules: [createQueryLimitsRule(options.limits)],
    parseOptions: { maxTokens: options.limits.maxTokens },
    formatError: createFormatError({ development: options.development }),
    includeStacktraceInErrorResponses: options.development,
    // A query-by-hash cache is one more thing a client could fill; queries here are small enough to send whole.
    persistedQueries: false,
    // GET /graphql for browsers is ours (GraphiQL); Apollo's landing page would fetch from a CDN.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // No resolver sets cache hints, and the default cache-control plugin's per-field hook makes
      // Apollo wrap every resolver of the schema: measurable on a page of documents with relations.
      ApolloServerPluginCacheControlDisabled(),
      // Nothing is reported to Apollo's cloud, even with APOLLO_KEY set in the environment.
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ...(options.plugins ?? []),
    ],
    logger: quietLogger(options.development),
  });
}

/** Apollo logs every failed request at `error`; outside development keep only real server errors. */
function quietLogger(development: boolean) {
  const write = (level: string) => (message: unknown) => process.stderr.write(`[graphql ${level}] ${String(message)}\n`);
  const ignore = () => undefined;
  return {
    debug: ignore,
    info: development ? write('info') : ignore,
    warn: write('warn'),
    error: write('error'),
  };
}
