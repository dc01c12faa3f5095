import { Field, Int, ObjectType } from 'type-graphql';
import { DocumentObject } from '../document/document.type';
import { DocumentType, RelationType } from '../enums/register-enums';
import { ProvinceObject } from '../province/province.type';

@ObjectType('RelationTypeCount')
export class RelationTypeCountObject {
  @Field(() => RelationType)
  type!: RelationType;

  @Field(() => Int)
  count!: number;
}

@ObjectType('DocumentTypeCount')
export class DocumentTypeCountObject {
  @Field(() => DocumentType)
  type!: DocumentType;

  @Field(() => Int)
  count!: number;
}

@ObjectType('ProvinceDocumentCount')
export class ProvinceDocumentCountObject {
  @Field(() => ProvinceObject)
  province!: ProvinceObject;

  @Field(() => Int)
  count!: number;
}

@ObjectType('CitedDocument')
export class CitedDocumentObject {
  @Field(() => DocumentObject)
  document!: DocumentObject;

  @Field(() => Int, { description: 'Documents citing it.' })
  count!: number;
}

@ObjectType('GraphStats')
export class GraphStatsObject {
  @Field(() => Int)
  documents!: number;

  @Field(() => Int)
  inCorpus!: number;

  @Field(() => [RelationTypeCountObject])
  relationsByType!: RelationTypeCountObject[];

  @Field(() => [ProvinceDocumentCountObject])
  documentsByProvince!: ProvinceDocumentCountObject[];

  @Field(() => [DocumentTypeCountObject])
  documentsByType!: DocumentTypeCountObject[];

  @Field(() => [CitedDocumentObject])
  mostCited!: CitedDocumentObject[];
}
