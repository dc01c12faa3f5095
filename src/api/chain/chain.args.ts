import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { ChainDirection, RelationType } from '../enums/register-enums';
import { MAX_CHAIN_DEPTH } from '../limits/api-limits';
import { MAX_ID_LENGTH } from '../limits/input-limits';

@ArgsType()
export class CitationChainArgs {
  @Field(() => ID)
  @MaxLength(MAX_ID_LENGTH)
  id!: string;

  @Field(() => ChainDirection)
  direction!: ChainDirection;

  @Field(() => [RelationType], { nullable: true, description: 'All types when absent or empty.' })
  types?: RelationType[] | null;

  @Field(() => Int, { nullable: true, defaultValue: 3, description: `Hops, 1..${MAX_CHAIN_DEPTH}.` })
  @IsOptional()
  @Min(1, { message: 'maxDepth must be at least 1' })
  @Max(MAX_CHAIN_DEPTH, { message: `maxDepth must not be greater than ${MAX_CHAIN_DEPTH} (the cap that keeps chains affordable)` })
  maxDepth!: number | null;
}

@ArgsType()
export class ShortestPathArgs {
  @Field(() => ID, { description: 'The later (citing) document.' })
  @MaxLength(MAX_ID_LENGTH)
  from!: string;

  @Field(() => ID, { description: 'The earlier document.' })
  @MaxLength(MAX_ID_LENGTH)
  to!: string;

  @Field(() => [RelationType], { nullable: true, description: 'All types when absent or empty.' })
  types?: RelationType[] | null;

  @Field(() => Int, { nullable: true, defaultValue: 6, description: `Hops, 1..${MAX_CHAIN_DEPTH}.` })
  @IsOptional()
  @Min(1, { message: 'maxDepth must be at least 1' })
  @Max(MAX_CHAIN_DEPTH, { message: `maxDepth must not be greater than ${MAX_CHAIN_DEPTH}` })
  maxDepth!: number | null;
}
