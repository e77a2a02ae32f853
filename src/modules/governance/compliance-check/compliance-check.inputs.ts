/** Arguments and inputs of the compliance-check operations. */
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ConnectionArgs } from '../../../core/connection';
import { DateTimeScalar } from '../../../core/scalars';
import { OrderDirection } from '../../../graphql/order-direction';
import { ComplianceCheckKind, ComplianceCheckOrderField, ComplianceCheckStatus } from './compliance-check.enums';

@InputType({ description: 'Filters combine with AND; list values within one filter combine with OR.' })
export class ComplianceCheckFilter {
  @Field(() => [ComplianceCheckKind], { nullable: true })
  kind?: ComplianceCheckKind[] | null;

  @Field(() => [ComplianceCheckStatus], { nullable: true })
  status?: ComplianceCheckStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only checks of this partnership.' })
  partnership?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only checks owned by this team member.' })
  owner?: string | null;
}

@InputType()
export class ComplianceCheckOrder {
  @Field(() => ComplianceCheckOrderField)
  field!: ComplianceCheckOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection = OrderDirection.ASC;
}

@ArgsType()
export class ComplianceChecksArgs extends ConnectionArgs {
  @Field(() => ComplianceCheckFilter, { nullable: true })
  filter?: ComplianceCheckFilter | null;

  @Field(() => ComplianceCheckOrder, { nullable: true, description: 'Default: most recent first.' })
  orderBy?: ComplianceCheckOrder | null;
}

@ArgsType()
export class PartnershipComplianceChecksArgs extends ConnectionArgs {
  @Field(() => [ComplianceCheckKind], { nullable: true })
  kind?: ComplianceCheckKind[] | null;

  @Field(() => [ComplianceCheckStatus], { nullable: true })
  status?: ComplianceCheckStatus[] | null;

  @Field(() => ComplianceCheckOrder, { nullable: true, description: 'Default: most recent first.' })
  orderBy?: ComplianceCheckOrder | null;
}

@InputType()
export class ComplianceCheckRecordInput {
  @Field(() => ID, { description: 'The partnership that was checked.' })
  partnershipId!: string;

  @Field(() => ComplianceCheckKind)
  kind!: ComplianceCheckKind;

  @Field(() => ComplianceCheckStatus)
  status!: ComplianceCheckStatus;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Default: now. Not in the future.' })
  checkedAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'The team member responsible for the check.' })
  ownerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Idempotency key (8..200 characters): a retry with the same key returns the first check.',
  })
  clientKey?: string | null;
}
