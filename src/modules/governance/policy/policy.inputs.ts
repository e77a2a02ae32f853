/** Arguments and inputs of the policy operations. */
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ConnectionArgs } from '../../../core/connection';
import { DateTimeScalar } from '../../../core/scalars';
import { OrderDirection } from '../../../graphql/order-direction';
import { PartnershipStage } from '../../partnership/partnership.enums';
import { PolicyArea, PolicyOrderField, PolicyStatus } from './policy.enums';

@InputType({ description: 'Filters combine with AND; list values within one filter combine with OR.' })
export class PolicyFilter {
  @Field(() => [PolicyArea], { nullable: true })
  area?: PolicyArea[] | null;

  @Field(() => [PolicyStatus], { nullable: true })
  status?: PolicyStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only policies applying to this partnership.' })
  partnership?: string | null;
}

@InputType()
export class PolicyOrder {
  @Field(() => PolicyOrderField)
  field!: PolicyOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection = OrderDirection.ASC;
}

@ArgsType()
export class PoliciesArgs extends ConnectionArgs {
  @Field(() => PolicyFilter, { nullable: true })
  filter?: PolicyFilter | null;

  @Field(() => PolicyOrder, { nullable: true, description: 'Default: by title.' })
  orderBy?: PolicyOrder | null;
}

@ArgsType()
export class PartnershipPoliciesArgs extends ConnectionArgs {
  @Field(() => [PolicyArea], { nullable: true })
  area?: PolicyArea[] | null;

  @Field(() => [PolicyStatus], { nullable: true })
  status?: PolicyStatus[] | null;

  @Field(() => PolicyOrder, { nullable: true, description: 'Default: by title.' })
  orderBy?: PolicyOrder | null;
}

@ArgsType()
export class PolicyPartnershipsArgs extends ConnectionArgs {
  @Field(() => [PartnershipStage], { nullable: true })
  stage?: PartnershipStage[] | null;
}

@InputType()
export class PolicyCreateInput {
  @Field(() => String, { description: '3..200 characters.' })
  title!: string;

  @Field(() => PolicyArea)
  area!: PolicyArea;

  @Field(() => PolicyStatus, { defaultValue: PolicyStatus.DRAFT })
  status: PolicyStatus = PolicyStatus.DRAFT;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Default: now. Only a DRAFT may take effect in the future.',
  })
  effectiveAt?: Date | null;

  @Field(() => [ID], { nullable: true, description: 'Partnerships it applies to from the start (at most 100).' })
  partnershipIds?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Idempotency key (8..200 characters): a retry with the same key returns the first policy.',
  })
  clientKey?: string | null;
}

@InputType()
export class PolicyApplyInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The partnership the policy now applies to. Applying twice changes nothing.' })
  partnershipId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key (8..200 characters): a retry with the same key and input answers what the first call did, without doing it again.',
  })
  clientKey?: string | null;
}
