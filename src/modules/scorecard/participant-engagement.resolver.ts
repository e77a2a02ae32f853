/** `Participant.engagement(window)`: batched per request, one round trip for a page. */
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EngagementFigures } from '../../analytics/engagement/engagement';
import { participantEngagement } from '../../analytics/engagement/engagement.queries';
import { DEFAULT_ENGAGEMENT } from '../../analytics/engagement/settings';
import type { TimeWindow } from '../../analytics/engagement/window';
import { resolveWindow, WindowInput } from '../../core/window';
import type { RequestContext } from '../../context/context';
import { Participant } from '../participant/participant.type';
import { engagementFromRow } from './engagement.row';
import { EngagementMeasure } from './engagement.type';
import { requestLoader, requestNow } from './request-scope';

function loadEngagement(ctx: RequestContext, window: TimeWindow, id: string): Promise<EngagementFigures> {
  const key = `Participant.engagement|${window.from.toISOString()}|${window.to.toISOString()}`;
  return requestLoader(ctx, key, async (ids: readonly string[]) => {
    const rows = await ctx.db.readRows(participantEngagement(ids, window, DEFAULT_ENGAGEMENT));
    const byId = new Map(rows.map((row) => [String(row.id), row]));
    return ids.map((one) => engagementFromRow(byId.get(one)));
  }).load(id);
}

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
    const figures = await loadEngagement(ctx, window, participant.key);
    return EngagementMeasure.of(window, figures, DEFAULT_ENGAGEMENT);
  }
}
