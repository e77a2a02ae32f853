/**
 * The engagement weighting: how much one interaction of each kind counts, and how fast its
 * contribution fades. One table, passed to both the pure functions and the Cypher builders,
 * so the in-database aggregation and the reference implementation cannot drift apart.
 */
import type { InteractionKind } from '../../domain/vocabulary';

/** The kinds an interaction can have (one vocabulary: src/domain/vocabulary.ts). */
export type InteractionKindName = InteractionKind;

export interface EngagementSettings {
  /** An interaction's contribution halves every `halfLifeDays`. */
  halfLifeDays: number;
  /** Multiplier per interaction kind; a kind missing from the table counts 0. */
  kindWeights: Readonly<Record<string, number>>;
}

/**
 * Defaults (docs/kpis-business.md): joint work and contributions are the strongest signal
 * of a working partnership, co-marketing and referrals bring business, meetings, reviews,
 * support and events are the baseline.
 */
export const DEFAULT_ENGAGEMENT: EngagementSettings = {
  halfLifeDays: 30,
  kindWeights: {
    MEETING: 1,
    JOINT_WORK: 3,
    CO_MARKETING: 2,
    REFERRAL: 2,
    EVENT: 1,
    SUPPORT: 1,
    CONTRIBUTION: 2,
    REVIEW: 1.5,
  } satisfies Record<InteractionKind, number>,
};

/** Checks a settings table (e.g. one built from configuration): positive half-life, weights ≥ 0. */
export function validateEngagementSettings(settings: EngagementSettings): EngagementSettings {
  if (!(Number.isFinite(settings.halfLifeDays) && settings.halfLifeDays > 0)) {
    throw new RangeError(`halfLifeDays must be a positive number (got ${settings.halfLifeDays})`);
  }
  for (const [kind, weight] of Object.entries(settings.kindWeights)) {
    if (!(Number.isFinite(weight) && weight >= 0)) {
      throw new RangeError(`The weight of ${kind} must be a number ≥ 0 (got ${weight})`);
    }
  }
  return settings;
}
