/** Mutation payloads: the changed objects (null when refused) and the userErrors. */
import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../core/user-error';
import { Participant } from '../participant/participant.type';
import { Initiative } from './initiative.type';

@ObjectType()
export class InitiativeCreatePayload {
  @Field(() => Initiative, { nullable: true })
  initiative!: Initiative | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class InitiativeAddContributorPayload {
  @Field(() => Initiative, { nullable: true })
  initiative!: Initiative | null;

  @Field(() => Participant, { nullable: true })
  contributor!: Participant | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class InitiativeUpdateStatusPayload {
  @Field(() => Initiative, { nullable: true })
  initiative!: Initiative | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
