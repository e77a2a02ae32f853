/** PartyPeriod: one period a participant was (or is) party to a partnership, from its tie. */
import { Field, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../core/scalars';
import { Participant, type ParticipantRecord } from '../participant/participant.type';
import { PartyRole } from './partnership.enums';

export interface PartyPeriodRecord {
  participant: ParticipantRecord;
  role: PartyRole;
  addedAt: Date;
  removedAt: Date | null;
}

@ObjectType({
  description:
    'A period a participant was party to a partnership. Removing the party ends the period; adding it again starts a new one.',
})
export class PartyPeriod {
  @Field(() => Participant)
  participant!: Participant;

  @Field(() => PartyRole, { description: 'Its role in the period (the latest one, for a role changed meanwhile).' })
  role!: PartyRole;

  @Field(() => DateTimeScalar, { description: 'When the period began (business time).' })
  addedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it ended; null while the party is current.' })
  removedAt!: Date | null;

  static from(record: PartyPeriodRecord): PartyPeriod {
    return Object.assign(new PartyPeriod(), {
      participant: Participant.from(record.participant),
      role: record.role,
      addedAt: record.addedAt,
      removedAt: record.removedAt ?? null,
    });
  }
}
