/** `drawableGraph(first)`: the collaboration graph ready to draw, in one request. */
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { BadRequestError } from '../../core/errors';
import { toGlobalId } from '../../core/global-id';
import type { RequestContext } from '../../context/context';
import { cachedWindowKpi, requestKpis } from '../analytics/kpi-reads';
import { encodeDrawing, toDetails, type DrawingDetails } from './drawing.encode';
import { drawingDetails } from './drawing.queries';
import { DrawableGraph } from './drawing.type';

export const DRAWING_LIMITS = {
  first: { min: 1, max: 20_000 },
  significantDigits: { min: 1, max: 17, default: 6 },
} as const;

function inRange(name: string, value: number, limits: { min: number; max: number }): number {
  if (!Number.isInteger(value) || value < limits.min || value > limits.max) {
    throw new BadRequestError(`"${name}" must be between ${limits.min} and ${limits.max} (got ${value})`);
  }
  return value;
}

/**
 * Names, statuses and partnership classes at the request's graph version, kept in the app's
 * window-KPI cache (keyed by version), so a dashboard reloading the drawing does not read
 * 16,000 rows again until a write.
 */
function details(ctx: RequestContext): Promise<DrawingDetails> {
  return cachedWindowKpi(ctx, 'drawing|details', async () => {
    const [row] = await ctx.db.readRows(drawingDetails());
    return toDetails((row?.participants ?? []) as unknown[][], (row?.ties ?? []) as unknown[][]);
  });
}

@Resolver()
export class DrawingResolver {
  @Query(() => DrawableGraph, {
    description:
      'The collaboration graph ready to draw in one request (parallel arrays, largest component first), with the centralities of the cached KPI snapshot. Under AGGREGATE disclosure ids and labels are null (`identities: false`).',
  })
  async drawableGraph(
    @Arg('first', () => Int, {
      description: `Most participants drawn, ${DRAWING_LIMITS.first.min}..${DRAWING_LIMITS.first.max}: the largest component first, then by weighted degree. Edges are capped at 4 per participant asked for.`,
    })
    first: number,
    @Arg('significantDigits', () => Int, {
      defaultValue: DRAWING_LIMITS.significantDigits.default,
      description: `Significant digits of the float centralities, 1..17 (17 = exact).`,
    })
    significantDigits: number,
    @Ctx() ctx: RequestContext,
  ): Promise<DrawableGraph> {
    inRange('first', first, DRAWING_LIMITS.first);
    inRange('significantDigits', significantDigits, DRAWING_LIMITS.significantDigits);
    const [read, names] = await Promise.all([requestKpis(ctx), details(ctx)]);
    const identities = ctx.services.policy.can(ctx.viewer, 'read:identities');
    const drawing = encodeDrawing(read, names, { first, significantDigits, identities }, (id) =>
      toGlobalId('Participant', id),
    );
    return Object.assign(new DrawableGraph(), drawing, {
      identities,
      version: read.version,
      currentVersion: read.currentVersion,
      stale: read.stale,
      computedAt: read.computedAt,
      engine: read.analytics.engine,
    }) as DrawableGraph;
  }
}
