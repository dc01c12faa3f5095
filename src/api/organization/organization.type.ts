import { Field, ID, Int, ObjectType } from 'type-graphql';
import { System } from '../enums/register-enums';
import { PageInfoObject } from '../shared-types/page-info.type';

/** Resolved from `OrganizationNode`; `province` and `parent` come from field resolvers. */
@ObjectType('Organization')
export class OrganizationObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => System, { nullable: true })
  system!: System | null;
}

@ObjectType('OrganizationEdge')
export class OrganizationEdgeObject {
  @Field(() => OrganizationObject)
  node!: OrganizationObject;

  @Field(() => String)
  cursor!: string;

  @Field(() => Int, { description: 'Documents this organisation issued.' })
  documentCount!: number;
}

@ObjectType('OrganizationConnection')
export class OrganizationConnectionObject {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [OrganizationEdgeObject])
  edges!: OrganizationEdgeObject[];

  @Field(() => PageInfoObject)
  pageInfo!: PageInfoObject;
}
