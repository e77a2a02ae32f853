/** Arguments and inputs of the decision operations. */
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ConnectionArgs } from '../../../core/connection';
import { DateTimeScalar } from '../../../core/scalars';
import { OrderDirection } from '../../../graphql/order-direction';
import { DecisionOrderField, DecisionOutcome } from './decision.enums';

@InputType({ description: 'Filters combine with AND; list values within one filter combine with OR.' })
export class DecisionFilter {
  @Field(() => [DecisionOutcome], { nullable: true })
  outcome?: DecisionOutcome[] | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Decided at or after this instant.' })
  decidedFrom?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Decided strictly before this instant.' })
  decidedBefore?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Only decisions concerning this partnership.' })
  partnership?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only decisions owned by this team member.' })
  owner?: string | null;
}

@InputType()
export class DecisionOrder {
  @Field(() => DecisionOrderField)
  field!: DecisionOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection = OrderDirection.ASC;
}

@ArgsType()
export class DecisionsArgs extends ConnectionArgs {
  @Field(() => DecisionFilter, { nullable: true })
  filter?: DecisionFilter | null;

  @Field(() => DecisionOrder, { nullable: true, description: 'Default: most recent first.' })
  orderBy?: DecisionOrder | null;
}

@ArgsType()
export class PartnershipDecisionsArgs extends ConnectionArgs {
  @Field(() => [DecisionOutcome], { nullable: true })
  outcome?: DecisionOutcome[] | null;

  @Field(() => DecisionOrder, { nullable: true, description: 'Default: most recent first.' })
  orderBy?: DecisionOrder | null;
}

@InputType()
export class DecisionRecordInput {
  @Field(() => ID, { description: 'The partnership the decision concerns.' })
  partnershipId!: string;

  @Field(() => String, { description: '3..200 characters.' })
  title!: string;

  @Field(() => DecisionOutcome)
  outcome!: DecisionOutcome;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Default: now. Not in the future.' })
  decidedAt?: Date | null;

  @Field(() => String, { description: '1..4000 characters.' })
  rationale!: string;

  @Field(() => ID, { nullable: true, description: 'The team member accountable for the decision.' })
  ownerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Idempotency key (8..200 characters): a retry with the same key returns the first decision.',
  })
  clientKey?: string | null;
}
