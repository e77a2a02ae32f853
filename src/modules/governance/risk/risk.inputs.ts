/** Arguments and inputs of the risk operations. */
import { ArgsType, Field, Float, ID, InputType } from 'type-graphql';
import { ConnectionArgs } from '../../../core/connection';
import { DateTimeScalar } from '../../../core/scalars';
import { OrderDirection } from '../../../graphql/order-direction';
import { RiskCategory, RiskOrderField, RiskSeverity, RiskStatus } from './risk.enums';

@InputType({ description: 'Filters combine with AND; list values within one filter combine with OR.' })
export class RiskFilter {
  @Field(() => [RiskCategory], { nullable: true })
  category?: RiskCategory[] | null;

  @Field(() => [RiskSeverity], { nullable: true })
  severity?: RiskSeverity[] | null;

  @Field(() => [RiskStatus], { nullable: true })
  status?: RiskStatus[] | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Due strictly before this instant.' })
  dueBefore?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Raised at or after this instant.' })
  raisedFrom?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Only risks concerning this partnership.' })
  partnership?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only risks owned by this team member.' })
  owner?: string | null;
}

@InputType()
export class RiskOrder {
  @Field(() => RiskOrderField)
  field!: RiskOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection = OrderDirection.ASC;
}

@ArgsType()
export class RisksArgs extends ConnectionArgs {
  @Field(() => RiskFilter, { nullable: true })
  filter?: RiskFilter | null;

  @Field(() => RiskOrder, { nullable: true, description: 'Default: most recently raised first.' })
  orderBy?: RiskOrder | null;
}

@ArgsType()
export class PartnershipRisksArgs extends ConnectionArgs {
  @Field(() => [RiskStatus], { nullable: true })
  status?: RiskStatus[] | null;

  @Field(() => [RiskSeverity], { nullable: true })
  severity?: RiskSeverity[] | null;

  @Field(() => [RiskCategory], { nullable: true })
  category?: RiskCategory[] | null;

  @Field(() => RiskOrder, { nullable: true, description: 'Default: most recently raised first.' })
  orderBy?: RiskOrder | null;
}

@InputType()
export class RiskRaiseInput {
  @Field(() => ID, { description: 'The partnership the risk concerns.' })
  partnershipId!: string;

  @Field(() => String, { description: '3..200 characters.' })
  title!: string;

  @Field(() => RiskCategory)
  category!: RiskCategory;

  @Field(() => RiskSeverity)
  severity!: RiskSeverity;

  @Field(() => Float, { description: '0..1.' })
  likelihood!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Default: now. Not in the future.' })
  raisedAt?: Date | null;

  @Field(() => DateTimeScalar, { description: 'Not before raisedAt.' })
  dueAt!: Date;

  @Field(() => ID, { nullable: true, description: 'The team member who owns the risk.' })
  ownerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Idempotency key (8..200 characters): a retry with the same key returns the first risk.',
  })
  clientKey?: string | null;
}

@InputType({ description: 'Only the fields given are changed; a CLOSED risk cannot be changed.' })
export class RiskUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => RiskSeverity, { nullable: true })
  severity?: RiskSeverity | null;

  @Field(() => Float, { nullable: true, description: '0..1.' })
  likelihood?: number | null;

  @Field(() => RiskStatus, { nullable: true, description: 'OPEN ⇄ MITIGATING, either → CLOSED.' })
  status?: RiskStatus | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Not before raisedAt.' })
  dueAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key (8..200 characters): a retry with the same key and input answers what the first call did, without doing it again.',
  })
  clientKey?: string | null;
}
