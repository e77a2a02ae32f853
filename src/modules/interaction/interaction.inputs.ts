/** Arguments and inputs of the interaction operations. */
import { ArgsType, Field, Float, ID, InputType } from 'type-graphql';
import { ConnectionArgs } from '../../core/connection';
import { DateTimeScalar } from '../../core/scalars';
import { OrderDirection } from '../../graphql/order-direction';
import { InteractionKind, InteractionOrderField } from './interaction.enums';

@InputType({ description: 'Filters combine with AND; list values within one filter combine with OR.' })
export class InteractionFilter {
  @Field(() => [InteractionKind], { nullable: true })
  kind?: InteractionKind[] | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'At or after this instant.' })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Strictly before this instant.' })
  before?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Only interactions within this partnership.' })
  partnership?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only interactions this participant engaged in.' })
  participant?: string | null;
}

@InputType()
export class InteractionOrder {
  @Field(() => InteractionOrderField)
  field!: InteractionOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.DESC })
  direction: OrderDirection = OrderDirection.DESC;
}

@ArgsType()
export class InteractionsArgs extends ConnectionArgs {
  @Field(() => InteractionFilter, { nullable: true })
  filter?: InteractionFilter | null;

  @Field(() => InteractionOrder, { nullable: true, description: 'Default: by `at`, newest first.' })
  orderBy?: InteractionOrder | null;
}

@InputType()
export class InteractionRecordInput {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => [ID], { description: '1..10 participants, each a party of the partnership.' })
  participantIds!: string[];

  @Field(() => InteractionKind)
  kind!: InteractionKind;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Default: now. Not in the future.' })
  at?: Date | null;

  @Field(() => Float, { defaultValue: 1, description: '0 < weight ≤ 5.' })
  weight: number = 1;

  @Field(() => String, { nullable: true, description: 'At most 2000 characters.' })
  note?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key chosen by the client (8..200 characters). Retrying with the same key returns the interaction recorded the first time.',
  })
  clientKey?: string | null;
}

@InputType({
  description:
    'Records a corrected copy of an interaction: the fields given replace the old values, the others are copied. The original is kept (hidden from lists) and points to its correction.',
})
export class InteractionCorrectInput {
  @Field(() => ID, { description: 'The interaction to correct (the latest of its corrections).' })
  id!: string;

  @Field(() => InteractionKind, { nullable: true })
  kind?: InteractionKind | null;

  @Field(() => DateTimeScalar, { nullable: true })
  at?: Date | null;

  @Field(() => Float, { nullable: true })
  weight?: number | null;

  @Field(() => String, { nullable: true, description: 'Set to null to remove the note.' })
  note?: string | null;

  @Field(() => String, { description: 'Why the record is corrected, 3..500 characters.' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'Idempotency key (8..200 characters).' })
  clientKey?: string | null;
}
