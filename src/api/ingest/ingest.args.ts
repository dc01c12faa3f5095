import { Matches, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { MAX_FILE_NAME_LENGTH, MAX_INGEST_TEXT_LENGTH } from '../limits/input-limits';

@ArgsType()
export class IngestDocumentArgs {
  @Field(() => String, { description: `The OCR'd text of one file (UTF-8), at most ${MAX_INGEST_TEXT_LENGTH} characters.` })
  @MinLength(1, { message: 'text is empty: nothing to ingest' })
  @MaxLength(MAX_INGEST_TEXT_LENGTH, { message: `text is longer than ${MAX_INGEST_TEXT_LENGTH} characters; split the file` })
  text!: string;

  @Field(() => String, {
    description: 'Name recorded in every source span, e.g. uploads/3953-UBND-KGVX.txt. A name ingested before with other text is replaced: its earlier contribution goes.',
  })
  @MinLength(1)
  @MaxLength(MAX_FILE_NAME_LENGTH)
  @Matches(/^[^\u0000-\u001f]+$/u, { message: 'fileName must not contain control characters' })
  fileName!: string;
}
