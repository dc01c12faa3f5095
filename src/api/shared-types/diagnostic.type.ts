import { Field, ObjectType } from 'type-graphql';
import { Severity } from '../enums/register-enums';
import { SourceSpanObject } from './source-span.type';

@ObjectType('Diagnostic', { description: 'A problem found in the content: a missing page, a blank number, an ambiguous reference.' })
export class DiagnosticObject {
  @Field(() => Severity)
  severity!: Severity;

  @Field(() => String, { description: 'Stable machine-readable code, e.g. missing-number.' })
  code!: string;

  @Field(() => String)
  message!: string;

  @Field(() => SourceSpanObject, { nullable: true })
  span!: SourceSpanObject | null;
}
