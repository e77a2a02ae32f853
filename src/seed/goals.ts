/**
 * Goals with progress history. Their `actual` and progress values are measured from the data
 * generated for the same partnership (or, for ecosystem goals, the whole ecosystem), and
 * targets are set around the pace seen so far — so some goals are met and some missed, and
 * the API's "goals met / goals due" is computed over consistent numbers.
 */
import { enteredAt, STAGE_RANK, stageAt } from './lifecycle';
import type { Ecosystem, Ms, Partnership } from './model';
import { RATES } from './profiles';
import type { Random } from './random';
import type { GoalProgressRow, GoalRow } from './rows';
import { DAY, HISTORY_DAYS, iso } from './time';
import { GOAL_HORIZONS, type GoalHorizon, type GoalMetric } from './vocabulary';

/** What one partnership produced, kept while it is generated (small arrays, then dropped). */
export class Trace {
  readonly interactions: Ms[] = [];
  readonly values: [Ms, number][] = [];
  readonly surveys: [Ms, number][] = [];
  readonly initiatives: Ms[] = [];
}

const BUCKETS = 24;

/** The same measures for the whole ecosystem, in 24 buckets over the history. */
export class EcosystemStats {
  readonly interactions = new Float64Array(BUCKETS);
  readonly values = new Float64Array(BUCKETS);
  readonly surveySum = new Float64Array(BUCKETS);
  readonly surveyCount = new Float64Array(BUCKETS);
  readonly initiatives = new Float64Array(BUCKETS);

  constructor(private readonly historyStart: Ms) {}

  bucket(at: Ms): number {
    return Math.floor(((at - this.historyStart) / (HISTORY_DAYS * DAY)) * BUCKETS);
  }

