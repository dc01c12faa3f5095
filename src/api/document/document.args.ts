import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { Direction, RelationType } from '../enums/register-enums';
import { MAX_ID_LENGTH } from '../limits/input-limits';
import { PageArgs } from '../shared-types/page.args';
import { DocumentFilterInput } from './document-filter.input';

@ArgsType()
export class DocumentArgs {
  @Field(() => ID)
  @MaxLength(MAX_ID_LENGTH)
  id!: string;
}

@ArgsType()
export class DocumentsArgs extends PageArgs {
  @Field(() => DocumentFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: DocumentFilterInput | null;
}

@ArgsType()
export class RelationsArgs {
  @Field(() => Direction)
  direction!: Direction;

  @Field(() => [RelationType], { nullable: true, description: 'All types when absent or empty.' })
  types?: RelationType[] | null;
}
