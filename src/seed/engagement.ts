/**
 * Engagement over time. Each partnership gets an activity plan — a base rate (log-normal, so
 * a few partnerships are very busy), a handful of bursts (a launch, a joint sprint), maybe a
 * mid-life lull, and for some active partnerships a collapse in the last months (what at-risk
 * detection looks for). The rate also follows the lifecycle stage, the calendar (August and
 * year-end are quiet; conference weeks are busy) and fades before a termination.
 * Interactions are drawn week by week from that rate (value flows: value-flows.ts).
 */
import { enteredAt, stageAt, terminatedAt } from './lifecycle';
import type { Ecosystem, Ms, Partnership } from './model';
import { RATES } from './profiles';
import type { Random } from './random';
import type { InteractionRow, SurveyRow } from './rows';
import { DAY, HOUR, iso, WEEK } from './time';
import { CONFERENCES, TOPICS, type InteractionKind, type PartnershipType, type Stage } from './vocabulary';

interface Window {
  from: Ms;
  to: Ms;
  factor: number;
}

export interface ActivityPlan {
  /** Interactions per week in steady-state management, before any modulation. */
  weekly: number;
  bursts: Window[];
  lull: Window | null;
  /** From here on the partnership has gone quiet (engagement collapses). */
  quietFrom: Ms | null;
  /** Typical survey score of its parties. */
  satisfaction: number;
  /** Multiplier on value-flow frequency and amounts. */
  valueScale: number;
  /** When interactions can happen: [start, end). */
  start: Ms;
  end: Ms;
  terminatedAt: Ms | null;
}

/** Exit instants of the parties that left the ecosystem, by id; null when none did (the usual case). */
export function departures(eco: Ecosystem, p: Partnership): Map<string, Ms> | null {
  let gone: Map<string, Ms> | null = null;
  for (const party of p.parties) {
    const participant = eco.participants[party.participant];
    if (participant.exitedAt === null) continue;
    gone ??= new Map();
    gone.set(participant.id, participant.exitedAt);
  }
  return gone;
}

/** Calendar multipliers per week of the history: season and ecosystem-wide conference weeks. */
export function weekFactors(historyStart: Ms, anchor: Ms, eventWeeks: ReadonlySet<number>): number[] {
  const factors: number[] = [];
  for (let week = 0; historyStart + week * WEEK < anchor; week += 1) {
    const mid = new Date(historyStart + week * WEEK + 3.5 * DAY);
    const month = mid.getUTCMonth();
    const day = mid.getUTCDate();
    let factor = 1;
    if (month === 7) factor = 0.6; // August holidays
    if ((month === 11 && day >= 18) || (month === 0 && day <= 4)) factor = 0.35; // year-end
    if (eventWeeks.has(week)) factor *= 1.7;
    factors.push(factor);
  }
  return factors;
}

const PHASE_FACTOR: Record<Stage, number> = {
  IDENTIFICATION: 0.15,
  EVALUATION: 0.3,
  NEGOTIATION: 0.5,
  IMPLEMENTATION: 1.3,
  MANAGEMENT: 1,
  RENEWAL: 0.7,
  TERMINATED: 0,
};

function tierBoost(eco: Ecosystem, p: Partnership): number {
  let boost = 1;
  for (const party of p.parties) {
    const tier = eco.participants[party.participant].tier;
    if (tier === 'STRATEGIC') boost = Math.max(boost, 1.8);
    else if (tier === 'CORE') boost = Math.max(boost, 1.3);
  }
  return boost;
}

export function planActivity(rng: Random, eco: Ecosystem, p: Partnership): ActivityPlan {
  const ended = terminatedAt(p.steps);
  const start = Math.max(eco.historyStart, p.identifiedAt);
  const end = ended ?? eco.anchor;
  const boost = tierBoost(eco, p);
  const weekly =
    RATES.weeklyInteractions *
    rng.logNormal(1, RATES.activitySpread) *
    (1 + 0.35 * (p.parties.length - 2)) *
    boost *
    (0.6 + 0.6 * p.alignment);

  const bursts: Window[] = [];
  // Launches, joint sprints, campaigns: a few weeks at several times the usual pace.
  const burstCount = Number(rng.weighted({ '0': 15, '1': 30, '2': 30, '3': 15, '4': 10 }));
  for (let i = 0; i < burstCount && end > start; i += 1) {
    const from = rng.range(start, end);
    bursts.push({ from, to: from + rng.int(1, 4) * WEEK, factor: rng.range(4, 10) });
  }

  let lull: Window | null = null;
  if (end - start > 20 * WEEK && rng.chance(RATES.lull)) {
    const from = rng.range(start, end - 10 * WEEK);
    lull = { from, to: from + rng.int(4, 10) * WEEK, factor: 0.15 };
  }

  let quietFrom: Ms | null = null;
  const implemented = enteredAt(p.steps, 'IMPLEMENTATION');
  const running = p.stage === 'IMPLEMENTATION' || p.stage === 'MANAGEMENT' || p.stage === 'RENEWAL';
  if (running && implemented !== null && rng.chance(RATES.goingQuiet)) {
    const candidate = eco.anchor - rng.range(20, 150) * DAY;
    if (candidate > implemented + 60 * DAY) quietFrom = candidate;
  }

  return {
    weekly,
    bursts,
    lull,
    quietFrom,
    satisfaction: Math.min(9.5, Math.max(2, 4.5 + 4 * p.alignment + rng.normal() * 0.8)),
    valueScale: rng.logNormal(1, 0.6) * boost,
    start,
    end,
    terminatedAt: ended,
  };
}

