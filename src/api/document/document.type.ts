import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Authority, DocumentType, System } from '../enums/register-enums';
import { DateScalar } from '../scalars/date.scalar';
import { DateBoundsObject } from '../shared-types/date-bounds.type';
import { SourceSpanObject } from '../shared-types/source-span.type';
import { FieldEvidenceObject } from './field-evidence.type';

/**
 * Resolved from the store's `DocumentNode`: plain fields map one to one;
 * issuer, province, signer, recipients, relations and diagnostics come from
 * `DocumentResolver` field resolvers.
 */
@ObjectType('Document')
export class DocumentObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Canonical number and symbol: 3953/UBND-KGVX, 470-CV/TU, 16/CT-TTg, 04/2021/NQ-HĐND; null when unnumbered.',
  })
  code!: string | null;

  @Field(() => String, { nullable: true })
  number!: string | null;

  @Field(() => String, { nullable: true })
  symbol!: string | null;

  @Field(() => DocumentType)
  type!: DocumentType;

  @Field(() => String, { nullable: true })
  subject!: string | null;

  @Field(() => DateScalar, { nullable: true })
  issuedOn!: string | null;

  @Field(() => DateBoundsObject, { nullable: true, description: 'Set when issuedOn is unknown but the content bounds it.' })
  issuedOnBounds!: DateBoundsObject | null;

  @Field(() => String, { nullable: true })
  signerTitle!: string | null;

  @Field(() => Authority, { nullable: true })
  authority!: Authority | null;

  @Field(() => String, { nullable: true })
  urgency!: string | null;

  @Field(() => Boolean, { description: 'true: the text is in the corpus; false: known only from references to it.' })
  inCorpus!: boolean;

  @Field(() => [SourceSpanObject])
  sources!: SourceSpanObject[];

  @Field(() => String, { nullable: true })
  text!: string | null;

  @Field(() => String, { description: '`national` for central issuers, else the province slug: local codes are unique only within a province.' })
  scope!: string;

  @Field(() => Int, { nullable: true, description: 'Year of the code or of the issue date.' })
  year!: number | null;

  @Field(() => System, { nullable: true })
  system!: System | null;

  @Field(() => String, { nullable: true, description: 'Place of issue as written in the header.' })
  place!: string | null;

  @Field(() => [String], { description: 'Distribution list (Nơi nhận) lines as written.' })
  distribution!: string[];

  @Field(() => [FieldEvidenceObject], {
    description: 'Evidence of each header and party field read from the text; empty for documents known only from references.',
  })
  fieldEvidence!: FieldEvidenceObject[];
}
