/** Arguments and inputs of the survey operations. */
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ConnectionArgs } from '../../core/connection';
import { DateTimeScalar } from '../../core/scalars';
import { OrderDirection } from '../../graphql/order-direction';
import { SurveyOrderField } from './survey.enums';

@InputType({ description: 'Filters combine with AND.' })
export class SurveyFilter {
  @Field(() => ID, { nullable: true, description: 'Only surveys of this partnership.' })
  partnership?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only surveys answered by this participant.' })
  participant?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'At or after this instant.' })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Strictly before this instant.' })
  before?: Date | null;
}

@InputType()
export class SurveyOrder {
  @Field(() => SurveyOrderField)
  field!: SurveyOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.DESC })
  direction: OrderDirection = OrderDirection.DESC;
}

@ArgsType()
export class SurveysArgs extends ConnectionArgs {
  @Field(() => SurveyFilter, { nullable: true })
  filter?: SurveyFilter | null;

  @Field(() => SurveyOrder, { nullable: true, description: 'Default: by `at`, newest first.' })
  orderBy?: SurveyOrder | null;
}

@InputType()
export class SurveyRecordInput {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => ID, { description: 'The respondent, a party of the partnership.' })
  participantId!: string;

  @Field(() => Int, { description: '0..10.' })
  score!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Default: now. Not in the future.' })
  at?: Date | null;

  @Field(() => String, { nullable: true, description: 'At most 2000 characters.' })
  comment?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key chosen by the client (8..200 characters). Retrying with the same key returns the survey recorded the first time.',
  })
  clientKey?: string | null;
}
