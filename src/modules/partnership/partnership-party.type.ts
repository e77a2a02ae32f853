/** The parties of a partnership, each with its role (kept apart from partnership.type.ts to avoid an import cycle). */
import { Field, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../../core/connection';
import { DateTimeScalar } from '../../core/scalars';
import { Participant } from '../participant/participant.type';
import { PartyRole } from './partnership.enums';

@ObjectType({ description: 'A party of a partnership, with its role.' })
export class PartnershipPartyEdge extends EdgeType(Participant) {
  @Field(() => PartyRole)
  role!: PartyRole;

  @Field(() => DateTimeScalar, { description: 'Since when it is party in this role (business time).' })
  addedAt!: Date;
}

@ObjectType({ description: 'The participants party to a partnership.' })
export class PartnershipPartyConnection extends ConnectionType(PartnershipPartyEdge, Participant) {}
