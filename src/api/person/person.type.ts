import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfoObject } from '../shared-types/page-info.type';

@ObjectType('Person')
export class PersonObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [String], { description: 'Spellings seen in the sources (OCR variants), e.g. Điều Kré for Điền Kré.' })
  aliases!: string[];
}

@ObjectType('PersonEdge')
export class PersonEdgeObject {
  @Field(() => PersonObject)
  node!: PersonObject;

  @Field(() => String)
  cursor!: string;

  @Field(() => Int, { description: 'Documents this person signed.' })
  documentCount!: number;
}

@ObjectType('PersonConnection')
export class PersonConnectionObject {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [PersonEdgeObject])
  edges!: PersonEdgeObject[];

  @Field(() => PageInfoObject)
  pageInfo!: PageInfoObject;
}
