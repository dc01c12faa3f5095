import { ValidateNested } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { RelationCorrectionInput } from './relation-correction.input';

@ArgsType()
export class CorrectionArgs {
  @Field(() => RelationCorrectionInput)
  @ValidateNested()
  input!: RelationCorrectionInput;
}
