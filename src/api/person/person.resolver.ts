import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';
import { PageArgs } from '../shared-types/page.args';
import { toConnection } from '../shared-types/to-connection';
import { PersonConnectionObject } from './person.type';

@Resolver()
export class PersonResolver {
  @Query(() => PersonConnectionObject, { description: 'Signers, by name, with the number of documents each signed.' })
  async persons(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: ApiContext): Promise<PersonConnectionObject> {
    const result = await ctx.store.listPersons({ first: page.first ?? 20, after: page.after });
    for (const item of result.items) ctx.loaders.persons.prime(item.node.id, item.node);
    return toConnection(result);
  }
}
