/** Arguments and inputs of the goal operations. */
import { ArgsType, Field, Float, ID, InputType } from 'type-graphql';
import { ConnectionArgs } from '../../core/connection';
import { DateTimeScalar } from '../../core/scalars';
import { OrderDirection } from '../../graphql/order-direction';
import { GoalHorizon, GoalMetric, GoalOrderField } from './goal.enums';

@InputType({ description: 'Filters combine with AND; list values within one filter combine with OR.' })
export class GoalFilter {
  @Field(() => [GoalHorizon], { nullable: true })
  horizon?: GoalHorizon[] | null;

  @Field(() => [GoalMetric], { nullable: true })
  metric?: GoalMetric[] | null;

  @Field(() => ID, { nullable: true, description: 'Only goals for this partnership.' })
  partnership?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only goals owned by this team member.' })
  owner?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Due at or after this instant.' })
  dueFrom?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Due strictly before this instant.' })
  dueBefore?: Date | null;
}

@InputType()
export class GoalOrder {
  @Field(() => GoalOrderField)
  field!: GoalOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection = OrderDirection.ASC;
}

@ArgsType()
export class GoalsArgs extends ConnectionArgs {
  @Field(() => GoalFilter, { nullable: true })
  filter?: GoalFilter | null;

  @Field(() => GoalOrder, { nullable: true, description: 'Default: by due date, soonest first.' })
  orderBy?: GoalOrder | null;
}

@ArgsType()
export class GoalProgressArgs extends ConnectionArgs {
  @Field(() => OrderDirection, {
    defaultValue: OrderDirection.ASC,
    description: 'By `at`: ASC = oldest first (a time series), DESC = latest first.',
  })
  direction: OrderDirection = OrderDirection.ASC;
}

@InputType()
export class GoalCreateInput {
  @Field(() => String, { description: '2..200 characters.' })
  title!: string;

  @Field(() => GoalHorizon)
  horizon!: GoalHorizon;

  @Field(() => GoalMetric)
  metric!: GoalMetric;

  @Field(() => Float, { description: 'Greater than 0 (at most 10 for SATISFACTION).' })
  target!: number;

  @Field(() => DateTimeScalar, { description: 'The deadline; may be in the future.' })
  due!: Date;

  @Field(() => ID, {
    nullable: true,
    description: 'The partnership the goal is for; omit for an ecosystem goal (ACTIVE_PARTNERSHIPS needs that).',
  })
  partnershipId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The team member accountable for the goal.' })
  ownerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key chosen by the client (8..200 characters). Retrying with the same key returns the goal made the first time.',
  })
  clientKey?: string | null;
}

@InputType()
export class GoalUpdateProgressInput {
  @Field(() => ID)
  goalId!: string;

  @Field(() => Float, { description: 'The metric now: 0 or more (at most 10 for SATISFACTION). Becomes `actual`.' })
  value!: number;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it was measured. Default: now. Not in the future, not before the latest progress entry.',
  })
  at?: Date | null;

  @Field(() => String, { nullable: true, description: 'At most 1000 characters.' })
  note?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key chosen by the client (8..200 characters). Retrying with the same key returns the entry made the first time.',
  })
  clientKey?: string | null;
}

@InputType({
  description:
    'An amount to add to a cumulative goal (VALUE, ENGAGEMENT, INITIATIVES, ACTIVE_PARTNERSHIPS): the server adds it to `actual` under the goal’s write lock, so concurrent additions are never lost.',
})
export class GoalAddProgressInput {
  @Field(() => ID)
  goalId!: string;

  @Field(() => Float, { description: 'Greater than 0, in the metric’s unit.' })
  amount!: number;

  @Field(() => String, { nullable: true, description: 'At most 1000 characters.' })
  note?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key chosen by the client (8..200 characters). Retrying with the same key returns the entry made the first time (the amount is added once).',
  })
  clientKey?: string | null;
}
