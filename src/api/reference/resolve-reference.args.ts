import { IsOptional, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { MAX_FILTER_STRING_LENGTH, MAX_REFERENCE_TEXT_LENGTH } from '../limits/input-limits';

@ArgsType()
export class ResolveReferenceArgs {
  @Field(() => String, { description: "A reference as written: 'Chỉ thị 16/CT-TTg', 'Công văn 470-CV/TU', 'Điện ngày 21/7/2021 của Thường trực Ban Bí thư'." })
  @MinLength(1)
  @MaxLength(MAX_REFERENCE_TEXT_LENGTH)
  text!: string;

  @Field(() => String, { nullable: true, description: 'The citing document\'s province: local codes (TU, UBND, HĐND, BCĐ) belong to it.' })
  @IsOptional()
  @MaxLength(MAX_FILTER_STRING_LENGTH)
  province?: string | null;
}
