import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('Province')
export class ProvinceObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Name with diacritics as of 2021, e.g. Đắk Nông' })
  name!: string;
}

@ObjectType('ProvinceCount', { description: 'A province with the number of documents attributed to it.' })
export class ProvinceCountObject {
  @Field(() => ProvinceObject)
  province!: ProvinceObject;

  @Field(() => Int, { description: 'Documents of this province (in the corpus or known from references).' })
  documentCount!: number;
}
