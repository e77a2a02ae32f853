/** Participants' engagement, batched per request and window: one statement for a page. */
import type { EngagementFigures } from '../../kpi/engagement/engagement';
import { participantEngagement } from '../../kpi/engagement/engagement.queries';
import { DEFAULT_ENGAGEMENT } from '../../kpi/engagement/settings';
import type { TimeWindow } from '../../kpi/engagement/window';
import type { RequestContext } from '../../context/context';
import { engagementFromRow } from '../../kpi/engagement/engagement.row';

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
