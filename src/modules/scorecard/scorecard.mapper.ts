/** Turns a row of `partnershipScorecards` into the GraphQL scorecard. */
import { DEFAULT_ENGAGEMENT } from '../../kpi/engagement/settings';
import { previousWindow, type TimeWindow } from '../../kpi/engagement/window';
import type { Row } from '../../db/values';
import { Initiative, type InitiativeRecord } from '../initiative/initiative.type';
import { Participant, type ParticipantRecord } from '../participant/participant.type';
import type { PartnershipStage } from '../partnership/partnership.enums';
import { EngagementMeasure } from './engagement.type';
import { engagementFromRow } from '../../kpi/engagement/engagement.row';
import { daysBetween, riskFlags } from './scorecard.rules';
import {
  PartnershipScorecard,
  PartySatisfaction,
  REPORTING_CURRENCY,
  RiskFlag,
  ScorecardGrowth,
  ScorecardInnovation,
  ScorecardPerformance,
  ScorecardRoi,
  ScorecardSatisfaction,
  ScorecardStage,
  ScorecardValue,
} from './scorecard.type';
import { KpiWindow } from './window.type';

const num = (value: unknown) => Number(value ?? 0);
const nullableNum = (value: unknown) => (value === null || value === undefined ? null : Number(value));
const date = (value: unknown) => (value instanceof Date ? value : null);
const ratio = (numerator: number, denominator: number) => (denominator === 0 ? null : numerator / denominator);

interface LatestSurvey {
  participant: ParticipantRecord;
  score: number;
  at: Date;
}

export function toScorecard(row: Row, window: TimeWindow, asOf: Date): PartnershipScorecard {
  const value = num(row.value);
  const cost = num(row.cost);
  const previousValue = num(row.previousValue);
  const since = date(row.stageSince);
  const latest = (row.latestSurveys as LatestSurvey[] | null) ?? [];
  const initiatives = (row.initiatives as InitiativeRecord[] | null) ?? [];
  return Object.assign(new PartnershipScorecard(), {
    window: KpiWindow.of(window),
    asOf,
    value: Object.assign(new ScorecardValue(), {
      amount: value,
      currency: REPORTING_CURRENCY,
      flows: num(row.valueFlows),
    }),
    roi: Object.assign(new ScorecardRoi(), {
      ratio: ratio(value - cost, cost),
      value,
      cost,
      costFlows: num(row.costFlows),
    }),
    satisfaction: Object.assign(new ScorecardSatisfaction(), {
      mean: nullableNum(row.satisfaction),
      respondents: num(row.respondents),
      latest: latest
        .map((survey) =>
          Object.assign(new PartySatisfaction(), {
            participant: Participant.from(survey.participant),
            score: Number(survey.score),
            at: survey.at,
          }),
        )
        .sort((a, b) => (a.participant.key < b.participant.key ? -1 : 1)),
      previousMean: nullableNum(row.previousSatisfaction),
      previousRespondents: num(row.previousRespondents),
    }),
    performance: Object.assign(new ScorecardPerformance(), {
      ratio: ratio(num(row.goalsMet), num(row.goalsDue)),
      met: num(row.goalsMet),
      due: num(row.goalsDue),
    }),
    growth: Object.assign(new ScorecardGrowth(), {
      ratio: ratio(value - previousValue, previousValue),
      value,
      previousValue,
      previousFlows: num(row.previousValueFlows),
      previousWindow: KpiWindow.of(previousWindow(window)),
    }),
    innovation: Object.assign(new ScorecardInnovation(), {
      active: initiatives.length,
      initiatives: initiatives.map((record) => Initiative.from(record)),
    }),
    engagement: EngagementMeasure.of(window, engagementFromRow(row), DEFAULT_ENGAGEMENT),
    daysInStage: Object.assign(new ScorecardStage(), {
      days: daysBetween(since, asOf),
      stage: ((row.stageAsOf as string | null) ?? (row.stage as string)) as PartnershipStage,
      since,
    }),
    riskFlags: riskFlags({
      highRisks: num(row.highRisks),
      criticalRisks: num(row.criticalRisks),
      openConflicts: num(row.openConflicts),
      escalatedConflicts: num(row.escalatedConflicts),
      overdueGoals: num(row.overdueGoals),
      expiringAgreements: num(row.expiringAgreements),
      firstExpiry: date(row.firstExpiry),
    }).map((flag) => Object.assign(new RiskFlag(), flag)),
  });
}
