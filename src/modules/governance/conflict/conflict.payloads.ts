/** Mutation payloads: the conflict (null when refused) and the userErrors. */
import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../../core/user-error';
import { Conflict } from './conflict.type';

@ObjectType()
export class ConflictOpenPayload {
  @Field(() => Conflict, { nullable: true })
  conflict!: Conflict | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class ConflictEscalatePayload {
  @Field(() => Conflict, { nullable: true })
  conflict!: Conflict | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class ConflictResolvePayload {
  @Field(() => Conflict, { nullable: true })
  conflict!: Conflict | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
