/**
 * The judgement parts of the scorecard and of at-risk detection, as pure functions of the
 * figures read from the graph (docs/kpis-business.md). The Cypher pre-filters candidates
 * with the same thresholds; these functions decide.
 */
import { DAY_MS } from '../../kpi/engagement/window';

export const RISK_RULES = {
  /** Risks that count as a flag when not CLOSED. */
  highRiskSeverities: ['HIGH', 'CRITICAL'],
  /** Conflicts that count as a flag. */
  openConflictStatuses: ['OPEN', 'ESCALATED'],
  /** An EXECUTED agreement expiring within this many days of the window end is a flag. */
  expiringWithinDays: 30,
} as const;

export const AT_RISK_RULES = {
  /** Engagement trend below this … */
  trendBelow: 0.5,
  /** … with at least this many interactions in the previous window. */
  minPreviousInteractions: 3,
  /** Pipeline stages where a partnership should not sit longer than stalledAfterDays. */
  stalledStages: ['EVALUATION', 'NEGOTIATION'],
  stalledAfterDays: 90,
  /** Latest mean satisfaction more than this many points below the previous mean … */
  satisfactionDrop: 2,
  /** … or below this floor (scores are 0..10). */
  satisfactionFloor: 5,
  /** Partnerships in these stages are never at risk (not started yet, or over). */
  excludedStages: ['TERMINATED', 'IDENTIFICATION'],
} as const;

export enum RiskFlagKind {
  HIGH_RISK = 'HIGH_RISK',
  OPEN_CONFLICT = 'OPEN_CONFLICT',
  OVERDUE_GOAL = 'OVERDUE_GOAL',
  EXPIRING_AGREEMENT = 'EXPIRING_AGREEMENT',
}

export enum AtRiskReasonCode {
  FALLING_ENGAGEMENT = 'FALLING_ENGAGEMENT',
  STALLED_STAGE = 'STALLED_STAGE',
  SATISFACTION_DROP = 'SATISFACTION_DROP',
  OVERDUE_GOALS = 'OVERDUE_GOALS',
}

export interface Figure {
  name: string;
  value: number | null;
}

export interface Flag {
  kind: RiskFlagKind;
  count: number;
  message: string;
}

