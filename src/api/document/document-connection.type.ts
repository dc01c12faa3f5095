import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfoObject } from '../shared-types/page-info.type';
import { DocumentObject } from './document.type';

@ObjectType('DocumentEdge')
export class DocumentEdgeObject {
  @Field(() => DocumentObject)
  node!: DocumentObject;

  @Field(() => String)
  cursor!: string;
}

@ObjectType('DocumentConnection')
export class DocumentConnectionObject {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [DocumentEdgeObject])
  edges!: DocumentEdgeObject[];

  @Field(() => PageInfoObject)
  pageInfo!: PageInfoObject;
}
