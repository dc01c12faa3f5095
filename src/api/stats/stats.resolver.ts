import { Ctx, Query, Resolver } from 'type-graphql';
import { NotFoundError } from '../../domain/errors';
import type { ApiContext } from '../context';
import { loadExistingDocuments } from '../document/load-existing-document';
import { GraphStatsObject } from './stats.type';

@Resolver()
export class StatsResolver {
  @Query(() => GraphStatsObject, { description: 'Counts over the whole graph.' })
  async stats(@Ctx() ctx: ApiContext): Promise<GraphStatsObject> {
    const stats = await ctx.store.stats();
    const provinces = await ctx.loaders.provinces.loadMany(stats.documentsByProvince.map((p) => p.provinceId));
    const cited = await loadExistingDocuments(ctx, stats.mostCited.map((c) => c.documentId));
    return {
      documents: stats.documents,
      inCorpus: stats.inCorpus,
      relationsByType: stats.relationsByType,
      documentsByType: stats.documentsByType,
      documentsByProvince: stats.documentsByProvince.map((row, index) => {
        const province = provinces[index];
        if (!province || province instanceof Error) throw new NotFoundError(`Province ${row.provinceId} is counted but not stored.`);
        return { province, count: row.count };
      }),
      mostCited: stats.mostCited.map((row, index) => ({ document: cited[index]!, count: row.count })),
    };
  }
}
