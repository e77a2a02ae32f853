/** `forecast(metric, periods, participantId?, partnershipId?)`: one statement, then the fit in process. */
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { DEFAULT_ENGAGEMENT } from '../../kpi/engagement/settings';
import { buildForecast, type Bucket } from '../../kpi/forecast/forecast';
import { monthBounds } from '../../kpi/forecast/months';
import { allWithBasis, moneyWhen, withBasis, type Basis } from '../../auth/derivation';
import { BadRequestError } from '../../core/errors';
import { expectGlobalId } from '../../core/global-id';
import type { RequestContext } from '../../context/context';
import { ForecastMetric, ForecastScope } from './forecast.enums';
import { FORECAST_LIMITS, ForecastArgs } from './forecast.inputs';
import { requestNow } from '../../context/context';
import { monthlySeries } from './forecast.queries';
import { Forecast, ForecastHistoryPoint, ForecastPoint, HoltModel } from './forecast.type';

function scopeOf(args: ForecastArgs): { scope: ForecastScope; id: string | null } {
  if (args.participantId && args.partnershipId) {
    throw new BadRequestError('Give "participantId" or "partnershipId", not both');
  }
  if (args.participantId)
    return { scope: ForecastScope.PARTICIPANT, id: expectGlobalId(args.participantId, 'Participant') };
  if (args.partnershipId)
    return { scope: ForecastScope.PARTNERSHIP, id: expectGlobalId(args.partnershipId, 'Partnership') };
  return { scope: ForecastScope.ECOSYSTEM, id: null };
}

interface BucketRow {
  bucket: number;
  value: number;
  events: number;
}

@Resolver()
export class ForecastResolver {
  @Query(() => Forecast, {
    description:
      "Holt linear smoothing over the last 24 complete months of engagement or value (the ecosystem's, a participant's or a partnership's), projected `periods` months ahead.",
  })
  async forecast(@Args(() => ForecastArgs) args: ForecastArgs, @Ctx() ctx: RequestContext): Promise<Forecast> {
    const { min, max } = FORECAST_LIMITS.periods;
    if (!Number.isInteger(args.periods) || args.periods < min || args.periods > max) {
      throw new BadRequestError(`"periods" must be between ${min} and ${max} (got ${args.periods})`);
    }
    const { scope, id } = scopeOf(args);
    const bounds = monthBounds(requestNow(ctx), FORECAST_LIMITS.historyMonths);
    const [row] = await ctx.db.readRows(monthlySeries(args.metric, scope, id, bounds, DEFAULT_ENGAGEMENT));
    if (!row)
      throw new BadRequestError(`No ${scope.toLowerCase()} with id "${args.participantId ?? args.partnershipId}"`);

    const found = new Map((row.buckets as BucketRow[]).map((bucket) => [Number(bucket.bucket), bucket]));
    const history: Bucket[] = bounds.slice(0, -1).map((periodStart, index) => ({
      periodStart,
      value: Number(found.get(index)?.value ?? 0),
      events: Number(found.get(index)?.events ?? 0),
    }));
    const result = buildForecast(history, bounds[bounds.length - 1] as Date, args.periods);
    // A value forecast is money (its history is monthly value-flow sums), and one participant's or
    // partnership's series is analytics about a named party: every figure of it carries that.
    const basis: Basis[] = [
      ...moneyWhen(args.metric === ForecastMetric.VALUE),
      ...(scope === ForecastScope.ECOSYSTEM ? [] : (['PARTY_ANALYTICS'] as const)),
    ];
    return withBasis(
      Object.assign(new Forecast(), {
        metric: args.metric,
        scope,
        unit: args.metric === ForecastMetric.VALUE ? 'USD' : 'weighted interactions',
        history: allWithBasis(
          result.history.map((point) => Object.assign(new ForecastHistoryPoint(), point)),
          basis,
        ),
        points: allWithBasis(
          result.points.map((point) => Object.assign(new ForecastPoint(), point)),
          basis,
        ),
        model: result.model ? withBasis(Object.assign(new HoltModel(), result.model), basis) : null,
      }),
      basis,
    );
  }
}
