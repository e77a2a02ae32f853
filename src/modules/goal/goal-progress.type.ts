/** GoalProgress: one measurement of a goal's metric, appended by goalUpdateProgress. */
import { Field, Float, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../../core/connection';
import { toGlobalId } from '../../core/global-id';
import { Node } from '../../core/node';
import { DateTimeScalar } from '../../core/scalars';
import { GOAL_PROGRESS } from '../../model/nodes';
import { mappedNode } from '../../db/node-spec';
import { InUnitOfObject } from '../../auth/derivation';

export interface GoalProgressRecord {
  id: string;
  at: Date;
  value: number;
  note: string | null;
  createdAt: Date;
  updatedAt: Date;
}

@ObjectType({ implements: Node, description: "A measurement of a goal's metric at one instant." })
export class GoalProgress extends Node {
  /** The database id (UUID); not exposed, clients use the global `id`. */
  key!: string;

  @Field(() => DateTimeScalar, { description: 'When the value was measured.' })
  at!: Date;

  @InUnitOfObject()
  @Field(() => Float, {
    nullable: true,
    description:
      "The metric at `at`: cumulative since the goal was set (a mean for satisfaction). Null, with a FORBIDDEN error, for a VALUE goal's entry when the role may not read money.",
  })
  value!: number;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;

  static from(record: GoalProgressRecord): GoalProgress {
    return Object.assign(new GoalProgress(), record, {
      key: record.id,
      id: toGlobalId('GoalProgress', record.id),
      note: record.note ?? null,
    });
  }
}

@ObjectType()
export class GoalProgressEdge extends EdgeType(GoalProgress) {}

@ObjectType({ description: "A page of a goal's progress entries." })
export class GoalProgressConnection extends ConnectionType(GoalProgressEdge, GoalProgress) {}

/** The GoalProgress spec with its mapper: what loads through it comes back as GoalProgress objects. */
export const GOAL_PROGRESS_NODE = mappedNode(GOAL_PROGRESS, GoalProgress.from);
