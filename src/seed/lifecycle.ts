/**
 * Lifecycle simulation: a partnership walks IDENTIFICATION → EVALUATION → NEGOTIATION →
 * IMPLEMENTATION → MANAGEMENT, then cycles MANAGEMENT ⇄ RENEWAL as agreement terms run out,
 * and may drop to TERMINATED after any stage. Walking forward in time from the
 * identification date until the anchor gives a consistent history and a realistic mix of
 * current stages (recent partnerships early in the pipeline, old ones managed or ended).
 */
import type { Ms, StageStep } from './model';
import type { Random } from './random';
import { DAY } from './time';
import { STAGES, type Stage } from './vocabulary';

/** Median days spent in a stage (log-normal around it); MANAGEMENT and RENEWAL follow terms. */
const MEDIAN_DAYS: Partial<Record<Stage, number>> = {
  IDENTIFICATION: 25,
  EVALUATION: 40,
  NEGOTIATION: 55,
  IMPLEMENTATION: 110,
};

/**
 * Chance the move out of a stage is a termination (scaled by strategic misalignment): about
 * one partnership in four ends within three years, most before implementation.
 */
const DROP_OUT: Partial<Record<Stage, number>> = {
  IDENTIFICATION: 0.08,
  EVALUATION: 0.09,
  NEGOTIATION: 0.08,
  IMPLEMENTATION: 0.03,
  MANAGEMENT: 0.04,
  RENEWAL: 0.12,
};

const NEXT: Partial<Record<Stage, Stage>> = {
  IDENTIFICATION: 'EVALUATION',
  EVALUATION: 'NEGOTIATION',
  NEGOTIATION: 'IMPLEMENTATION',
  IMPLEMENTATION: 'MANAGEMENT',
  MANAGEMENT: 'RENEWAL',
  RENEWAL: 'MANAGEMENT',
};

/** Stages in lifecycle order, for "at or past" comparisons (TERMINATED is not "past"). */
export const STAGE_RANK: Record<Stage, number> = {
  IDENTIFICATION: 0,
  EVALUATION: 1,
  NEGOTIATION: 2,
  IMPLEMENTATION: 3,
  MANAGEMENT: 4,
  RENEWAL: 5,
  TERMINATED: -1,
};

export interface Lifecycle {
  steps: StageStep[];
  stage: Stage;
  /** Planned end (agreement expiry) while running, the termination date once TERMINATED. */
  endsAt: Ms | null;
}

export function walkLifecycle(rng: Random, identifiedAt: Ms, anchor: Ms, alignment: number): Lifecycle {
  const steps: StageStep[] = [{ from: null, to: 'IDENTIFICATION', at: identifiedAt, termDays: null }];
  const misalignment = 1.6 - alignment;
  let stage: Stage = 'IDENTIFICATION';
  let at = identifiedAt;
  let termStart = 0;
  let termDays = 0;
  let renewalLead = 0;

  for (;;) {
    let duration: number;
    if (stage === 'MANAGEMENT') {
      // Renewal review starts ahead of the term's end, after at least two months of operation.
      renewalLead = rng.range(45, 100) * DAY;
      duration = Math.max(60 * DAY, termStart + termDays * DAY - renewalLead - at);
    } else if (stage === 'RENEWAL') {
      duration = Math.max(10 * DAY, renewalLead - rng.range(5, 20) * DAY);
    } else {
      const stalled = rng.chance(0.12) ? 3 : 1; // some partnerships get stuck for a while
      duration = rng.logNormal(MEDIAN_DAYS[stage] ?? 30, 0.6) * stalled * DAY;
    }
    const terminates = rng.chance((DROP_OUT[stage] ?? 0) * misalignment);
    // Early terminations happen part-way through a stage, not at its planned end.
    const next = at + (terminates && stage === 'MANAGEMENT' ? duration * rng.range(0.2, 0.9) : duration);
    if (next >= anchor) break;
    const to: Stage = terminates ? 'TERMINATED' : (NEXT[stage] ?? 'TERMINATED');
    let term: number | null = null;
    if (to === 'IMPLEMENTATION' || (stage === 'RENEWAL' && to === 'MANAGEMENT')) {
      term = 365 * rng.int(1, 3);
      termStart = next;
      termDays = term;
    }
    steps.push({ from: stage, to, at: Math.round(next), termDays: term });
    stage = to;
    at = next;
    if (stage === 'TERMINATED') break;
  }

  return { steps, stage, endsAt: plannedEnd(rng, steps, anchor) };
}

