/** The TeamMember object: a person of the partnership team who owns partnerships and goals. */
import { Field, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../../core/connection';
import { toGlobalId } from '../../core/global-id';
import { Node } from '../../core/node';
import { DateTimeScalar } from '../../core/scalars';
import { TeamRole } from './team.enums';
import { TEAM_MEMBER } from '../../model/nodes';
import { mappedNode } from '../../db/node-spec';

/** A team member as stored in Neo4j (plain values, see db/values.ts). */
export interface TeamMemberRecord {
  id: string;
  name: string;
  role: TeamRole;
  email: string;
  createdAt: Date;
  updatedAt: Date;
}

@ObjectType({ implements: Node, description: 'A member of the partnership team.' })
export class TeamMember extends Node {
  /** The database id (UUID); not exposed, clients use the global `id`. */
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => TeamRole)
  role!: TeamRole;

  @Field(() => String, { description: 'Unique; identifies the member (e.g. StageChange.by).' })
  email!: string;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;

  static from(record: TeamMemberRecord): TeamMember {
    return Object.assign(new TeamMember(), record, { key: record.id, id: toGlobalId('TeamMember', record.id) });
  }
}

@ObjectType()
export class TeamMemberEdge extends EdgeType(TeamMember) {}

@ObjectType({ description: 'A page of team members.' })
export class TeamMemberConnection extends ConnectionType(TeamMemberEdge, TeamMember) {}

/** The TeamMember spec with its mapper: what loads through it comes back as TeamMember objects. */
export const TEAM_MEMBER_NODE = mappedNode(TEAM_MEMBER, TeamMember.from);
