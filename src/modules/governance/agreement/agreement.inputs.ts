/** Arguments and inputs of the agreement operations. */
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ConnectionArgs } from '../../../core/connection';
import { DateTimeScalar } from '../../../core/scalars';
import { OrderDirection } from '../../../graphql/order-direction';
import { AgreementKind, AgreementOrderField, AgreementStatus, AgreementStatusChange } from './agreement.enums';

@InputType({ description: 'Filters combine with AND; list values within one filter combine with OR.' })
export class AgreementFilter {
  @Field(() => [AgreementKind], { nullable: true })
  kind?: AgreementKind[] | null;

  @Field(() => [AgreementStatus], { nullable: true })
  status?: AgreementStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only agreements concerning this partnership.' })
  partnership?: string | null;
}

@InputType()
export class AgreementOrder {
  @Field(() => AgreementOrderField)
  field!: AgreementOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection = OrderDirection.ASC;
}

@ArgsType()
export class AgreementsArgs extends ConnectionArgs {
  @Field(() => AgreementFilter, { nullable: true })
  filter?: AgreementFilter | null;

  @Field(() => AgreementOrder, { nullable: true, description: 'Default: newest first.' })
  orderBy?: AgreementOrder | null;
}

@ArgsType()
export class PartnershipAgreementsArgs extends ConnectionArgs {
  @Field(() => [AgreementKind], { nullable: true })
  kind?: AgreementKind[] | null;

  @Field(() => [AgreementStatus], { nullable: true })
  status?: AgreementStatus[] | null;

  @Field(() => AgreementOrder, { nullable: true, description: 'Default: newest first.' })
  orderBy?: AgreementOrder | null;
}

@InputType()
export class AgreementCreateInput {
  @Field(() => ID, { description: 'The partnership the agreement concerns.' })
  partnershipId!: string;

  @Field(() => String, { description: '3..200 characters.' })
  title!: string;

  @Field(() => AgreementKind)
  kind!: AgreementKind;

  @Field(() => AgreementStatus, {
    defaultValue: AgreementStatus.DRAFT,
    description: 'DRAFT or NEGOTIATING; an agreement becomes EXECUTED through agreementExecute.',
  })
  status: AgreementStatus = AgreementStatus.DRAFT;

  @Field(() => DateTimeScalar, { nullable: true, description: 'End of the planned term; may be in the future.' })
  expiresAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Idempotency key (8..200 characters): a retry with the same key returns the first agreement.',
  })
  clientKey?: string | null;
}

@InputType()
export class AgreementExecuteInput {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Default: now. Not in the future.' })
  signedAt?: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'End of the term, not before signedAt. Default: keep the one set at creation.',
  })
  expiresAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key (8..200 characters): a retry with the same key and input answers what the first call did, without doing it again.',
  })
  clientKey?: string | null;
}

@InputType()
export class AgreementUpdateStatusInput {
  @Field(() => ID)
  id!: string;

  @Field(() => AgreementStatusChange)
  status!: AgreementStatusChange;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'Only with EXPIRED: when it expired (not in the future, not before signedAt). Default: the stored expiresAt when already past, else now.',
  })
  expiresAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key (8..200 characters): a retry with the same key and input answers what the first call did, without doing it again.',
  })
  clientKey?: string | null;
}