/**
 * The termination date once TERMINATED; while running under an agreement, the end of its
 * current term (a renewal still under review runs on a short extension past it); else null.
 */
export function plannedEnd(rng: Random, steps: readonly StageStep[], anchor: Ms): Ms | null {
  const last = steps[steps.length - 1];
  if (!last) return null;
  if (last.to === 'TERMINATED') return last.at;
  if (STAGE_RANK[last.to] < STAGE_RANK.IMPLEMENTATION) return null;
  const signing = steps.filter((step) => step.termDays !== null).pop();
  if (!signing || signing.termDays === null) return null;
  const nominal = signing.at + signing.termDays * DAY;
  return nominal > anchor ? nominal : Math.round(anchor + rng.range(15, 90) * DAY);
}

/** A partnership that can be reshaped so that a stage missing from the ecosystem shows up. */
interface Reshapeable {
  steps: StageStep[];
  stage: Stage;
  endsAt: Ms | null;
}

/**
 * Makes every stage occur at least once (small ecosystems can miss, say, RENEWAL by chance):
 * a partnership that passed through the missing stage is cut back to it (any prefix of a
 * lifecycle is a valid lifecycle), or a missing TERMINATED ends a running one recently.
 */
export function ensureEveryStage(rng: Random, partnerships: readonly Reshapeable[], anchor: Ms): void {
  const settle = (p: Reshapeable) => {
    p.stage = p.steps[p.steps.length - 1].to;
    p.endsAt = plannedEnd(rng, p.steps, anchor);
  };
  for (const stage of STAGES) {
    if (partnerships.some((p) => p.stage === stage)) continue;
    if (stage === 'TERMINATED') {
      const running = partnerships.filter(
        (p) => p.stage !== 'TERMINATED' && p.steps[p.steps.length - 1].at < anchor - 2 * DAY,
      );
      if (running.length === 0) continue;
      const p = rng.pick(running);
      const last = p.steps[p.steps.length - 1];
      const at = Math.round(Math.max(last.at + DAY, anchor - rng.range(1, 30) * DAY));
      p.steps.push({ from: p.stage, to: 'TERMINATED', at, termDays: null });
      settle(p);
      continue;
    }
    let best: Reshapeable | undefined;
    let bestAt = -Infinity;
    let cut = -1;
    for (const p of partnerships) {
      const index = p.steps.findIndex((step, i) => step.to === stage && i < p.steps.length - 1);
      const at = index >= 0 ? p.steps[index].at : -Infinity;
      if (at > bestAt) {
        best = p;
        bestAt = at;
        cut = index;
      }
    }
    if (!best) continue;
    best.steps.length = cut + 1;
    settle(best);
  }
}

/** When the partnership first entered `stage`, if it did. */
export function enteredAt(steps: readonly StageStep[], stage: Stage): Ms | null {
  for (const step of steps) if (step.to === stage) return step.at;
  return null;
}

/** The stage a partnership was in at instant `at`. */
export function stageAt(steps: readonly StageStep[], at: Ms): Stage {
  let stage: Stage = 'IDENTIFICATION';
  for (const step of steps) {
    if (step.at > at) break;
    stage = step.to;
  }
  return stage;
}

/** The instant the partnership terminated, if it did. */
export function terminatedAt(steps: readonly StageStep[]): Ms | null {
  const last = steps[steps.length - 1];
  return last && last.to === 'TERMINATED' ? last.at : null;
}
