/** `Partnership.scorecard(window)`: one batched statement per page of partnerships. */
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { DEFAULT_ENGAGEMENT } from '../../kpi/engagement/settings';
import { stateInstant, type TimeWindow } from '../../kpi/engagement/window';
import { resolveWindow, WindowInput } from '../../core/window';
import type { RequestContext } from '../../context/context';
import type { Row } from '../../db/values';
import { Partnership } from '../partnership/partnership.type';
import { requestNow } from '../../context/context';
import { toScorecard } from './scorecard.mapper';
import { partnershipScorecards } from './scorecard.queries';
import { PartnershipScorecard } from './scorecard.type';

function loadScorecardRow(ctx: RequestContext, window: TimeWindow, asOf: Date, id: string): Promise<Row | undefined> {
  const key = `Partnership.scorecard|${window.from.toISOString()}|${window.to.toISOString()}|${asOf.toISOString()}`;
  return ctx.scope
    .loader(key, async (ids: readonly string[]) => {
      const rows = await ctx.db.readRows(partnershipScorecards(ids, window, asOf, DEFAULT_ENGAGEMENT));
      const byId = new Map(rows.map((row) => [String(row.id), row]));
      return ids.map((one) => byId.get(one));
    })
    .load(id);
}

@Resolver(() => Partnership)
export class PartnershipScorecardResolver {
  @FieldResolver(() => PartnershipScorecard, {
    nullable: true,
    description:
      'Value, ROI, satisfaction, goal performance, growth, innovation, engagement, time in stage and risk flags over the window (default: the last 90 days). Null only if the partnership was deleted meanwhile.',
  })
  async scorecard(
    @Root() partnership: Partnership,
    @Arg('window', () => WindowInput, { nullable: true }) input: WindowInput | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PartnershipScorecard | null> {
    const now = requestNow(ctx);
    const window = resolveWindow(input, now);
    const asOf = stateInstant(window, now);
    const row = await loadScorecardRow(ctx, window, asOf, partnership.key);
    return row ? toScorecard(row, window, asOf) : null;
  }
}
