/** Mutation payload: the compliance check (null when refused) and the userErrors. */
import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../../core/user-error';
import { ComplianceCheck } from './compliance-check.type';

@ObjectType()
export class ComplianceCheckRecordPayload {
  @Field(() => ComplianceCheck, { nullable: true })
  complianceCheck!: ComplianceCheck | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
