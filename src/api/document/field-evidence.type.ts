import { Field, Float, ObjectType } from 'type-graphql';
import { SourceSpanObject } from '../shared-types/source-span.type';

@ObjectType('FieldEvidence', {
  description: 'Where a header or party field of an in-corpus document was read, and how sure the reading is.',
})
export class FieldEvidenceObject {
  @Field(() => String, {
    description:
      'The Document field: code (symbol when the number is blank), type, issuer, place, issuedOn, subject, urgency, recipients, distribution, signerTitle, authority, signer, signature.',
  })
  field!: string;

  @Field(() => String, { description: 'The passage as in the NFC source file.' })
  text!: string;

  @Field(() => SourceSpanObject, { nullable: true })
  span!: SourceSpanObject | null;

  @Field(() => Float, {
    description: '0..1: 1 when read from the field\'s own labelled line or place in the layout, lower when inferred from another field.',
  })
  confidence!: number;
}
