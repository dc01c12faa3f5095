import { Field, Float, ObjectType } from 'type-graphql';
import { DocumentObject } from '../document/document.type';

@ObjectType('SearchHit')
export class SearchHitObject {
  @Field(() => DocumentObject)
  document!: DocumentObject;

  @Field(() => String, { description: 'An excerpt with the matched words wrapped in « and ».' })
  snippet!: string;

  @Field(() => Float, { description: 'Relevance, higher is better; comparable within one answer only.' })
  score!: number;
}
