/** Mutation payloads: the changed objects (null when refused) and the userErrors. */
import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../core/user-error';
import { GoalProgress } from './goal-progress.type';
import { Goal } from './goal.type';

@ObjectType()
export class GoalCreatePayload {
  @Field(() => Goal, { nullable: true })
  goal!: Goal | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class GoalUpdateProgressPayload {
  @Field(() => Goal, { nullable: true, description: 'The goal with its new `actual`.' })
  goal!: Goal | null;

  @Field(() => GoalProgress, { nullable: true, description: 'The progress entry appended.' })
  progress!: GoalProgress | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class GoalAddProgressPayload {
  @Field(() => Goal, { nullable: true, description: 'The goal with its new `actual`.' })
  goal!: Goal | null;

  @Field(() => GoalProgress, { nullable: true, description: 'The progress entry appended (its value: the new total).' })
  progress!: GoalProgress | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
