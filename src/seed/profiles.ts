/**
 * Size profiles. Only the participant count really differs between sizes: everything else
 * scales from it (per-participant and per-partnership rates below), so small, medium and
 * large ecosystems look alike, just bigger. The rates are tuned so that `large` lands near
 * 100,000 participants and 1,000,000 relationships.
 */
export const SEED_SIZES = ['small', 'medium', 'large'] as const;
export type SeedSize = (typeof SEED_SIZES)[number];

export interface SizeProfile {
  size: SeedSize;
  participants: number;
  partnerships: number;
  teamMembers: number;
  committees: number;
  policies: number;
  /** Ecosystem-level goals (no FOR relationship). */
  ecosystemGoals: number;
}

/** Partnerships per participant (formation.ts): with ~2.4 parties each, about 3.6 per partnered participant. */
const PARTNERSHIPS_PER_PARTICIPANT = 1.2;

export function sizeProfile(size: SeedSize): SizeProfile {
  const participants = { small: 300, medium: 10_000, large: 100_000 }[size];
  return {
    size,
    participants,
    partnerships: Math.round(participants * PARTNERSHIPS_PER_PARTICIPANT),
    // One partnership team: a CPO, a few VPs and directors, many managers.
    teamMembers: Math.max(16, Math.round(participants / 400)),
    committees: Math.max(5, Math.round(participants / 2_000)),
    policies: Math.max(8, Math.round(participants / 2_500)),
    ecosystemGoals: Math.max(6, Math.round(participants / 5_000)),
  };
}

/** Behavioural rates shared by every size (per partnership unless said otherwise). */
export const RATES = {
  /** Median interactions per week of a partnership in steady-state management. */
  weeklyInteractions: 0.01,
  /** Spread (log-normal sigma) of partnership activity: a few very busy, most quiet. */
  activitySpread: 1.2,
  /** Share of active partnerships whose engagement collapses in the last months. */
  goingQuiet: 0.2,
  /** Share of partnerships with a mid-life lull of a few weeks. */
  lull: 0.3,
  /** Value-flow events per month once implemented. */
  monthlyValueFlows: 0.05,
  /** Initiatives per implemented partnership-year. */
  initiativesPerYear: 0.08,
  /** Share of implemented partnerships with their own goals. */
  goals: 0.1,
  /** Chance a party answers a (semi-annual) satisfaction survey. */
  surveyResponse: 0.1,
  /** Risks raised per partnership-year. */
  risksPerYear: 0.15,
  /** Conflicts per implemented partnership-year. */
  conflictsPerYear: 0.06,
  /** Chance a stage move is backed by a recorded decision. */
  decisionPerMove: 0.08,
} as const;
