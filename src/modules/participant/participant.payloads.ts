/** Mutation payloads: the changed participant (null when refused) and the userErrors. */
import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../core/user-error';
import { Participant } from './participant.type';

@ObjectType()
export class ParticipantCreatePayload {
  @Field(() => Participant, { nullable: true })
  participant!: Participant | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class ParticipantUpdatePayload {
  @Field(() => Participant, { nullable: true })
  participant!: Participant | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
