import 'reflect-metadata';
import './enums/register-enums';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ANALYTICS_RESOLVERS } from './analytics/analytics-resolvers';
import { authChecker } from './auth/auth-checker';
import { ChainResolver } from './chain/chain.resolver';
import { CorrectionResolver } from './correction/correction.resolver';
import { DocumentResolver } from './document/document.resolver';
import { IngestResolver } from './ingest/ingest.resolver';
import { validateConstrainedArgs } from './limits/validate-constrained-args';
import { OrganizationResolver } from './organization/organization.resolver';
import { PersonResolver } from './person/person.resolver';
import { ProvinceResolver } from './province/province.resolver';
import { ReferenceResolver } from './reference/reference.resolver';
import { RelationResolver } from './relation/relation.resolver';
import { ProvinceResponseResolver } from './response/province-response.resolver';
import { SearchResolver } from './search/search.resolver';
import { StatsResolver } from './stats/stats.resolver';

const RESOLVERS = [
  DocumentResolver,
  RelationResolver,
  ReferenceResolver,
  ChainResolver,
  ProvinceResponseResolver,
  OrganizationResolver,
  PersonResolver,
  ProvinceResolver,
  SearchResolver,
  StatsResolver,
  IngestResolver,
  CorrectionResolver,
  ...ANALYTICS_RESOLVERS,
] as const;

let built: Promise<GraphQLSchema> | null = null;

/**
 * Builds the executable schema from the decorated classes (once per
 * process: the metadata does not change). Arguments are checked with
 * class-validator where their classes declare constraints
 * (`validateConstrainedArgs`); mutations with `authChecker`.
 */
export function buildApiSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [...RESOLVERS],
    authChecker,
    validateFn: validateConstrainedArgs,
  });
  return built;
}

/** The SDL committed as `schema/schema.graphql`: sorted, so that moving a class around does not churn the file. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
