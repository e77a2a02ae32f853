/** Arguments and inputs of the value-flow operations. */
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ConnectionArgs } from '../../core/connection';
import { DateTimeScalar } from '../../core/scalars';
import { OrderDirection } from '../../graphql/order-direction';
import { MoneyInput } from './money';
import { ValueFlowDirection, ValueFlowKind, ValueFlowOrderField } from './value-flow.enums';

@InputType({ description: 'Filters combine with AND; list values within one filter combine with OR.' })
export class ValueFlowFilter {
  @Field(() => [ValueFlowKind], { nullable: true })
  kind?: ValueFlowKind[] | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'At or after this instant.' })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Strictly before this instant.' })
  before?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Only flows tagged with this partnership.' })
  partnership?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only flows from or to this participant.' })
  participant?: string | null;
}

@InputType()
export class ValueFlowOrder {
  @Field(() => ValueFlowOrderField)
  field!: ValueFlowOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.DESC })
  direction: OrderDirection = OrderDirection.DESC;
}

@ArgsType()
export class ValueFlowsArgs extends ConnectionArgs {
  @Field(() => ValueFlowFilter, { nullable: true })
  filter?: ValueFlowFilter | null;

  @Field(() => ValueFlowOrder, { nullable: true, description: 'Default: by `at`, newest first.' })
  orderBy?: ValueFlowOrder | null;
}

@ArgsType()
export class ParticipantValueFlowsArgs extends ValueFlowsArgs {
  @Field(() => ValueFlowDirection, { defaultValue: ValueFlowDirection.BOTH })
  direction: ValueFlowDirection = ValueFlowDirection.BOTH;
}

@InputType()
export class ValueFlowRecordInput {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => ID, { description: 'The party the value comes from.' })
  fromId!: string;

  @Field(() => ID, { description: 'The party the value goes to (another party than `fromId`).' })
  toId!: string;

  @Field(() => ValueFlowKind)
  kind!: ValueFlowKind;

  @Field(() => MoneyInput, { description: 'Amount > 0 and ≤ 1e12.' })
  amount!: MoneyInput;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Default: now. Not in the future.' })
  at?: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key chosen by the client (8..200 characters). Retrying with the same key returns the flow recorded the first time.',
  })
  clientKey?: string | null;
}

@InputType({
  description:
    'Records a corrected copy of a value flow between the same parties: the fields given replace the old values, the others are copied.',
})
export class ValueFlowCorrectInput {
  @Field(() => ID, { description: 'The flow to correct (the latest of its corrections).' })
  id!: string;

  @Field(() => MoneyInput, { nullable: true })
  amount?: MoneyInput | null;

  @Field(() => ValueFlowKind, { nullable: true })
  kind?: ValueFlowKind | null;

  @Field(() => DateTimeScalar, { nullable: true })
  at?: Date | null;

  @Field(() => String, { description: 'Why the record is corrected, 3..500 characters.' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'Idempotency key (8..200 characters).' })
  clientKey?: string | null;
}