/** The partnership's own activity multiplier at instant `at` (the calendar is separate). */
export function activityFactor(plan: ActivityPlan, p: Partnership, at: Ms): number {
  let factor = PHASE_FACTOR[stageAt(p.steps, at)];
  for (const burst of plan.bursts) if (at >= burst.from && at < burst.to) factor *= burst.factor;
  if (plan.lull && at >= plan.lull.from && at < plan.lull.to) factor *= plan.lull.factor;
  if (plan.quietFrom !== null && at >= plan.quietFrom) factor *= 0.08;
  if (plan.terminatedAt !== null) {
    const left = (plan.terminatedAt - at) / (90 * DAY);
    if (left < 1) factor *= Math.max(0.15, left); // engagement fades before the end
  }
  return factor;
}

const KIND_MIX: Record<PartnershipType, Partial<Record<InteractionKind, number>>> = {
  TECHNOLOGY: {
    MEETING: 3,
    JOINT_WORK: 4,
    SUPPORT: 3,
    REVIEW: 1.5,
    CONTRIBUTION: 1,
    EVENT: 0.5,
    CO_MARKETING: 0.5,
    REFERRAL: 0.3,
  },
  BUSINESS: {
    MEETING: 3,
    CO_MARKETING: 3,
    REFERRAL: 3,
    REVIEW: 1.5,
    EVENT: 1,
    SUPPORT: 1,
    JOINT_WORK: 0.5,
    CONTRIBUTION: 0.2,
  },
  RESEARCH: {
    MEETING: 2.5,
    JOINT_WORK: 3,
    CONTRIBUTION: 3,
    EVENT: 1.5,
    REVIEW: 2,
    SUPPORT: 0.3,
    CO_MARKETING: 0.2,
    REFERRAL: 0.2,
  },
  INNOVATION: {
    MEETING: 2.5,
    JOINT_WORK: 3.5,
    EVENT: 2,
    CONTRIBUTION: 2,
    CO_MARKETING: 1,
    REVIEW: 1,
    SUPPORT: 0.5,
    REFERRAL: 0.5,
  },
};

/** Typical weight (1..5) of an interaction of each kind. */
const KIND_WEIGHT: Record<InteractionKind, number> = {
  MEETING: 2,
  JOINT_WORK: 3.5,
  CO_MARKETING: 3,
  REFERRAL: 3.5,
  EVENT: 2.5,
  SUPPORT: 2,
  CONTRIBUTION: 3,
  REVIEW: 2.5,
};

function note(rng: Random, kind: InteractionKind): string {
  const topic = rng.pick(TOPICS);
  switch (kind) {
    case 'MEETING':
      return rng.pick([
        'Weekly sync',
        'Quarterly business review',
        `Roadmap alignment on ${topic}`,
        'Executive check-in',
        'Kick-off call',
      ]);
    case 'JOINT_WORK':
      return rng.pick([`Joint sprint on ${topic}`, `Pairing session: ${topic}`, `Integration work on ${topic}`]);
    case 'CO_MARKETING':
      return rng.pick([`Co-branded webinar on ${topic}`, 'Joint case study published', 'Shared launch announcement']);
    case 'REFERRAL':
      return rng.pick(['Customer referral', 'Qualified lead shared', 'Introduction to a prospect']);
    case 'EVENT':
      return rng.pick([
        `Joint booth at ${rng.pick(CONFERENCES)}`,
        `Meetup talk on ${topic}`,
        `Panel at ${rng.pick(CONFERENCES)}`,
      ]);
    case 'SUPPORT':
      return rng.pick([
        'Integration support ticket',
        `Escalation about ${topic}`,
        'Onboarding help for partner engineers',
      ]);
    case 'CONTRIBUTION':
      return rng.pick([
        `Open-source contribution to ${topic} tooling`,
        'Dataset contribution',
        `Benchmark results on ${topic}`,
      ]);
    case 'REVIEW':
      return rng.pick(['Quarterly performance review', 'Security review follow-up', `Technical review of ${topic}`]);
  }
}

