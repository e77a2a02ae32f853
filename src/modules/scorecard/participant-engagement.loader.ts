/** Participants' engagement, batched per request and window: one statement for a page. */
import type { EngagementFigures } from '../../analytics/engagement/engagement';
import { participantEngagement } from '../../analytics/engagement/engagement.queries';
import { DEFAULT_ENGAGEMENT } from '../../analytics/engagement/settings';
import type { TimeWindow } from '../../analytics/engagement/window';
import type { RequestContext } from '../../context/context';
import { engagementFromRow } from '../../analytics/engagement/engagement.row';

export function loadParticipantEngagement(
  ctx: RequestContext,
  window: TimeWindow,
  id: string,
): Promise<EngagementFigures> {
  const key = `Participant.engagement|${window.from.toISOString()}|${window.to.toISOString()}`;
  return ctx.scope
    .loader(key, async (ids: readonly string[]) => {
      const rows = await ctx.db.readRows(participantEngagement(ids, window, DEFAULT_ENGAGEMENT));
      const byId = new Map(rows.map((row) => [String(row.id), row]));
      return ids.map((one) => engagementFromRow(byId.get(one)));
    })
    .load(id);
}
