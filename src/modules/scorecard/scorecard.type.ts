/** The partnership scorecard: each figure with the raw numbers behind it. */
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../core/scalars';
import { Initiative } from '../initiative/initiative.type';
import { Participant } from '../participant/participant.type';
import { PartnershipStage } from '../partnership/partnership.enums';
import { EngagementMeasure } from './engagement.type';
import { RiskFlagKind } from './scorecard.rules';
import { KpiWindow } from './window.type';
import { DerivedFrom } from '../../auth/derivation';

registerEnumType(RiskFlagKind, {
  name: 'RiskFlagKind',
  description: 'A governance warning on a partnership.',
  valuesConfig: {
    HIGH_RISK: { description: 'Risks of severity HIGH or CRITICAL that are not CLOSED.' },
    OPEN_CONFLICT: { description: 'Conflicts OPEN or ESCALATED.' },
    OVERDUE_GOAL: { description: 'Goals past their due date and not met.' },
    EXPIRING_AGREEMENT: { description: 'EXECUTED agreements expiring within 30 days.' },
  },
});

/** The reporting currency every amount is assumed to be in. */
export const REPORTING_CURRENCY = 'USD';

@ObjectType({
  description: 'Value exchanged under the partnership: flows tagged with it, both directions, COST excluded.',
})
@DerivedFrom('MONEY')
export class ScorecardValue {
  @Field(() => Float, { description: 'Summed amount of the non-COST flows in the window.' })
  amount!: number;

  @Field(() => String, { description: 'Reporting currency; amounts are assumed to be in it (not converted).' })
  currency!: string;

  @Field(() => Int, { description: 'Flows summed.' })
  flows!: number;
}

@ObjectType({ description: 'Return on cost: (value − cost) / cost.' })
@DerivedFrom('MONEY')
export class ScorecardRoi {
  @Field(() => Float, { nullable: true, description: 'Null when no cost was recorded in the window.' })
  ratio!: number | null;

  @Field(() => Float)
  value!: number;

  @Field(() => Float, { description: 'Summed COST flows in the window.' })
  cost!: number;

  @Field(() => Int)
  costFlows!: number;
}

@ObjectType({ description: 'A rater’s latest survey of the partnership up to the window end.' })
export class PartySatisfaction {
  @Field(() => Participant)
  participant!: Participant;

  @Field(() => Int, { description: '0..10.' })
  score!: number;

  @Field(() => DateTimeScalar)
  at!: Date;
}

@ObjectType({ description: 'Mean of the latest survey per rating participant, up to the window end.' })
export class ScorecardSatisfaction {
  @Field(() => Float, { nullable: true, description: '0..10; null without any survey.' })
  mean!: number | null;

  @Field(() => Int)
  respondents!: number;

  @Field(() => [PartySatisfaction])
  latest!: PartySatisfaction[];

  @Field(() => Float, { nullable: true, description: 'The same mean up to the window start.' })
  previousMean!: number | null;

  @Field(() => Int)
  previousRespondents!: number;
}

@ObjectType({ description: 'Goals met among the goals due in the window.' })
export class ScorecardPerformance {
  @Field(() => Float, { nullable: true, description: 'met / due; null when no goal is due in the window.' })
  ratio!: number | null;

  @Field(() => Int)
  met!: number;

  @Field(() => Int)
  due!: number;
}

@ObjectType({ description: 'Value against the preceding window of the same length.' })
@DerivedFrom('MONEY')
export class ScorecardGrowth {
  @Field(() => Float, {
    nullable: true,
    description: '(value − previousValue) / previousValue (0 = flat, 0.5 = +50 %); null when previousValue is 0.',
  })
  ratio!: number | null;

  @Field(() => Float)
  value!: number;

  @Field(() => Float)
  previousValue!: number;

  @Field(() => Int)
  previousFlows!: number;

  @Field(() => KpiWindow)
  previousWindow!: KpiWindow;
}

@ObjectType({
  description: 'Initiatives under the partnership active in the window (not cancelled, dates overlapping).',
})
export class ScorecardInnovation {
  @Field(() => Int)
  active!: number;

  @Field(() => [Initiative])
  initiatives!: Initiative[];
}

@ObjectType({ description: 'Time in the current stage at the state instant (the window end, or now if earlier).' })
export class ScorecardStage {
  @Field(() => Float, { nullable: true, description: 'Days since the last stage change; null without one.' })
  days!: number | null;

  @Field(() => PartnershipStage)
  stage!: PartnershipStage;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the partnership entered the stage.' })
  since!: Date | null;
}

@ObjectType({ description: 'A governance warning and how many records raise it.' })
export class RiskFlag {
  @Field(() => RiskFlagKind)
  kind!: RiskFlagKind;

  @Field(() => Int)
  count!: number;

  @Field(() => String)
  message!: string;
}

@ObjectType({ description: 'How a partnership is doing over a window, each figure with the numbers behind it.' })
export class PartnershipScorecard {
  @Field(() => KpiWindow)
  window!: KpiWindow;

  @Field(() => DateTimeScalar, {
    description: 'When state figures (stage, overdue goals, expiring agreements) are read: min(window end, now).',
  })
  asOf!: Date;

  @Field(() => ScorecardValue)
  value!: ScorecardValue;

  @Field(() => ScorecardRoi)
  roi!: ScorecardRoi;

  @Field(() => ScorecardSatisfaction)
  satisfaction!: ScorecardSatisfaction;

  @Field(() => ScorecardPerformance)
  performance!: ScorecardPerformance;

  @Field(() => ScorecardGrowth)
  growth!: ScorecardGrowth;

  @Field(() => ScorecardInnovation)
  innovation!: ScorecardInnovation;

  @Field(() => EngagementMeasure, {
    description: 'Interactions within the partnership, weighted like participant engagement.',
  })
  engagement!: EngagementMeasure;

  @Field(() => ScorecardStage)
  daysInStage!: ScorecardStage;

  @Field(() => [RiskFlag])
  riskFlags!: RiskFlag[];
}
