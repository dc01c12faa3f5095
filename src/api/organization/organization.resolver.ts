import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { OrganizationNode, ProvinceNode } from '../../domain/graph';
import type { ApiContext } from '../context';
import { ProvinceObject } from '../province/province.type';
import { PageArgs } from '../shared-types/page.args';
import { toConnection } from '../shared-types/to-connection';
import { OrganizationConnectionObject, OrganizationObject } from './organization.type';

@Resolver(() => OrganizationObject)
export class OrganizationResolver {
  @Query(() => OrganizationConnectionObject, { description: 'Issuing and receiving bodies, by name, with their document counts.' })
  async organizations(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: ApiContext): Promise<OrganizationConnectionObject> {
    const result = await ctx.store.listOrganizations({ first: page.first ?? 20, after: page.after });
    for (const item of result.items) ctx.loaders.organizations.prime(item.node.id, item.node);
    return toConnection(result);
  }

  @FieldResolver(() => ProvinceObject, { nullable: true })
  province(@Root() organization: OrganizationNode, @Ctx() ctx: ApiContext): Promise<ProvinceNode | null> | null {
    return organization.provinceId ? ctx.loaders.provinces.load(organization.provinceId) : null;
  }

  @FieldResolver(() => OrganizationObject, { nullable: true, description: 'The body this one is an organ of (Thường trực Tỉnh ủy → Tỉnh ủy).' })
  parent(@Root() organization: OrganizationNode, @Ctx() ctx: ApiContext): Promise<OrganizationNode | null> | null {
    return organization.parentId ? ctx.loaders.organizations.load(organization.parentId) : null;
  }
}
