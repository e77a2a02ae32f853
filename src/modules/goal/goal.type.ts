/** The Goal object: a roadmap / KPI target for the ecosystem or one partnership. */
import { Ctx, Field, Float, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../../core/connection';
import { toGlobalId } from '../../core/global-id';
import { Node } from '../../core/node';
import { DateTimeScalar } from '../../core/scalars';
import type { RequestContext } from '../../context/context';
import { requestNow } from '../../context/context';
import { GoalHorizon, GoalMetric, GoalStatus } from './goal.enums';
import { goalAttainment, goalStatus } from './goal.status';
import { GOAL } from '../../model/nodes';
import { mappedNode } from '../../db/node-spec';
import { InUnitOfObject, moneyWhen, withBasis, type Basis } from '../../auth/derivation';

/** A goal as stored in Neo4j (plain values, see db/values.ts). */
export interface GoalRecord {
  id: string;
  title: string;
  horizon: GoalHorizon;
  metric: GoalMetric;
  target: number;
  actual: number | null;
  due: Date;
  createdAt: Date;
  updatedAt: Date;
}

@ObjectType({ implements: Node, description: 'A target for the ecosystem (no partnership) or for one partnership.' })
export class Goal extends Node {
  /** The database id (UUID); not exposed, clients use the global `id`. */
  key!: string;

  @Field(() => String)
  title!: string;

  @Field(() => GoalHorizon)
  horizon!: GoalHorizon;

  @Field(() => GoalMetric)
  metric!: GoalMetric;

  @InUnitOfObject()
  @Field(() => Float, {
    nullable: true,
    description:
      'The value to reach, in the unit of `metric`. Null, with a FORBIDDEN error, for a VALUE goal when the role may not read money.',
  })
  target!: number;

  @InUnitOfObject()
  @Field(() => Float, {
    nullable: true,
    description:
      'The latest measured value (the latest progress entry); 0 before any. Null, with a FORBIDDEN error, for a VALUE goal when the role may not read money.',
  })
  actual!: number;

  @Field(() => DateTimeScalar)
  due!: Date;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;

  @InUnitOfObject()
  @Field(() => Float, {
    nullable: true,
    description: 'actual / target (1 = met); null when the ratio is not a finite number (e.g. a target of 0).',
  })
  attainment(): number | null {
    return goalAttainment(this);
  }

  @Field(() => GoalStatus, { description: 'MET, OVERDUE or ON_TRACK, derived at read time (see GoalStatus).' })
  status(@Ctx() ctx: RequestContext): GoalStatus {
    return goalStatus(this, requestNow(ctx));
  }

  /** What its figures are derived from: a VALUE goal's target, actual and progress are money. */
  basis(): readonly Basis[] {
    return moneyWhen(this.metric === GoalMetric.VALUE);
  }

  static from(record: GoalRecord): Goal {
    const goal = Object.assign(new Goal(), record, {
      key: record.id,
      id: toGlobalId('Goal', record.id),
      actual: record.actual ?? 0,
    });
    return withBasis(goal, goal.basis());
  }
}

@ObjectType()
export class GoalEdge extends EdgeType(Goal) {}

@ObjectType({ description: 'A page of goals.' })
export class GoalConnection extends ConnectionType(GoalEdge, Goal) {}

/** The Goal spec with its mapper: what loads through it comes back as Goal objects. */
export const GOAL_NODE = mappedNode(GOAL, Goal.from, {
  // The basis (money for a VALUE goal) rides on every goal object: the guard needs it.
  always: ['metric'],
  fields: { attainment: ['target', 'actual'], status: ['target', 'actual', 'due'] },
});
