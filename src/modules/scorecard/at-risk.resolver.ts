/** `atRiskPartnerships(window, first)`: one statement, the rules applied and ranked in process. */
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { DEFAULT_ENGAGEMENT } from '../../kpi/engagement/settings';
import { stateInstant } from '../../kpi/engagement/window';
import { resolveWindow, WindowInput } from '../../core/window';
import { BadRequestError } from '../../core/errors';
import type { RequestContext } from '../../context/context';
import { Partnership, type PartnershipRecord } from '../partnership/partnership.type';
import { AtRiskPartnership, AtRiskReason, AtRiskReport, KpiFigure } from './at-risk.type';
import { requestNow } from '../../context/context';
import { atRiskCandidates } from './scorecard.queries';
import { atRiskReasons, engagementDrop, rankAtRisk, type AtRiskFigures } from './scorecard.rules';
import { KpiWindow } from './window.type';

export const AT_RISK_LIMITS = { min: 1, max: 100, default: 20 } as const;

@Resolver()
export class AtRiskResolver {
  @Query(() => AtRiskReport, {
    description:
      'Running partnerships (not IDENTIFICATION, not TERMINATED) with falling engagement, a stalled stage, dropping satisfaction or overdue goals, each with its reasons.',
  })
  async atRiskPartnerships(
    @Arg('window', () => WindowInput, { nullable: true }) input: WindowInput | null,
    @Arg('first', () => Int, { defaultValue: AT_RISK_LIMITS.default, description: `1..${AT_RISK_LIMITS.max}.` })
    first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<AtRiskReport> {
    if (!Number.isInteger(first) || first < AT_RISK_LIMITS.min || first > AT_RISK_LIMITS.max) {
      throw new BadRequestError(
        `"first" must be between ${AT_RISK_LIMITS.min} and ${AT_RISK_LIMITS.max} (got ${first})`,
      );
    }
    const now = requestNow(ctx);
    const window = resolveWindow(input, now);
    const asOf = stateInstant(window, now);
    const rows = await ctx.db.readRows(atRiskCandidates(window, asOf, DEFAULT_ENGAGEMENT));
    const ranked = rankAtRisk(
      rows
        .map((row) => {
          const record = row.partnership as PartnershipRecord;
          const figures: AtRiskFigures = {
            score: Number(row.score ?? 0),
            previousScore: Number(row.previousScore ?? 0),
            interactions: Number(row.interactions ?? 0),
            previousInteractions: Number(row.previousInteractions ?? 0),
            stage: String(row.stage),
            stageSince: row.stageSince instanceof Date ? row.stageSince : null,
            satisfaction: row.satisfaction === null ? null : Number(row.satisfaction),
            previousSatisfaction: row.previousSatisfaction === null ? null : Number(row.previousSatisfaction),
            overdueGoals: Number(row.overdueGoals ?? 0),
          };
          return { id: record.id, reasons: atRiskReasons(figures, asOf), drop: engagementDrop(figures), item: record };
        })
        .filter((candidate) => candidate.reasons.length > 0),
    );
    return Object.assign(new AtRiskReport(), {
      window: KpiWindow.of(window),
      asOf,
      totalCount: ranked.length,
      partnerships: ranked.slice(0, first).map((entry) =>
        Object.assign(new AtRiskPartnership(), {
          partnership: Partnership.from(entry.item),
          engagementDrop: entry.drop,
          reasons: entry.reasons.map((reason) =>
            Object.assign(new AtRiskReason(), {
              code: reason.code,
              message: reason.message,
              figures: reason.figures.map((figure) => Object.assign(new KpiFigure(), figure)),
            }),
          ),
        }),
      ),
    });
  }
}
