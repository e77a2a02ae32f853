/**
 * Engagement, the reference implementation (docs/kpis-business.md):
 *
 *   engagementScore = Σ over the interactions in [from, to) (not corrected) of
 *                     weight(kind) × interaction.weight × 2^(−age / halfLife),  age = to − at
 *   engagementTrend = score(window) / score(preceding window of the same length),
 *                     each decayed to its own window's end; null when the previous is 0.
 *
 * The API aggregates the same formula inside Neo4j (engagement.queries.ts); tests check
 * that both agree.
 */
import { DAY_MS, previousWindow, type TimeWindow } from './window';
import type { EngagementSettings } from './settings';

export interface InteractionSample {
  kind: string;
  at: Date;
  /** The interaction's own weight (0 < w ≤ 5); absent counts 1. */
  weight: number | null;
  /** Set when a correction replaced this interaction: it no longer counts. */
  correctedBy?: string | null;
}

export interface EngagementFigures {
  score: number;
  interactions: number;
  previousScore: number;
  previousInteractions: number;
  trend: number | null;
}

/** 2^(−age / halfLife) for an age in milliseconds. */
export function decay(ageMs: number, halfLifeDays: number): number {
  return 2 ** (-ageMs / (halfLifeDays * DAY_MS));
}

/** One interaction's contribution, aged to `asOf`. */
export function contribution(sample: InteractionSample, asOf: Date, settings: EngagementSettings): number {
  const kindWeight = settings.kindWeights[sample.kind] ?? 0;
  return kindWeight * (sample.weight ?? 1) * decay(asOf.getTime() - sample.at.getTime(), settings.halfLifeDays);
}

const counts = (sample: InteractionSample, window: TimeWindow) =>
  !sample.correctedBy && sample.at.getTime() >= window.from.getTime() && sample.at.getTime() < window.to.getTime();

/** Score and count of the interactions inside `window`, decayed to its end. */
export function engagementScore(
  samples: readonly InteractionSample[],
  window: TimeWindow,
  settings: EngagementSettings,
): { score: number; interactions: number } {
  let score = 0;
  let interactions = 0;
  for (const sample of samples) {
    if (!counts(sample, window)) continue;
    score += contribution(sample, window.to, settings);
    interactions += 1;
  }
  return { score, interactions };
}

/** current / previous; null when there is nothing to compare with. */
export function engagementTrend(score: number, previousScore: number): number | null {
  return previousScore > 0 ? score / previousScore : null;
}

/** Score, trend and the raw numbers behind them for one window and the one before it. */
export function engagementFigures(
  samples: readonly InteractionSample[],
  window: TimeWindow,
  settings: EngagementSettings,
): EngagementFigures {
  const current = engagementScore(samples, window, settings);
  const previous = engagementScore(samples, previousWindow(window), settings);
  return {
    score: current.score,
    interactions: current.interactions,
    previousScore: previous.score,
    previousInteractions: previous.interactions,
    trend: engagementTrend(current.score, previous.score),
  };
}
