/** At-risk partnerships and the reasons each one is flagged. */
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../core/scalars';
import { Partnership } from '../partnership/partnership.type';
import { AtRiskReasonCode } from './scorecard.rules';
import { KpiWindow } from './window.type';
import { DerivedFrom } from '../../auth/derivation';

registerEnumType(AtRiskReasonCode, {
  name: 'AtRiskReasonCode',
  description: 'Why a partnership is at risk.',
  valuesConfig: {
    FALLING_ENGAGEMENT: {
      description: 'Engagement trend below 0.5 with at least 3 interactions in the previous window.',
    },
    STALLED_STAGE: { description: 'In EVALUATION or NEGOTIATION for more than 90 days.' },
    SATISFACTION_DROP: {
      description: 'Latest mean satisfaction more than 2 points below the previous mean, or below 5.',
    },
    OVERDUE_GOALS: { description: 'Goals past their due date and not met.' },
  },
});

@ObjectType({ description: 'A named number behind a KPI judgement.' })
export class KpiFigure {
  @Field(() => String)
  name!: string;

  @Field(() => Float, { nullable: true })
  value!: number | null;
}

@ObjectType({ description: 'One reason a partnership is at risk, with the numbers that triggered it.' })
export class AtRiskReason {
  @Field(() => AtRiskReasonCode)
  code!: AtRiskReasonCode;

  @Field(() => String, { description: 'Human-readable explanation.' })
  message!: string;

  @Field(() => [KpiFigure])
  figures!: KpiFigure[];
}

@ObjectType({ description: 'A partnership that needs attention, and why.' })
export class AtRiskPartnership {
  @DerivedFrom('PARTY_ANALYTICS')
  @Field(() => Partnership)
  partnership!: Partnership;

  @Field(() => [AtRiskReason])
  reasons!: AtRiskReason[];

  @Field(() => Float, {
    description: '1 − engagement trend (share of the previous window’s engagement lost); 0 without a previous window.',
  })
  engagementDrop!: number;
}

@ObjectType({ description: 'Partnerships at risk, most reasons first, then the largest engagement drop.' })
export class AtRiskReport {
  @Field(() => KpiWindow)
  window!: KpiWindow;

  @Field(() => DateTimeScalar, { description: 'When stage and goal states are read: min(window end, now).' })
  asOf!: Date;

  @Field(() => Int, { description: 'All partnerships at risk (the list holds the first `first`).' })
  totalCount!: number;

  @Field(() => [AtRiskPartnership])
  partnerships!: AtRiskPartnership[];
}
