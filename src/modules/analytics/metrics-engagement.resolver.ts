/**
 * `participant.metrics { engagementScore engagementTrend }`: the figures of
 * `Participant.engagement(window)` (same formula, same loader), next to the centralities, so
 * one metrics read gives a participant's position and activity. A page of participants costs
 * one engagement statement per distinct window.
 */
import { Arg, Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import type { EngagementFigures } from '../../kpi/engagement/engagement';
import { resolveWindow, WindowInput } from '../../core/window';
import type { RequestContext } from '../../context/context';
import { loadParticipantEngagement } from '../scorecard/participant-engagement.loader';
import { requestNow } from '../../context/context';
import { ParticipantMetrics } from './analytics.types';

function engagementOf(
  ctx: RequestContext,
  metrics: ParticipantMetrics,
  input: WindowInput | null,
): Promise<EngagementFigures> {
  return loadParticipantEngagement(ctx, resolveWindow(input, requestNow(ctx)), metrics.key);
}

@Resolver(() => ParticipantMetrics)
export class MetricsEngagementResolver {
  @FieldResolver(() => Float, {
    description:
      'Decayed, weighted engagement in the window (default: the last 90 days); = Participant.engagement(window).score.',
  })
  async engagementScore(
    @Root() metrics: ParticipantMetrics,
    @Arg('window', () => WindowInput, { nullable: true }) input: WindowInput | null,
    @Ctx() ctx: RequestContext,
  ): Promise<number> {
    return (await engagementOf(ctx, metrics, input)).score;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Engagement in the window / in the preceding window of the same length (null when that was 0); = Participant.engagement(window).trend.',
  })
  async engagementTrend(
    @Root() metrics: ParticipantMetrics,
    @Arg('window', () => WindowInput, { nullable: true }) input: WindowInput | null,
    @Ctx() ctx: RequestContext,
  ): Promise<number | null> {
    return (await engagementOf(ctx, metrics, input)).trend;
  }
}
