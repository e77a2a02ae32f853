/** The Conflict object: a dispute within one partnership, from opening to resolution. */
import { Field, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../../../core/connection';
import { toGlobalId } from '../../../core/global-id';
import { Node } from '../../../core/node';
import { DateTimeScalar } from '../../../core/scalars';
import { ConflictStatus } from './conflict.enums';
import { CONFLICT } from '../../../model/nodes';
import { mappedNode } from '../../../db/node-spec';

export interface ConflictRecord {
  id: string;
  title: string;
  status: ConflictStatus;
  openedAt: Date;
  resolvedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

@ObjectType({ implements: Node, description: 'A dispute within one partnership.' })
export class Conflict extends Node {
  /** The database id (UUID); not exposed, clients use the global `id`. */
  key!: string;

  @Field(() => String)
  title!: string;

  @Field(() => ConflictStatus)
  status!: ConflictStatus;

  @Field(() => DateTimeScalar)
  openedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Set once RESOLVED.' })
  resolvedAt!: Date | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;

  static from(record: ConflictRecord): Conflict {
    return Object.assign(new Conflict(), record, {
      key: record.id,
      id: toGlobalId('Conflict', record.id),
      resolvedAt: record.resolvedAt ?? null,
    });
  }
}

@ObjectType()
export class ConflictEdge extends EdgeType(Conflict) {}

@ObjectType({ description: 'A page of conflicts.' })
export class ConflictConnection extends ConnectionType(ConflictEdge, Conflict) {}

/** The Conflict spec with its mapper: what loads through it comes back as Conflict objects. */
export const CONFLICT_NODE = mappedNode(CONFLICT, Conflict.from);
