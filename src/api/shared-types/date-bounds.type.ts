import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../scalars/date.scalar';

@ObjectType('DateBounds')
export class DateBoundsObject {
  @Field(() => DateScalar, { nullable: true })
  earliest!: string | null;

  @Field(() => DateScalar, { nullable: true })
  latest!: string | null;

  @Field(() => String, { nullable: true, description: 'How the bounds were found, e.g. "cites 79/NQ-CP of 2021-07-22".' })
  reason!: string | null;
}
