/** Mutation payloads: the recorded value flow (null when refused) and the userErrors. */
import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../core/user-error';
import { ValueFlow } from './value-flow.type';

@ObjectType()
export class ValueFlowRecordPayload {
  @Field(() => ValueFlow, { nullable: true })
  valueFlow!: ValueFlow | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class ValueFlowCorrectPayload {
  @Field(() => ValueFlow, { nullable: true, description: 'The new, corrected value flow.' })
  valueFlow!: ValueFlow | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
