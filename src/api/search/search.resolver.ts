import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';
import { loadExistingDocument } from '../document/load-existing-document';
import { SearchArgs } from './search.args';
import { SearchHitObject } from './search-hit.type';

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHitObject], { description: 'Full-text search over document text and subject, best first, with marked snippets.' })
  async search(@Args(() => SearchArgs) args: SearchArgs, @Ctx() ctx: ApiContext): Promise<SearchHitObject[]> {
    const text = args.text.trim();
    if (text === '') return [];
    const hits = await ctx.store.search(text, args.first ?? 10);
    return Promise.all(
      hits.map(async (hit) => ({ document: await loadExistingDocument(ctx, hit.documentId), snippet: hit.snippet, score: hit.score })),
    );
  }
}
