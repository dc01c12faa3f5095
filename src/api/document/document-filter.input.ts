import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { DocumentType } from '../enums/register-enums';
import { MAX_FILTER_STRING_LENGTH, MAX_SEARCH_TEXT_LENGTH } from '../limits/input-limits';
import { DateScalar } from '../scalars/date.scalar';

@InputType('DocumentFilter')
export class DocumentFilterInput {
  @Field(() => String, {
    nullable: true,
    description: "Matched after normalisation: 16/CT-TTg, 16/ct-ttg, 16/CT/TTg and '16/CT - TTg' are one code.",
  })
  @IsOptional()
  @MaxLength(MAX_FILTER_STRING_LENGTH)
  code?: string | null;

  @Field(() => DocumentType, { nullable: true })
  type?: DocumentType | null;

  @Field(() => String, { nullable: true, description: "Diacritics- and case-insensitive: 'dak nong' matches Đắk Nông." })
  @IsOptional()
  @MaxLength(MAX_FILTER_STRING_LENGTH)
  province?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(MAX_FILTER_STRING_LENGTH)
  issuer?: string | null;

  @Field(() => Boolean, { nullable: true })
  inCorpus?: boolean | null;

  @Field(() => DateScalar, { nullable: true })
  issuedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true })
  issuedTo?: string | null;

  @Field(() => String, { nullable: true, description: 'Full-text, diacritics- and case-insensitive.' })
  @IsOptional()
  @MaxLength(MAX_SEARCH_TEXT_LENGTH)
  text?: string | null;
}