  add(trace: Trace): void {
    const inRange = (b: number) => b >= 0 && b < BUCKETS;
    for (const at of trace.interactions) {
      const b = this.bucket(at);
      if (inRange(b)) this.interactions[b] += 1;
    }
    for (const [at, amount] of trace.values) {
      const b = this.bucket(at);
      if (inRange(b)) this.values[b] += amount;
    }
    for (const [at, score] of trace.surveys) {
      const b = this.bucket(at);
      if (!inRange(b)) continue;
      this.surveySum[b] += score;
      this.surveyCount[b] += 1;
    }
    for (const at of trace.initiatives) {
      const b = this.bucket(at);
      if (inRange(b)) this.initiatives[b] += 1;
    }
  }
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

const HORIZON_DAYS: Record<GoalHorizon, [number, number]> = { SHORT: [90, 180], MEDIUM: [180, 365], LONG: [365, 900] };

function progressNote(rng: Random, ratio: number): string {
  if (ratio >= 1) return rng.pick(['Target reached', 'Ahead of plan']);
  if (ratio >= 0.7) return rng.pick(['On track', 'Monthly review: on track']);
  if (ratio >= 0.4) return rng.pick(['Slightly behind plan', 'Needs attention at the next review']);
  return rng.pick(['Behind plan', 'At risk: recovery plan requested']);
}

interface Measure {
  /** Value of the metric over [from, to). */
  (from: Ms, to: Ms): number;
}

function title(metric: GoalMetric, target: number, scope: string): string {
  switch (metric) {
    case 'value':
      return `Generate $${Math.round(target).toLocaleString('en-US')} of ${scope} value`;
    case 'engagement':
      return `Hold ${target} ${scope} ${target === 1 ? 'activity' : 'activities'}`;
    case 'satisfaction':
      return `Keep ${scope} satisfaction at ${target} or above`;
    case 'initiatives':
      return `Launch ${target} ${scope} ${target === 1 ? 'initiative' : 'initiatives'}`;
    case 'active_partnerships':
      return `Grow to ${target} active partnerships`;
  }
}

/** A goal over [from, due): target from the pace so far, actual and progress as measured. */
function goal(
  rng: Random,
  spec: { partnershipId: string | null; ownerId: string; horizon: GoalHorizon; metric: GoalMetric; scope: string },
  from: Ms,
  due: Ms,
  end: Ms,
  measure: Measure,
  cumulative: boolean,
  stepDays: number,
): GoalRow {
  const until = Math.min(due, end);
  const actualRaw = measure(from, until);
  let target: number;
  if (cumulative) {
    const pace = until > from ? (actualRaw * (due - from)) / (until - from) : 0;
    target = Math.max(1, pace * rng.range(0.75, 1.4));
    target = spec.metric === 'value' ? Math.max(1000, Math.round(target / 1000) * 1000) : Math.round(target);
  } else {
    target =
      spec.metric === 'satisfaction'
        ? round(rng.range(7, 9), 1)
        : Math.max(1, Math.round(actualRaw * rng.range(0.95, 1.3)));
  }
  const actual = round(actualRaw, 2);
  const progress: GoalProgressRow[] = [];
  for (let at = from + stepDays * DAY; at < until; at += stepDays * DAY) {
    const value = round(measure(from, at), 2);
    const stamp = iso(at);
    progress.push({
      id: rng.uuid(),
      at: stamp,
      value,
      note: progressNote(rng, target > 0 ? value / target : 1),
      createdAt: stamp,
      updatedAt: stamp,
    });
  }
  const last = progress[progress.length - 1];
  return {
    id: rng.uuid(),
    partnershipId: spec.partnershipId,
    ownerId: spec.ownerId,
    title: title(spec.metric, target, spec.scope),
    horizon: spec.horizon,
    metric: spec.metric,
    target,
    actual,
    due: iso(due),
    progress,
    createdAt: iso(from),
    updatedAt: last ? last.at : iso(from),
  };
}

const countIn = (times: readonly Ms[], from: Ms, to: Ms) =>
  times.reduce((n, at) => (at >= from && at < to ? n + 1 : n), 0);

export function partnershipGoals(
  rng: Random,
  eco: Ecosystem,
  p: Partnership,
  trace: Trace,
  ownerId: string,
  end: Ms,
): GoalRow[] {
  const implemented = enteredAt(p.steps, 'IMPLEMENTATION');
  if (implemented === null || !rng.chance(RATES.goals)) return [];
  const rows: GoalRow[] = [];
  const count = rng.chance(0.3) ? 2 : 1;
  for (let i = 0; i < count; i += 1) {
    // Goals are set after go-live, within the recorded history (so they can be measured).
    const start = Math.max(implemented + rng.range(0, 30) * DAY, eco.historyStart + rng.range(0, 365) * DAY);
    const from = Math.round(start / DAY) * DAY;
    if (from >= end) continue;
    const horizon = rng.weighted<GoalHorizon>({ SHORT: 0.4, MEDIUM: 0.4, LONG: 0.2 });
    const [shortest, longest] = HORIZON_DAYS[horizon];
    const due = from + rng.int(shortest, longest) * DAY;
    let metric = rng.weighted<GoalMetric>({ value: 0.35, engagement: 0.3, satisfaction: 0.2, initiatives: 0.15 });
    // Without survey answers a satisfaction goal could not be measured.
    if (metric === 'satisfaction' && !trace.surveys.some(([at]) => at >= from && at < end)) metric = 'engagement';
    let measure: Measure;
    switch (metric) {
      case 'value':
        measure = (a, b) => trace.values.reduce((sum, [at, amount]) => (at >= a && at < b ? sum + amount : sum), 0);
        break;
      case 'satisfaction':
        measure = (a, b) => {
          const scores = trace.surveys.filter(([at]) => at >= a && at < b).map(([, score]) => score);
          return scores.length === 0 ? 0 : scores.reduce((x, y) => x + y, 0) / scores.length;
        };
        break;
      case 'initiatives':
        measure = (a, b) => countIn(trace.initiatives, a, b);
        break;
      default:
        measure = (a, b) => countIn(trace.interactions, a, b);
    }
    rows.push(
      goal(
        rng,
        { partnershipId: p.id, ownerId, horizon, metric, scope: 'partnership' },
        from,
        due,
        end,
        measure,
        metric !== 'satisfaction',
        horizon === 'LONG' ? 91 : 30,
      ),
    );
  }
  return rows;
}

const ECOSYSTEM_METRICS: readonly GoalMetric[] = [
  'active_partnerships',
  'value',
  'engagement',
  'satisfaction',
  'initiatives',
];

/** Ecosystem-level goals (no FOR link), owned by the leadership. */
export function ecosystemGoals(
  rng: Random,
  eco: Ecosystem,
  stats: EcosystemStats,
  ownerIds: readonly string[],
): GoalRow[] {
  const sumBuckets = (series: Float64Array, from: Ms, to: Ms) => {
    let total = 0;
    for (let b = Math.max(0, stats.bucket(from)); b < Math.min(BUCKETS, stats.bucket(to)); b += 1)
      total += series[b] ?? 0;
    return total;
  };
  const running = (at: Ms) =>
    eco.partnerships.reduce(
      (n, p) => (p.identifiedAt <= at && STAGE_RANK[stageAt(p.steps, at)] >= STAGE_RANK.IMPLEMENTATION ? n + 1 : n),
      0,
    );
  const rows: GoalRow[] = [];
  for (let i = 0; i < eco.profile.ecosystemGoals; i += 1) {
    const metric = ECOSYSTEM_METRICS[i % ECOSYSTEM_METRICS.length] ?? 'value';
    const from = eco.historyStart + rng.int(0, 12) * 30 * DAY;
    const horizon = GOAL_HORIZONS[i % GOAL_HORIZONS.length] ?? 'LONG';
    const [shortest, longest] = HORIZON_DAYS[horizon];
    const due = from + rng.int(shortest, longest) * DAY;
    let measure: Measure;
    let cumulative = true;
    switch (metric) {
      case 'active_partnerships':
        measure = (_a, b) => running(b);
        cumulative = false;
        break;
      case 'value':
        measure = (a, b) => sumBuckets(stats.values, a, b);
        break;
      case 'engagement':
        measure = (a, b) => sumBuckets(stats.interactions, a, b);
        break;
      case 'initiatives':
        measure = (a, b) => sumBuckets(stats.initiatives, a, b);
        break;
      default:
        cumulative = false;
        measure = (a, b) => {
          const sum = sumBuckets(stats.surveySum, a, b);
          const n = sumBuckets(stats.surveyCount, a, b);
          return n === 0 ? 0 : sum / n;
        };
    }
    rows.push(
      goal(
        rng,
        { partnershipId: null, ownerId: rng.pick(ownerIds), horizon, metric, scope: 'ecosystem' },
        from,
        due,
        eco.anchor,
        measure,
        cumulative,
        30,
      ),
    );
  }
  return rows;
}
