/** Mutation payloads: the policy (null when refused) and the userErrors. */
import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../../core/user-error';
import { Policy } from './policy.type';

@ObjectType()
export class PolicyCreatePayload {
  @Field(() => Policy, { nullable: true })
  policy!: Policy | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class PolicyApplyPayload {
  @Field(() => Policy, { nullable: true })
  policy!: Policy | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
