/** Mutation payload: the decision (null when refused) and the userErrors. */
import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../../core/user-error';
import { Decision } from './decision.type';

@ObjectType()
export class DecisionRecordPayload {
  @Field(() => Decision, { nullable: true })
  decision!: Decision | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
