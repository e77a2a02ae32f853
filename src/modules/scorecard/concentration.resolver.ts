/** `valueConcentration(window)`: Gini and elephant factor of participants' value-flow volume. */
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { BadRequestError } from '../../core/errors';
import { resolveWindow, WindowInput } from '../../core/window';
import { elephantFactor, gini } from '../../kpi/inequality/gini';
import type { RequestContext } from '../../context/context';

import { PARTICIPANT_NODE } from '../participant/participant.type';
import { ValueConcentration, ValueElephant } from './concentration.type';
import { requestNow } from '../../context/context';
import { valueVolumes } from './scorecard.queries';
import { REPORTING_CURRENCY } from './scorecard.type';
import { KpiWindow } from './window.type';

export const ELEPHANT_LIMITS = { min: 1, max: 100, default: 20 } as const;

@Resolver()
export class ValueConcentrationResolver {
  @Query(() => ValueConcentration, {
    description: 'How concentrated value exchange is in the window (default: the last 90 days).',
  })
  async valueConcentration(
    @Arg('window', () => WindowInput, { nullable: true }) input: WindowInput | null,
    @Arg('first', () => Int, {
      defaultValue: ELEPHANT_LIMITS.default,
      description: `Elephants listed at most, ${ELEPHANT_LIMITS.min}..${ELEPHANT_LIMITS.max} (elephantFactor counts them all).`,
    })
    first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<ValueConcentration> {
    if (!Number.isInteger(first) || first < ELEPHANT_LIMITS.min || first > ELEPHANT_LIMITS.max) {
      throw new BadRequestError(
        `"first" must be between ${ELEPHANT_LIMITS.min} and ${ELEPHANT_LIMITS.max} (got ${first})`,
      );
    }
    const window = resolveWindow(input, requestNow(ctx));
    const rows = await ctx.db.readRows(valueVolumes(window));
    const holdings = rows.map((row) => ({ id: String(row.id), value: Number(row.volume) }));
    const elephants = elephantFactor(holdings);
    const listed = elephants.elephants.slice(0, first);
    const records = await ctx.scope.nodes.node(PARTICIPANT_NODE.spec).loadMany(listed.map((e) => e.id));
    return Object.assign(new ValueConcentration(), {
      window: KpiWindow.of(window),
      gini: gini(holdings.map((holding) => holding.value)),
      elephantFactor: elephants.factor,
      // A participant deleted between the two reads is left out of the list (not of the figures).
      elephants: listed.flatMap((elephant, index) => {
        const record = records[index];
        if (!record || record instanceof Error) return [];
        return [
          Object.assign(new ValueElephant(), {
            participant: PARTICIPANT_NODE.toNode(record),
            volume: elephant.value,
            share: elephant.share,
          }),
        ];
      }),
      participants: holdings.length,
      totalVolume: elephants.total,
      currency: REPORTING_CURRENCY,
    });
  }
}