/** A working-hours instant in the given week (weekends are rare). */
function workingInstant(rng: Random, weekStart: Ms): Ms {
  let day = rng.int(0, 6);
  const weekday = new Date(weekStart + day * DAY).getUTCDay();
  if ((weekday === 0 || weekday === 6) && rng.chance(0.85)) day = (day + 2) % 7;
  return Math.round(weekStart + day * DAY + rng.range(7, 19) * HOUR);
}

export function* interactions(
  rng: Random,
  eco: Ecosystem,
  p: Partnership,
  plan: ActivityPlan,
  weeks: readonly number[],
): Generator<InteractionRow> {
  const ids = p.parties.map((party) => eco.participants[party.participant].id);
  const gone = departures(eco, p);
  const firstWeek = Math.floor((plan.start - eco.historyStart) / WEEK);
  for (let week = Math.max(0, firstWeek); week < weeks.length; week += 1) {
    const weekStart = eco.historyStart + week * WEEK;
    if (weekStart >= plan.end) break;
    const rate = plan.weekly * (weeks[week] ?? 1) * activityFactor(plan, p, weekStart + 3.5 * DAY);
    const count = rng.poisson(rate);
    for (let i = 0; i < count; i += 1) {
      const at = workingInstant(rng, weekStart);
      if (at < plan.start || at >= plan.end) continue;
      const stage = stageAt(p.steps, at);
      const early = stage === 'IDENTIFICATION' || stage === 'EVALUATION' || stage === 'NEGOTIATION';
      const kind: InteractionKind =
        early && rng.chance(0.75)
          ? 'MEETING'
          : (weeks[week] ?? 1) > 1.5 && rng.chance(0.3)
            ? 'EVENT'
            : rng.weighted(KIND_MIX[p.type]);
      const engaged = Math.min(ids.length, Number(rng.weighted({ '1': 62, '2': 32, '3': 6 })));
      // The lead is in most interactions; the others are drawn from the remaining parties.
      const drawn = rng.chance(0.8) ? [ids[0], ...rng.sample(ids.slice(1), engaged - 1)] : rng.sample(ids, engaged);
      // Parties that have left the ecosystem take part in nothing after their exit.
      const participantIds = gone ? drawn.filter((id) => !((gone.get(id) ?? Infinity) <= at)) : drawn;
      if (participantIds.length === 0) continue;
      const weight = Math.min(5, Math.max(1, KIND_WEIGHT[kind] + rng.normal() * 0.7));
      const stamp = iso(at);
      yield {
        id: rng.uuid(),
        partnershipId: p.id,
        kind,
        at: stamp,
        weight: Math.round(weight * 10) / 10,
        note: note(rng, kind),
        participantIds,
        createdAt: stamp,
        updatedAt: stamp,
      };
    }
  }
}

const SURVEY_INTERVAL = 182 * DAY;

function surveyComment(rng: Random, score: number): string {
  if (score >= 9)
    return rng.pick([
      'Excellent collaboration, clear value on both sides.',
      'A model partnership.',
      'Great responsiveness and shared roadmap.',
    ]);
  if (score >= 7)
    return rng.pick([
      'Good progress; a few delays.',
      'Solid partnership, communication could improve.',
      'Valuable, would like more joint marketing.',
    ]);
  if (score >= 5)
    return rng.pick(['Mixed results so far.', 'Slow decisions on the partner side.', 'Value not yet clear.']);
  return rng.pick(['Disappointing engagement.', 'Commitments not met.', 'Considering ending the partnership.']);
}

/** Semi-annual satisfaction surveys once implemented; scores drop once it has gone quiet. */
export function* surveys(rng: Random, eco: Ecosystem, p: Partnership, plan: ActivityPlan): Generator<SurveyRow> {
  const implemented = enteredAt(p.steps, 'IMPLEMENTATION');
  if (implemented === null) return;
  for (let wave = eco.historyStart + 45 * DAY; wave < plan.end; wave += SURVEY_INTERVAL) {
    if (wave < implemented) continue;
    for (const party of p.parties) {
      if (!rng.chance(RATES.surveyResponse)) continue;
      const at = Math.round(wave + rng.range(0, 21) * DAY);
      if (at >= plan.end || (eco.participants[party.participant].exitedAt ?? Infinity) <= at) continue;
      const gloom = plan.quietFrom !== null && at >= plan.quietFrom ? 2.5 : 0;
      const score = Math.round(Math.min(10, Math.max(0, plan.satisfaction - gloom + rng.normal() * 1.2)));
      const stamp = iso(at);
      yield {
        id: rng.uuid(),
        partnershipId: p.id,
        participantId: eco.participants[party.participant].id,
        score,
        at: stamp,
        comment: surveyComment(rng, score),
        createdAt: stamp,
        updatedAt: stamp,
      };
    }
  }
}
