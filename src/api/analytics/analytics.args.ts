import { ArgsType, Field, ID, Int } from 'type-graphql';
import { Max, MaxLength, Min } from 'class-validator';
import { TopicCountDimension } from './analytics.types';

@ArgsType()
export class AlignedPassagesArgs {
  @Field(() => ID, { description: 'The later document (a relation source).' })
  @MaxLength(400)
  source!: string;

  @Field(() => ID, { description: 'The earlier document it may copy.' })
  @MaxLength(400)
  target!: string;
}

@ArgsType()
export class ReconstructedTextArgs {
  @Field(() => ID, { description: 'The instrument, typically one not in the corpus.' })
  @MaxLength(400)
  id!: string;

  @Field(() => Int, { defaultValue: 2, description: 'Least number of implementers that must carry a passage.' })
  @Min(2)
  @Max(100)
  minAgreement!: number;
}

@ArgsType()
export class TopicCountsArgs {
  @Field(() => [TopicCountDimension], { defaultValue: [TopicCountDimension.PROVINCE, TopicCountDimension.TOPIC, TopicCountDimension.MONTH] })
  groupBy!: TopicCountDimension[];

  @Field(() => String, { nullable: true, description: "Diacritics- and case-insensitive province name: 'dak nong'." })
  @MaxLength(200)
  province?: string | null;

  @Field(() => String, { nullable: true, description: 'A topic id of `topics`, e.g. vaccination.' })
  @MaxLength(100)
  topic?: string | null;
}
