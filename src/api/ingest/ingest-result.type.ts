import { Field, ObjectType } from 'type-graphql';
import { DocumentObject } from '../document/document.type';
import { RelationObject } from '../relation/relation.type';
import { DiagnosticObject } from '../shared-types/diagnostic.type';

@ObjectType('IngestResult', { description: 'What ingestDocument found and stored.' })
export class IngestResultObject {
  @Field(() => String)
  fileName!: string;

  @Field(() => Boolean, { description: 'True when this exact text was ingested before: nothing changed.' })
  skipped!: boolean;

  @Field(() => [DocumentObject], { description: 'The documents whose text is in the file.' })
  documents!: DocumentObject[];

  @Field(() => [RelationObject], { description: 'Relations from those documents, as stored after the cross-file passes.' })
  relations!: RelationObject[];

  @Field(() => [DiagnosticObject])
  diagnostics!: DiagnosticObject[];
}
