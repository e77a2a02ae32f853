/** `Participant.engagement(window)`: batched per request, one round trip for a page. */
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { DEFAULT_ENGAGEMENT } from '../../kpi/engagement/settings';
import { resolveWindow, WindowInput } from '../../core/window';
import type { RequestContext } from '../../context/context';
import { Participant } from '../participant/participant.type';
import { EngagementMeasure } from './engagement.type';
import { loadParticipantEngagement } from './participant-engagement.loader';
import { requestNow } from '../../context/context';

@Resolver(() => Participant)
export class ParticipantEngagementResolver {
  @FieldResolver(() => EngagementMeasure, {
    description:
      "This participant's engagement in the window (default: the last 90 days) and its trend against the preceding window.",
  })
  async engagement(
    @Root() participant: Participant,
    @Arg('window', () => WindowInput, { nullable: true }) input: WindowInput | null,
    @Ctx() ctx: RequestContext,
  ): Promise<EngagementMeasure> {
    const window = resolveWindow(input, requestNow(ctx));
    const figures = await loadParticipantEngagement(ctx, window, participant.key);
    return EngagementMeasure.of(window, figures, DEFAULT_ENGAGEMENT);
  }
}
