/** The Participant object: an organisation or person of the ecosystem. */
import { Field, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../../core/connection';
import { toGlobalId } from '../../core/global-id';
import { Node } from '../../core/node';
import { DateTimeScalar } from '../../core/scalars';
import { Partnership } from '../partnership/partnership.type';
import { PartyRole } from '../partnership/partnership.enums';
import { ParticipantKind, ParticipantStatus, ParticipantTier } from './participant.enums';
import { PARTICIPANT } from '../../model/nodes';
import { mappedNode } from '../../db/node-spec';

/** A participant as stored in Neo4j (plain values, see db/values.ts). */
export interface ParticipantRecord {
  id: string;
  name: string;
  kind: ParticipantKind;
  sector: string;
  region: string;
  tier: ParticipantTier;
  status: ParticipantStatus;
  joinedAt: Date;
  exitedAt: Date | null;
  externalId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

@ObjectType({ implements: Node, description: 'An organisation or person of the ecosystem.' })
export class Participant extends Node {
  /** The database id (UUID); not exposed, clients use the global `id`. */
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ParticipantKind)
  kind!: ParticipantKind;

  @Field(() => String, { description: 'Industry sector, e.g. "Healthcare AI".' })
  sector!: string;

  @Field(() => String, { description: 'Geographic region, e.g. "Europe".' })
  region!: string;

  @Field(() => ParticipantTier)
  tier!: ParticipantTier;

  @Field(() => ParticipantStatus)
  status!: ParticipantStatus;

  @Field(() => DateTimeScalar, { description: 'When the participant joined the ecosystem.' })
  joinedAt!: Date;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'When the participant exited (business time of the change to EXITED); null unless its status is EXITED.',
  })
  exitedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Id in an external system (CRM, import file).' })
  externalId!: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;

  static from(record: ParticipantRecord): Participant {
    return Object.assign(new Participant(), record, {
      key: record.id,
      id: toGlobalId('Participant', record.id),
      externalId: record.externalId ?? null,
      exitedAt: record.exitedAt ?? null,
    });
  }
}

@ObjectType()
export class ParticipantEdge extends EdgeType(Participant) {}

@ObjectType({ description: 'A page of participants.' })
export class ParticipantConnection extends ConnectionType(ParticipantEdge, Participant) {}

@ObjectType({ description: "A partnership seen from one of its parties, with that party's role." })
export class ParticipantPartnershipEdge extends EdgeType(Partnership) {
  @Field(() => PartyRole)
  role!: PartyRole;
}

@ObjectType({ description: 'The partnerships a participant is party to.' })
export class ParticipantPartnershipConnection extends ConnectionType(ParticipantPartnershipEdge, Partnership) {}

/** The Participant spec with its mapper: what loads through it comes back as Participant objects. */
export const PARTICIPANT_NODE = mappedNode(PARTICIPANT, Participant.from, {
  // The ego network starts from the whole participant: its own node is this record (exploration.resolver.ts).
  fields: { neighborhood: PARTICIPANT.properties },
});
