import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('SourceSpan', { description: 'Character offsets into the NFC-normalised text of a source file.' })
export class SourceSpanObject {
  @Field(() => String)
  file!: string;

  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
}
