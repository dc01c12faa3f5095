import { Field, ObjectType } from 'type-graphql';
import { RelationObject } from '../relation/relation.type';

/** Resolved from the store's `Subgraph` (ids + relation records) by `SubgraphResolver`. */
@ObjectType('Subgraph')
export class SubgraphObject {
  @Field(() => [RelationObject])
  relations!: RelationObject[];
}
