/**
 * `breakdown(measure, by, …)` and `facets`: counts and value grouped by period, region, sector,
 * kind, type or stage, computed in the database (aggregation.queries.ts), for the ecosystem or
 * one participant or partnership. Money (`value`, `totalValue`) is declared derived from MONEY
 * on its fields, so the schema guard refuses it to roles without `read:sensitive`.
 */
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { requestNow, type RequestContext } from '../../context/context';
import { BadRequestError } from '../../core/errors';
import { expectGlobalId } from '../../core/global-id';
import { resolveWindow, WindowInput } from '../../core/window';
import { PeriodInterval } from '../analytics/engagement';
import { KpiWindow } from '../scorecard/window.type';
import { BreakdownDimension as By, BreakdownMeasure as Measure } from './aggregation.enums';
import {
  breakdownBuckets,
  breakdownTotal,
  facet,
  FACET_NAMES,
  groupsMeasure,
  isWindowed,
  type BreakdownQuery,
} from './aggregation.queries';
import { Breakdown, BreakdownBucket, Facets, FacetValue } from './aggregation.types';
import { MAX_PERIODS, periodsOf } from './periods';

/** Refuses combinations that have no meaning, saying what to ask instead. */
function checkArguments(measure: Measure, by: By, window: WindowInput | null, ids: (string | null)[]): void {
  if (ids.every((id) => id)) throw new BadRequestError('give participantId or partnershipId, not both');
  if (!groupsMeasure(measure, by)) {
    throw new BadRequestError(`by: ${by} groups ${by === By.FLOW_KIND ? Measure.VALUE : Measure.INTERACTIONS} only`);
  }
  if (window && !isWindowed(measure, by)) {
    throw new BadRequestError(
      `"window" does not apply: ${measure.toLowerCase()} by ${by} describe the current state; ` +
        'use by: PERIOD to count joins (participants) or starts (partnerships) in a window',
    );
  }
}

const number = (value: unknown): number => Number(value ?? 0);

@Resolver()
export class AggregationResolver {
  @Query(() => Breakdown, {
    description:
      'Counts (and for VALUE the summed amounts) grouped by one dimension, for the ecosystem, or only what one participant takes part in (participantId) or one partnership holds (partnershipId). Windowed measures default to the last 90 days.',
  })
  async breakdown(
    @Arg('measure', () => Measure) measure: Measure,
    @Arg('by', () => By) by: By,
    @Arg('interval', () => PeriodInterval, {
      defaultValue: PeriodInterval.MONTH,
      description: `PERIOD only: the length of a period (at most ${MAX_PERIODS} periods in the window).`,
    })
    interval: PeriodInterval,
    @Arg('window', () => WindowInput, {
      nullable: true,
      description: 'INTERACTIONS, VALUE and PERIOD breakdowns only. Default: the last 90 days.',
    })
    windowInput: WindowInput | null,
    @Arg('participantId', () => ID, { nullable: true }) participantId: string | null,
    @Arg('partnershipId', () => ID, { nullable: true }) partnershipId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Breakdown> {
    checkArguments(measure, by, windowInput, [participantId, partnershipId]);
    const window = isWindowed(measure, by) ? resolveWindow(windowInput, requestNow(ctx)) : undefined;
    const periods = window && by === By.PERIOD ? periodsOf(window, interval) : undefined;
    if (window && by === By.PERIOD && !periods) {
      throw new BadRequestError(
        `the window holds more than ${MAX_PERIODS} periods of a ${interval}: choose a longer interval or a shorter window`,
      );
    }
    const query: BreakdownQuery = {
      measure,
      by,
      window,
      interval,
      scope: {
        participant: participantId ? expectGlobalId(participantId, 'Participant') : undefined,
        partnership: partnershipId ? expectGlobalId(partnershipId, 'Partnership') : undefined,
      },
    };
    const [rows, [total]] = await ctx.db.read(async (tx) => [
      await tx.run(breakdownBuckets(query)),
      await tx.run(breakdownTotal(query)),
    ]);
    const isValue = measure === Measure.VALUE;
    const bucket = (key: string, periodStart: Date | null, count: number, value: unknown) =>
      Object.assign(new BreakdownBucket(), { key, periodStart, count, value: isValue ? number(value) : null });

    let buckets: BreakdownBucket[];
    if (periods) {
      const byStart = new Map(rows.map((row) => [(row.key as Date).getTime(), row]));
      buckets = periods.map((start) => {
        const row = byStart.get(start.getTime());
        return bucket(start.toISOString(), start, number(row?.count), row?.value);
      });
    } else {
      buckets = rows.map((row) => bucket(String(row.key ?? ''), null, number(row.count), row.value));
    }
    return Object.assign(new Breakdown(), {
      measure,
      by,
      interval: by === By.PERIOD ? interval : null,
      window: window ? KpiWindow.of(window) : null,
      total: number(total?.total),
      totalValue: isValue ? number(total?.value) : null,
      buckets,
    });
  }

  @Query(() => Facets, {
    description:
      'The values each filterable text and enum field takes, with counts: what filters on region, sector, kind, type and stage can ask for.',
  })
  async facets(@Ctx() ctx: RequestContext): Promise<Facets> {
    const results = await ctx.db.read(async (tx) => {
      const found: Record<string, FacetValue[]> = {};
      for (const name of FACET_NAMES) {
        found[name] = (await tx.run(facet(name))).map((row) =>
          Object.assign(new FacetValue(), { value: String(row.value), count: number(row.count) }),
        );
      }
      return found;
    });
    return Object.assign(new Facets(), results);
  }
}
