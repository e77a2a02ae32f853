/** The Initiative object: innovation and research collaboration between participants. */
import { Field, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../../core/connection';
import { toGlobalId } from '../../core/global-id';
import { Node } from '../../core/node';
import { DateTimeScalar } from '../../core/scalars';
import { Participant } from '../participant/participant.type';
import { ContributorRole, InitiativeKind, InitiativeStatus } from './initiative.enums';
import { INITIATIVE } from '../../model/nodes';
import { mappedNode } from '../../db/node-spec';

/** An initiative as stored in Neo4j (plain values, see db/values.ts). */
export interface InitiativeRecord {
  id: string;
  name: string;
  kind: InitiativeKind;
  status: InitiativeStatus;
  startsAt: Date;
  endsAt: Date;
  createdAt: Date;
  updatedAt: Date;
}

@ObjectType({ implements: Node, description: 'A joint project, lab, challenge, publication... of participants.' })
export class Initiative extends Node {
  /** The database id (UUID); not exposed, clients use the global `id`. */
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => InitiativeKind)
  kind!: InitiativeKind;

  @Field(() => InitiativeStatus)
  status!: InitiativeStatus;

  @Field(() => DateTimeScalar)
  startsAt!: Date;

  @Field(() => DateTimeScalar, { description: 'Not before `startsAt`.' })
  endsAt!: Date;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;

  static from(record: InitiativeRecord): Initiative {
    return Object.assign(new Initiative(), record, { key: record.id, id: toGlobalId('Initiative', record.id) });
  }
}

@ObjectType()
export class InitiativeEdge extends EdgeType(Initiative) {}

@ObjectType({ description: 'A page of initiatives.' })
export class InitiativeConnection extends ConnectionType(InitiativeEdge, Initiative) {}

@ObjectType({ description: 'A contributor of an initiative, with its role in it.' })
export class InitiativeContributorEdge extends EdgeType(Participant) {
  @Field(() => ContributorRole)
  role!: ContributorRole;
}

@ObjectType({ description: 'The participants contributing to an initiative.' })
export class InitiativeContributorConnection extends ConnectionType(InitiativeContributorEdge, Participant) {}

@ObjectType({ description: "An initiative seen from one of its contributors, with that contributor's role." })
export class ParticipantInitiativeEdge extends EdgeType(Initiative) {
  @Field(() => ContributorRole)
  role!: ContributorRole;
}

@ObjectType({ description: 'The initiatives a participant contributes to.' })
export class ParticipantInitiativeConnection extends ConnectionType(ParticipantInitiativeEdge, Initiative) {}

/** The Initiative spec with its mapper: what loads through it comes back as Initiative objects. */
export const INITIATIVE_NODE = mappedNode(INITIATIVE, Initiative.from);
