import { Field, ObjectType } from 'type-graphql';
import { EvidenceObject } from '../shared-types/evidence.type';

@ObjectType('SignatureStamp', { description: 'The digital signature stamp (Người ký / Cơ quan / Thời gian ký).' })
export class SignatureStampObject {
  @Field(() => String, { nullable: true })
  signer!: string | null;

  @Field(() => String, { nullable: true })
  body!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 8601 with offset: 2021-07-24T10:45:30+07:00' })
  signedAt!: string | null;

  @Field(() => EvidenceObject)
  evidence!: EvidenceObject;
}
