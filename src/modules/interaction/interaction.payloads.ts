/** Mutation payloads: the recorded interaction (null when refused) and the userErrors. */
import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../core/user-error';
import { Interaction } from './interaction.type';

@ObjectType()
export class InteractionRecordPayload {
  @Field(() => Interaction, { nullable: true })
  interaction!: Interaction | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class InteractionCorrectPayload {
  @Field(() => Interaction, { nullable: true, description: 'The new, corrected interaction.' })
  interaction!: Interaction | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
