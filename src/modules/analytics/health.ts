/**
 * Pure KPI arithmetic on top of the engines' results: diversity, growth, churn, the health
 * score and its weights (docs/kpis.md).
 */
import type { NetworkStructure } from '../../kpi/engine';
import type { WindowAggregates } from './window-aggregates';

/**
 * How the 0–100 health score is made; returned with every score. Each part is a 0–1 value;
 * `partnershipRetention` is 1 − churn (partnerships kept), not `engagement.retention`
 * (participants who stayed active).
 */
export const HEALTH_WEIGHTS = {
  activeShare: 0.25,
  largestComponentShare: 0.15,
  resilience: 0.15,
  diversity: 0.15,
  partnershipRetention: 0.15,
  engagementTrend: 0.15,
} as const;

export type HealthPart = keyof typeof HEALTH_WEIGHTS;

/**
 * Which graph a figure is computed on. Events (activity, terminations, interactions) are taken
 * from the window asked for; the network's structure is today's graph for every window, since
 * the structure of a past date is not replayed yet (docs/kpis.md, "Basis").
 */
export type KpiBasis = 'WINDOW_EVENTS' | 'CURRENT_GRAPH';

export const HEALTH_BASIS: Readonly<Record<HealthPart, KpiBasis>> = {
  activeShare: 'WINDOW_EVENTS',
  largestComponentShare: 'CURRENT_GRAPH',
  resilience: 'CURRENT_GRAPH',
  diversity: 'CURRENT_GRAPH',
  partnershipRetention: 'WINDOW_EVENTS',
  engagementTrend: 'WINDOW_EVENTS',
};

/** One part of the score: its 0–1 value and the points it adds (points of all parts sum to the score). */
export interface HealthContribution {
  part: HealthPart;
  basis: KpiBasis;
  weight: number;
  value: number;
  points: number;
}

/** Shannon entropy of the category shares divided by ln(categories present); 0 with one. */
export function normalisedEntropy(counts: number[]): number {
  const present = counts.filter((count) => count > 0);
  const total = present.reduce((sum, count) => sum + count, 0);
  if (present.length < 2 || total === 0) return 0;
  const entropy = -present.reduce((sum, count) => {
    const share = count / total;
    return sum + share * Math.log(share);
  }, 0);
  return entropy / Math.log(present.length);
}

const ratio = (numerator: number, denominator: number) => (denominator > 0 ? numerator / denominator : null);

export interface HealthInputs {
  structure: NetworkStructure;
  aggregates: WindowAggregates;
  diversity: number;
}

export function healthFigures({ structure, aggregates, diversity }: HealthInputs) {
  const activeShare = ratio(aggregates.activeParticipants, aggregates.participants) ?? 0;
  const churn = ratio(aggregates.terminatedPartnerships, aggregates.partnershipsActiveAtStart);
  const engagementTrend = ratio(aggregates.interactionWeight, aggregates.previousInteractionWeight);
  // A trend of 1 (as engaged as before) or better scores fully; a collapse scores 0.
  const trendScore =
    engagementTrend === null ? (aggregates.interactionWeight > 0 ? 1 : 0) : Math.min(engagementTrend, 1);
  const values: Record<HealthPart, number> = {
    activeShare,
    largestComponentShare: structure.largestComponentShare,
    resilience: Math.min(structure.resilience, 1),
    diversity,
    partnershipRetention: 1 - Math.min(churn ?? 0, 1),
    engagementTrend: trendScore,
  };
  const contributions: HealthContribution[] = (Object.keys(HEALTH_WEIGHTS) as HealthPart[]).map((part) => ({
    part,
    basis: HEALTH_BASIS[part],
    weight: HEALTH_WEIGHTS[part],
    value: values[part],
    points: 100 * HEALTH_WEIGHTS[part] * values[part],
  }));
  return {
    score: contributions.reduce((sum, contribution) => sum + contribution.points, 0),
    contributions,
    activeShare,
    churn,
    engagementTrend,
    growth: {
      participants: ratio(aggregates.newParticipants, aggregates.participantsAtStart),
      newParticipants: aggregates.newParticipants,
      participantsAtStart: aggregates.participantsAtStart,
      partnerships: ratio(aggregates.newPartnerships, aggregates.partnershipsAtStart),
      newPartnerships: aggregates.newPartnerships,
      partnershipsAtStart: aggregates.partnershipsAtStart,
    },
  };
}
