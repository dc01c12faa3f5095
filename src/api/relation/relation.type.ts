import { Field, Float, ObjectType } from 'type-graphql';
import { RelationType } from '../enums/register-enums';
import { EvidenceObject } from '../shared-types/evidence.type';

/** Resolved from the store's `RelationRecord`; source, target and origin come from `RelationResolver`. */
@ObjectType('Relation')
export class RelationObject {
  @Field(() => RelationType)
  type!: RelationType;

  @Field(() => [EvidenceObject])
  evidence!: EvidenceObject[];

  @Field(() => Float, { description: '0..1' })
  confidence!: number;

  @Field(() => String, { nullable: true, description: 'For corrections: who made it.' })
  createdBy!: string | null;

  @Field(() => String, { nullable: true, description: 'For corrections: when (ISO 8601).' })
  createdAt!: string | null;
}
