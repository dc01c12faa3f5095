import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { NotFoundError } from '../../domain/errors';
import { assertWellFormedId } from '../../domain/identity';
import { RelationType } from '../../domain/relation-type';
import type { ApiContext } from '../context';
import { loadExistingDocuments } from '../document/load-existing-document';
import { requestedTypes } from '../relation/relation-types.arg';
import { daysBetween } from './days-between';
import { ProvinceResponseObject } from './province-response.type';
import { ProvinceResponsesArgs } from './province-responses.args';

const DEFAULT_RESPONSE_TYPES = [RelationType.IMPLEMENTS, RelationType.CITES];

@Resolver()
export class ProvinceResponseResolver {
  @Query(() => [ProvinceResponseObject], { description: 'How each province answered an instrument: default types are IMPLEMENTS and CITES.' })
  async provinceResponses(
    @Args(() => ProvinceResponsesArgs) args: ProvinceResponsesArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<ProvinceResponseObject[]> {
    assertWellFormedId(args.to, 'doc');
    const instrument = await ctx.loaders.documents.load(args.to);
    if (!instrument) throw new NotFoundError(`No document ${args.to}; find ids with documents(filter: {code: ...}).`);
    const types = requestedTypes(args.types, DEFAULT_RESPONSE_TYPES);
    const records = await ctx.store.provinceResponses(args.to, types, args.viaProvincial ?? false);
    const provinces = await ctx.loaders.provinces.loadMany(records.map((r) => r.provinceId));
    return Promise.all(
      records.map(async (record, index) => {
        const province = provinces[index];
        if (!province || province instanceof Error) {
          throw new NotFoundError(`Province ${record.provinceId} is referenced by the graph but not stored; re-ingest.`);
        }
        return {
          province,
          documents: await loadExistingDocuments(ctx, record.documentIds),
          firstIssuedOn: record.firstIssuedOn,
          lagDays:
            instrument.issuedOn && record.firstIssuedOn ? daysBetween(instrument.issuedOn, record.firstIssuedOn) : null,
        };
      }),
    );
  }
}
