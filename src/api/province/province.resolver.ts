import { Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';
import { ProvinceCountObject } from './province.type';

@Resolver()
export class ProvinceResolver {
  @Query(() => [ProvinceCountObject], { description: 'Every province with its document count, by name.' })
  async provinces(@Ctx() ctx: ApiContext): Promise<ProvinceCountObject[]> {
    const rows = await ctx.store.listProvinces();
    for (const row of rows) ctx.loaders.provinces.prime(row.node.id, row.node);
    return rows.map((row) => ({ province: row.node, documentCount: row.documentCount }));
  }
}
