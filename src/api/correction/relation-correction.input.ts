import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { RelationType } from '../enums/register-enums';
import { MAX_FILTER_STRING_LENGTH, MAX_ID_LENGTH, MAX_NOTE_LENGTH } from '../limits/input-limits';

@InputType('RelationCorrectionInput', { description: 'An analyst\'s correction of one relation, kept apart from extraction so re-ingest never undoes it.' })
export class RelationCorrectionInput {
  @Field(() => RelationType)
  type!: RelationType;

  @Field(() => ID, { description: 'The later (citing) document.' })
  @MaxLength(MAX_ID_LENGTH)
  sourceId!: string;

  @Field(() => ID, { description: 'The earlier document.' })
  @MaxLength(MAX_ID_LENGTH)
  targetId!: string;

  @Field(() => String, { nullable: true, description: 'Why: what in the texts supports the correction.' })
  @IsOptional()
  @MaxLength(MAX_NOTE_LENGTH)
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'Who makes the correction; recorded with the time.' })
  @IsOptional()
  @MaxLength(MAX_FILTER_STRING_LENGTH)
  analyst?: string | null;
}
