/**
 * Ecosystem engagement over a window: who is active, when, new versus returning, retention.
 * Each statement (engagement.queries.ts) is cached by graph version and window (kpi-reads.ts).
 */
import { Arg, Ctx, Field, FieldResolver, Float, Int, ObjectType, registerEnumType, Resolver, Root } from 'type-graphql';
import type { Window } from '../../core/window';
import { DateTimeScalar } from '../../core/scalars';
import type { RequestContext } from '../../context/context';
import { Ecosystem, windowKey } from './analytics.resolver';
import { ecosystemEngagement, engagementPeriods } from './engagement.queries';
import { cachedWindowKpi } from './kpi-reads';

export enum PeriodInterval {
  DAY = 'day',
  WEEK = 'week',
  MONTH = 'month',
  QUARTER = 'quarter',
}
registerEnumType(PeriodInterval, { name: 'PeriodInterval' });

@ObjectType()
export class PeriodActivity {
  @Field(() => DateTimeScalar, { description: 'Start of the period (UTC; weeks start on Monday).' }) start!: Date;
  @Field(() => Int) interactions!: number;
  @Field(() => Float, { description: 'Summed interaction weight.' }) weight!: number;
  @Field(() => Int, { description: 'Distinct participants engaged.' }) participants!: number;
}

@ObjectType({ description: 'Engagement of the whole ecosystem in the window (corrected interactions excluded).' })
export class EcosystemEngagement {
  window!: Window;

  @Field(() => Int, { description: 'Participants with ≥ 1 interaction in the window.' }) activeParticipants!: number;
  @Field(() => Int, { description: 'Active in the window, never engaged before it.' }) newParticipants!: number;
  @Field(() => Int, { description: 'Active in the window and engaged before it.' }) returningParticipants!: number;
  @Field(() => Int, { description: 'Active in the preceding window of the same length.' }) previouslyActive!: number;
  @Field(() => Int, { description: 'Active in both the preceding window and this one.' }) retained!: number;
  @Field(() => Float, { nullable: true, description: 'retained / previouslyActive; null when nobody was active.' })
  retention!: number | null;
}

@Resolver(() => Ecosystem)
export class EcosystemEngagementResolver {
  @FieldResolver(() => EcosystemEngagement)
  async engagement(@Root() ecosystem: Ecosystem, @Ctx() ctx: RequestContext): Promise<EcosystemEngagement> {
    const [row] = await cachedWindowKpi(ctx, `engagement|${windowKey(ecosystem.window)}`, () =>
      ctx.db.readRows(ecosystemEngagement(ecosystem.window)),
    );
    const active = Number(row?.activeParticipants ?? 0);
    const returning = Number(row?.returningParticipants ?? 0);
    const previouslyActive = Number(row?.previouslyActive ?? 0);
    const retained = Number(row?.retained ?? 0);
    return Object.assign(new EcosystemEngagement(), {
      window: ecosystem.window,
      activeParticipants: active,
      newParticipants: active - returning,
      returningParticipants: returning,
      previouslyActive,
      retained,
      retention: previouslyActive > 0 ? retained / previouslyActive : null,
    });
  }
}

@Resolver(() => EcosystemEngagement)
export class EngagementPeriodsResolver {
  @FieldResolver(() => [PeriodActivity], { description: 'Activity per day, week or month of the window.' })
  async interactionsByPeriod(
    @Root() engagement: EcosystemEngagement,
    @Arg('interval', () => PeriodInterval, { defaultValue: PeriodInterval.WEEK }) interval: PeriodInterval,
    @Ctx() ctx: RequestContext,
  ): Promise<PeriodActivity[]> {
    const rows = await cachedWindowKpi(ctx, `periods|${interval}|${windowKey(engagement.window)}`, () =>
      ctx.db.readRows(engagementPeriods(engagement.window, interval)),
    );
    return rows.map((row) =>
      Object.assign(new PeriodActivity(), {
        start: row.start as Date,
        interactions: Number(row.interactions),
        weight: Number(row.weight),
        participants: Number(row.participants),
      }),
    );
  }
}
