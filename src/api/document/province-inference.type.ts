import { Field, Float, ObjectType } from 'type-graphql';
import { ProvinceObject } from '../province/province.type';
import { EvidenceObject } from '../shared-types/evidence.type';

@ObjectType('ProvinceInference', { description: 'A province read from clues (districts, industrial zones, signer) when the header lacks it.' })
export class ProvinceInferenceObject {
  @Field(() => ProvinceObject)
  province!: ProvinceObject;

  @Field(() => Float, { description: '0..1' })
  confidence!: number;

  @Field(() => [EvidenceObject])
  evidence!: EvidenceObject[];
}
