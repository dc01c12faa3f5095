import { Field, Int, ObjectType } from 'type-graphql';
import { DocumentObject } from '../document/document.type';
import { ProvinceObject } from '../province/province.type';
import { DateScalar } from '../scalars/date.scalar';

@ObjectType('ProvinceResponse')
export class ProvinceResponseObject {
  @Field(() => ProvinceObject)
  province!: ProvinceObject;

  @Field(() => [DocumentObject], { description: 'Documents of this province related to the instrument by one of the requested relation types.' })
  documents!: DocumentObject[];

  @Field(() => DateScalar, { nullable: true })
  firstIssuedOn!: string | null;

  @Field(() => Int, { nullable: true, description: "Days from the instrument's issue date to firstIssuedOn." })
  lagDays!: number | null;
}
