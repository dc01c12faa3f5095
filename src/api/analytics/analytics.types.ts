import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { DocumentNode, ProvinceNode } from '../../domain/graph';
import { DocumentObject } from '../document/document.type';
import { ProvinceObject } from '../province/province.type';

/**
 * Output types of the response analytics. Offsets are UTF-16 code units
 * into `Document.text` (not into source files), end exclusive, so a client
 * can highlight `text.slice(start, end)` directly.
 */

@ObjectType('TextPassage', { description: 'A stretch of one document\'s text: offsets into Document.text, end exclusive.' })
export class TextPassageObject {
  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;

  @Field(() => String)
  text!: string;
}

@ObjectType('CopiedPassage', { description: 'A passage of this document repeated from an upstream document it implements, cites or repeats.' })
export class CopiedPassageObject extends TextPassageObject {
  @Field(() => DocumentObject, { description: 'The upstream document it comes from.' })
  from!: DocumentNode;
}

@ObjectType('AlignedPassage', { description: 'A passage found near-verbatim in both documents of a pair.' })
export class AlignedPassageObject {
  @Field(() => TextPassageObject, { description: 'Where it stands in the source (later) document.' })
  source!: TextPassageObject;

  @Field(() => TextPassageObject, { description: 'Where it stands in the target (earlier) document.' })
  target!: TextPassageObject;

  @Field(() => Int, { description: 'Words of the passage in the source document.' })
  words!: number;
}

@ObjectType('PassageAlignment')
export class PassageAlignmentObject {
  @Field(() => DocumentObject)
  source!: DocumentNode;

  @Field(() => DocumentObject)
  target!: DocumentNode;

  @Field(() => [AlignedPassageObject])
  passages!: AlignedPassageObject[];

  @Field(() => [TextPassageObject], { description: "Passages of the source's body found nowhere in the target's: what the later document added." })
  added!: TextPassageObject[];

  @Field(() => Float, { description: "Share (0..1) of the non-space characters of the source's body inside aligned passages." })
  sourceCopiedShare!: number;
}

@ObjectType('PassageWitness')
export class PassageWitnessObject extends TextPassageObject {
  @Field(() => DocumentObject)
  document!: DocumentNode;
}

@ObjectType('ReconstructedPassage')
export class ReconstructedPassageObject {
  @Field(() => String, { description: 'The shortest witness reading: the most conservative guess at what the instrument said.' })
  text!: string;

  @Field(() => Int, { description: 'How many implementing documents carry this passage.' })
  agreement!: number;

  @Field(() => [PassageWitnessObject])
  witnesses!: PassageWitnessObject[];
}

@ObjectType('ReconstructedText')
export class ReconstructedTextObject {
  @Field(() => DocumentObject)
  instrument!: DocumentNode;

  @Field(() => [DocumentObject], { description: 'In-corpus documents that implement the instrument: the witnesses.' })
  implementers!: DocumentNode[];

  @Field(() => [ReconstructedPassageObject], { description: 'Most agreed first, then in the order the first witness has them.' })
  passages!: ReconstructedPassageObject[];
}

@ObjectType('Topic', { description: 'A measure of the taxonomy (domain.md §7).' })
export class TopicObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  label!: string;

  @Field(() => [String], { description: 'Regular expressions over diacritics-folded, lower-cased text.' })
  patterns!: string[];
}

@ObjectType('TopicTag')
export class TopicTagObject {
  @Field(() => TopicObject)
  topic!: TopicObject;

  @Field(() => Int)
  mentions!: number;

  @Field(() => [TextPassageObject], { description: 'The first mentions, as passages of Document.text.' })
  evidence!: TextPassageObject[];
}

export enum TopicCountDimension {
  PROVINCE = 'PROVINCE',
  TOPIC = 'TOPIC',
  MONTH = 'MONTH',
}
registerEnumType(TopicCountDimension, { name: 'TopicCountDimension' });

@ObjectType('TopicCount')
export class TopicCountObject {
  @Field(() => ProvinceObject, { nullable: true, description: 'Null when not grouped by province or for central documents.' })
  province!: ProvinceNode | null;

  @Field(() => TopicObject, { nullable: true })
  topic!: TopicObject | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM of the issue date; null when not grouped by month or undated.' })
  month!: string | null;

  @Field(() => Int, { description: 'Documents in the group tagged with the topic.' })
  documents!: number;
}
