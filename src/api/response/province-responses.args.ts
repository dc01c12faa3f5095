import { MaxLength } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { RelationType } from '../enums/register-enums';
import { MAX_ID_LENGTH } from '../limits/input-limits';

@ArgsType()
export class ProvinceResponsesArgs {
  @Field(() => ID, { description: 'The instrument (a central directive, conclusion, telegram...).' })
  @MaxLength(MAX_ID_LENGTH)
  to!: string;

  @Field(() => [RelationType], { nullable: true, description: 'Default IMPLEMENTS and CITES.' })
  types?: RelationType[] | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: "Also count documents that answer the instrument through one of the province's own documents that does.",
  })
  viaProvincial!: boolean | null;
}