export interface RiskCounts {
  highRisks: number;
  criticalRisks: number;
  openConflicts: number;
  escalatedConflicts: number;
  overdueGoals: number;
  expiringAgreements: number;
  firstExpiry: Date | null;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** The governance flags of a partnership, in a fixed order. */
export function riskFlags(counts: RiskCounts): Flag[] {
  const flags: Flag[] = [];
  if (counts.highRisks > 0) {
    flags.push({
      kind: RiskFlagKind.HIGH_RISK,
      count: counts.highRisks,
      message: `${plural(counts.highRisks, 'open HIGH/CRITICAL risk')} (${counts.criticalRisks} critical)`,
    });
  }
  if (counts.openConflicts > 0) {
    flags.push({
      kind: RiskFlagKind.OPEN_CONFLICT,
      count: counts.openConflicts,
      message: `${plural(counts.openConflicts, 'open conflict')} (${counts.escalatedConflicts} escalated)`,
    });
  }
  if (counts.overdueGoals > 0) {
    flags.push({
      kind: RiskFlagKind.OVERDUE_GOAL,
      count: counts.overdueGoals,
      message: `${plural(counts.overdueGoals, 'goal')} past due and not met`,
    });
  }
  if (counts.expiringAgreements > 0) {
    const first = counts.firstExpiry ? `, the first on ${counts.firstExpiry.toISOString().slice(0, 10)}` : '';
    flags.push({
      kind: RiskFlagKind.EXPIRING_AGREEMENT,
      count: counts.expiringAgreements,
      message: `${plural(counts.expiringAgreements, 'executed agreement')} expiring within ${RISK_RULES.expiringWithinDays} days${first}`,
    });
  }
  return flags;
}

export interface AtRiskFigures {
  score: number;
  previousScore: number;
  interactions: number;
  previousInteractions: number;
  /** Stage at the state instant and since when. */
  stage: string;
  stageSince: Date | null;
  /** Mean of the latest survey per party up to the window end / up to its start. */
  satisfaction: number | null;
  previousSatisfaction: number | null;
  overdueGoals: number;
}

export interface Reason {
  code: AtRiskReasonCode;
  message: string;
  figures: Figure[];
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** Days from `since` to `asOf` (fractional); null without a stage change. */
export function daysBetween(since: Date | null, asOf: Date): number | null {
  return since ? (asOf.getTime() - since.getTime()) / DAY_MS : null;
}

/** Why a partnership is at risk (empty when it is not), in a fixed order. */
export function atRiskReasons(figures: AtRiskFigures, asOf: Date): Reason[] {
  const reasons: Reason[] = [];
  const trend = figures.previousScore > 0 ? figures.score / figures.previousScore : null;
  if (
    trend !== null &&
    trend < AT_RISK_RULES.trendBelow &&
    figures.previousInteractions >= AT_RISK_RULES.minPreviousInteractions
  ) {
    reasons.push({
      code: AtRiskReasonCode.FALLING_ENGAGEMENT,
      message: `Engagement fell to ${Math.round(trend * 100)} % of the previous window (${plural(figures.interactions, 'interaction')} against ${figures.previousInteractions})`,
      figures: [
        { name: 'trend', value: trend },
        { name: 'score', value: figures.score },
        { name: 'previousScore', value: figures.previousScore },
        { name: 'interactions', value: figures.interactions },
        { name: 'previousInteractions', value: figures.previousInteractions },
      ],
    });
  }
  const days = daysBetween(figures.stageSince, asOf);
  if (
    (AT_RISK_RULES.stalledStages as readonly string[]).includes(figures.stage) &&
    days !== null &&
    days > AT_RISK_RULES.stalledAfterDays
  ) {
    reasons.push({
      code: AtRiskReasonCode.STALLED_STAGE,
      message: `In ${figures.stage} for ${Math.floor(days)} days (more than ${AT_RISK_RULES.stalledAfterDays})`,
      figures: [{ name: 'daysInStage', value: days }],
    });
  }
  const { satisfaction, previousSatisfaction } = figures;
  if (satisfaction !== null) {
    const dropped =
      previousSatisfaction !== null && satisfaction < previousSatisfaction - AT_RISK_RULES.satisfactionDrop;
    const low = satisfaction < AT_RISK_RULES.satisfactionFloor;
    if (dropped || low) {
      reasons.push({
        code: AtRiskReasonCode.SATISFACTION_DROP,
        message: dropped
          ? `Satisfaction dropped from ${round(previousSatisfaction)} to ${round(satisfaction)}`
          : `Satisfaction is ${round(satisfaction)}, below ${AT_RISK_RULES.satisfactionFloor}`,
        figures: [
          { name: 'satisfaction', value: satisfaction },
          { name: 'previousSatisfaction', value: previousSatisfaction },
        ],
      });
    }
  }
  if (figures.overdueGoals > 0) {
    reasons.push({
      code: AtRiskReasonCode.OVERDUE_GOALS,
      message: `${plural(figures.overdueGoals, 'goal')} past due and not met`,
      figures: [{ name: 'overdueGoals', value: figures.overdueGoals }],
    });
  }
  return reasons;
}

/** 1 − trend: how much of the previous window's engagement was lost (0 without a previous one). */
export function engagementDrop(figures: Pick<AtRiskFigures, 'score' | 'previousScore'>): number {
  return figures.previousScore > 0 ? 1 - figures.score / figures.previousScore : 0;
}

export interface Ranked<T> {
  id: string;
  reasons: Reason[];
  drop: number;
  item: T;
}

/** Most reasons first, then the largest engagement drop, then by id. */
export function rankAtRisk<T>(items: Ranked<T>[]): Ranked<T>[] {
  return [...items].sort(
    (a, b) => b.reasons.length - a.reasons.length || b.drop - a.drop || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
