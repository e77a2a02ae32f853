/** The Committee object: a governance body whose team members oversee partnerships. */
import { Field, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../../core/connection';
import { toGlobalId } from '../../core/global-id';
import { Node } from '../../core/node';
import { DateTimeScalar } from '../../core/scalars';
import { CommitteeKind } from './team.enums';
import { COMMITTEE } from '../../model/nodes';
import { mappedNode } from '../../db/node-spec';

/** A committee as stored in Neo4j (plain values, see db/values.ts). */
export interface CommitteeRecord {
  id: string;
  name: string;
  kind: CommitteeKind;
  createdAt: Date;
  updatedAt: Date;
}

@ObjectType({ implements: Node, description: 'A governance committee (steering, advisory, ...).' })
export class Committee extends Node {
  /** The database id (UUID); not exposed, clients use the global `id`. */
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => CommitteeKind)
  kind!: CommitteeKind;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;

  static from(record: CommitteeRecord): Committee {
    return Object.assign(new Committee(), record, { key: record.id, id: toGlobalId('Committee', record.id) });
  }
}

@ObjectType()
export class CommitteeEdge extends EdgeType(Committee) {}

@ObjectType({ description: 'A page of committees.' })
export class CommitteeConnection extends ConnectionType(CommitteeEdge, Committee) {}

/** The Committee spec with its mapper: what loads through it comes back as Committee objects. */
export const COMMITTEE_NODE = mappedNode(COMMITTEE, Committee.from);
