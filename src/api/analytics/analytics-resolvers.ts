import { AnalyticsResolver } from './analytics.resolver';
import { DocumentAnalyticsResolver } from './document-analytics.resolver';

/** The analytics resolvers, added to the schema as one entry. */
export const ANALYTICS_RESOLVERS = [AnalyticsResolver, DocumentAnalyticsResolver] as const;
