import { Field, ObjectType } from 'type-graphql';
import { SourceSpanObject } from './source-span.type';

@ObjectType('Evidence')
export class EvidenceObject {
  @Field(() => String)
  text!: string;

  @Field(() => SourceSpanObject, { nullable: true })
  span!: SourceSpanObject | null;
}
