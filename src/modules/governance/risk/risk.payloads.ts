/** Mutation payloads: the risk (null when refused) and the userErrors. */
import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../../core/user-error';
import { Risk } from './risk.type';

@ObjectType()
export class RiskRaisePayload {
  @Field(() => Risk, { nullable: true })
  risk!: Risk | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class RiskUpdatePayload {
  @Field(() => Risk, { nullable: true })
  risk!: Risk | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
