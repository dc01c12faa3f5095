import { IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { MAX_PAGE_SIZE } from '../limits/api-limits';
import { MAX_SEARCH_TEXT_LENGTH } from '../limits/input-limits';

@ArgsType()
export class SearchArgs {
  @Field(() => String, { description: 'Words to find, diacritics- and case-insensitive: "cach ly" finds "cách ly".' })
  @MinLength(1)
  @MaxLength(MAX_SEARCH_TEXT_LENGTH)
  text!: string;

  @Field(() => Int, { nullable: true, defaultValue: 10 })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first!: number | null;
}
