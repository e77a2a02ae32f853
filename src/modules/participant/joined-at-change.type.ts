/** JoinedAtChange: an earlier `joinedAt` of a participant, kept when the value was changed. */
import { Field, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../core/scalars';

export interface JoinedAtChangeRecord {
  id: string;
  from: Date;
  to: Date;
  at: Date;
  by: string | null;
}

@ObjectType({ description: "A change of a participant's joinedAt: the value before, the value after, and when." })
export class JoinedAtChange {
  @Field(() => DateTimeScalar, { description: 'The joinedAt before the change.' })
  from!: Date;

  @Field(() => DateTimeScalar, { description: 'The joinedAt it was changed to.' })
  to!: Date;

  @Field(() => DateTimeScalar, { description: 'When the change was made (business time).' })
  at!: Date;

  @Field(() => String, { nullable: true, description: 'Who made the change.' })
  by!: string | null;

  static from(record: JoinedAtChangeRecord): JoinedAtChange {
    return Object.assign(new JoinedAtChange(), {
      from: record.from,
      to: record.to,
      at: record.at,
      by: record.by ?? null,
    });
  }
}
