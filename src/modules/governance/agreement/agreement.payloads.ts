/** Mutation payloads: the agreement (null when refused) and the userErrors. */
import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../../core/user-error';
import { Agreement } from './agreement.type';

@ObjectType()
export class AgreementCreatePayload {
  @Field(() => Agreement, { nullable: true })
  agreement!: Agreement | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class AgreementExecutePayload {
  @Field(() => Agreement, { nullable: true })
  agreement!: Agreement | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class AgreementUpdateStatusPayload {
  @Field(() => Agreement, { nullable: true })
  agreement!: Agreement | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
