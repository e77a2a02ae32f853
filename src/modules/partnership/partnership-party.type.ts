/** The parties of a partnership, each with its role (kept apart from partnership.type.ts to avoid an import cycle). */
import { Field, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../../core/connection';
import { Participant } from '../participant/participant.type';
import { PartyRole } from './partnership.enums';

@ObjectType({ description: 'A party of a partnership, with its role.' })
export class PartnershipPartyEdge extends EdgeType(Participant) {
  @Field(() => PartyRole)
  role!: PartyRole;
}

@ObjectType({ description: 'The participants party to a partnership.' })
export class PartnershipPartyConnection extends ConnectionType(PartnershipPartyEdge, Participant) {}
