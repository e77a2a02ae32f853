import fs from 'node:fs';
import path from 'node:path';
/** Pure business-KPI functions against hand-computed values, and their Cypher (snapshots). */
import { isInt } from 'neo4j-driver';
import {
  decay,
  contribution,
  engagementFigures,
  engagementScore,
  engagementTrend,
} from '../../src/kpi/engagement/engagement';
import { participantEngagement } from '../../src/kpi/engagement/engagement.queries';
import { DEFAULT_ENGAGEMENT, validateEngagementSettings } from '../../src/kpi/engagement/settings';
import { DAY_MS, stateInstant, windowDays } from '../../src/kpi/engagement/window';
import { buildForecast } from '../../src/kpi/forecast/forecast';
import { ALPHAS, BETAS, fitHolt, holtForecast, holtSmooth } from '../../src/kpi/forecast/holt';
import { firstActiveBucket, monthBounds, monthStart } from '../../src/kpi/forecast/months';
import { elephantFactor, gini } from '../../src/kpi/inequality/gini';
import { ForecastMetric, ForecastScope } from '../../src/modules/forecast/forecast.enums';
import { monthlySeries } from '../../src/modules/forecast/forecast.queries';
import { adamicAdarCandidates } from '../../src/modules/recommendation/recommendation.queries';

interface HoltCase {
  series: number[];
  fit: { alpha: number; beta: number; sse: number; level: number; trend: number };
}
/** Written by scripts/reference/holt.py (an independent brute force over the same grid). */
const HOLT_REFERENCE = JSON.parse(
  fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'holt.json'), 'utf8'),
) as Record<'interior' | 'handComputed', HoltCase>;
import { atRiskCandidates, partnershipScorecards, valueVolumes } from '../../src/modules/scorecard/scorecard.queries';
import {
  atRiskReasons,
  AtRiskReasonCode,
  engagementDrop,
  rankAtRisk,
  riskFlags,
  RiskFlagKind,
  type AtRiskFigures,
} from '../../src/modules/scorecard/scorecard.rules';

const at = (iso: string) => new Date(iso);
const W = { from: at('2025-01-01T00:00:00Z'), to: at('2025-04-01T00:00:00Z') };
const d = 2 ** (-1 / 30); // one day of decay with a 30-day half-life

describe('window helpers', () => {
  it('measures the window and reads state at min(end, now)', () => {
    expect(windowDays(W)).toBe(90);
    expect(stateInstant(W, at('2026-01-01T00:00:00Z'))).toEqual(W.to);
    expect(stateInstant(W, at('2025-02-01T00:00:00Z'))).toEqual(at('2025-02-01T00:00:00Z'));
  });
});

describe('engagement', () => {
  it('halves a contribution every half-life', () => {
    expect(decay(0, 30)).toBe(1);
    expect(decay(30 * DAY_MS, 30)).toBe(0.5);
    expect(decay(60 * DAY_MS, 30)).toBe(0.25);
    expect(decay(DAY_MS, 30)).toBeCloseTo(d, 15);
  });

  it('weighs by kind and by the interaction weight; an unknown kind counts 0', () => {
    const asOf = at('2025-04-01T00:00:00Z');
    // JOINT_WORK (3) × weight 2 × 2^(−30/30) = 3
    expect(
      contribution({ kind: 'JOINT_WORK', weight: 2, at: at('2025-03-02T00:00:00Z') }, asOf, DEFAULT_ENGAGEMENT),
    ).toBe(3);
    // REVIEW (1.5) × weight absent (1) × 1
    expect(contribution({ kind: 'REVIEW', weight: null, at: asOf }, asOf, DEFAULT_ENGAGEMENT)).toBe(1.5);
    expect(contribution({ kind: 'GOSSIP', weight: 5, at: asOf }, asOf, DEFAULT_ENGAGEMENT)).toBe(0);
  });

  const samples = [
    { kind: 'JOINT_WORK', weight: 2, at: at('2025-03-02T00:00:00Z') }, // 3
    { kind: 'MEETING', weight: 1, at: at('2025-03-31T00:00:00Z') }, // d
    { kind: 'MEETING', weight: 4, at: at('2025-01-31T00:00:00Z'), correctedBy: 'x' }, // corrected: 0
    { kind: 'MEETING', weight: 2, at: at('2025-01-31T00:00:00Z') }, // 2 × 0.25 = 0.5
    { kind: 'MEETING', weight: 1, at: at('2025-01-01T00:00:00Z') }, // at `from`: counts, 1 × 2^(−3) = 0.125
    { kind: 'MEETING', weight: 1, at: at('2025-04-01T00:00:00Z') }, // at `to`: excluded
    { kind: 'REVIEW', weight: 2, at: at('2024-12-02T00:00:00Z') }, // previous: 1.5 × 2 × 0.5 = 1.5
    { kind: 'MEETING', weight: 1, at: at('2024-12-31T00:00:00Z') }, // previous: d
  ];

  it('sums the window [from, to), skipping corrected interactions', () => {
    const { score, interactions } = engagementScore(samples, W, DEFAULT_ENGAGEMENT);
    expect(interactions).toBe(4);
    expect(score).toBeCloseTo(3 + d + 0.5 + 0.125, 12);
  });

  it('compares with the preceding window, decayed to its own end', () => {
    const figures = engagementFigures(samples, W, DEFAULT_ENGAGEMENT);
    expect(figures.previousInteractions).toBe(2);
    expect(figures.previousScore).toBeCloseTo(1.5 + d, 12);
    expect(figures.trend).toBeCloseTo((3.625 + d) / (1.5 + d), 12);
  });

  it('has no trend without a previous engagement', () => {
    expect(engagementTrend(4, 0)).toBeNull();
    expect(engagementTrend(0, 2)).toBe(0);
    expect(engagementTrend(3, 2)).toBe(1.5);
  });

  it('refuses a settings table with a non-positive half-life or a negative weight', () => {
    expect(validateEngagementSettings(DEFAULT_ENGAGEMENT)).toBe(DEFAULT_ENGAGEMENT);
    expect(() => validateEngagementSettings({ halfLifeDays: 0, kindWeights: {} })).toThrow(RangeError);
    expect(() => validateEngagementSettings({ halfLifeDays: 30, kindWeights: { MEETING: -1 } })).toThrow(RangeError);
  });
});

describe('Holt linear smoothing', () => {
  it('runs the recursions (hand-computed: y = 1, 3, 4, 8; α = β = 0.5)', () => {
    // l0 = 1, b0 = 2; ŷ1 = 3 (e 0) → l1 = 3, b1 = 2; ŷ2 = 5 (e −1) → l2 = 4.5, b2 = 1.75;
    // ŷ3 = 6.25 (e 1.75) → l3 = 7.125, b3 = 2.1875; SSE = 1 + 3.0625.
    const fit = holtSmooth([1, 3, 4, 8], 0.5, 0.5);
    expect(fit.fitted).toEqual([null, 3, 5, 6.25]);
    expect(fit.sse).toBe(4.0625);
    expect(fit.level).toBe(7.125);
    expect(fit.trend).toBe(2.1875);
    expect(holtForecast(fit, 2)).toEqual([9.3125, 11.5]);
  });

  it('searches α ∈ 0.05..1 and β ∈ 0..1 by 0.05', () => {
    expect(ALPHAS).toHaveLength(20);
    expect(ALPHAS[0]).toBe(0.05);
    expect(ALPHAS[19]).toBe(1);
    expect(BETAS).toHaveLength(21);
    expect(BETAS[0]).toBe(0);
    expect(BETAS[20]).toBe(1);
  });

  it('picks the least SSE (hand-computed: y = 1, 3, 4, 8 → α = 0.05, β = 0)', () => {
    // l0 = 1, b0 = 2 (β = 0 keeps it); ŷ2 = 5 (e −1), l2 = 0.05·4 + 0.95·5 = 4.95;
    // ŷ3 = 6.95 (e 1.05), l3 = 0.05·8 + 0.95·6.95 = 7.0025; SSE = 1 + 1.1025 = 2.1025.
    const fit = fitHolt([1, 3, 4, 8]);
    expect([fit.alpha, fit.beta]).toEqual([0.05, 0]);
    expect(fit.sse).toBeCloseTo(2.1025, 12);
    expect(fit.level).toBeCloseTo(7.0025, 12);
    expect(fit.trend).toBe(2);
  });

  it('finds an interior optimum as the independent brute force does (scripts/reference/holt.py: α 0.35, β 0.4)', () => {
    const { series, fit: expected } = HOLT_REFERENCE.interior;
    const fit = fitHolt(series);
    expect([fit.alpha, fit.beta]).toEqual([expected.alpha, expected.beta]);
    expect([fit.alpha, fit.beta]).toEqual([0.35, 0.4]);
    expect(fit.sse).toBeCloseTo(expected.sse, 9);
    expect(fit.level).toBeCloseTo(expected.level, 9);
    expect(fit.trend).toBeCloseTo(expected.trend, 9);
    for (const alpha of ALPHAS) {
      for (const beta of BETAS) expect(holtSmooth(series, alpha, beta).sse).toBeGreaterThanOrEqual(fit.sse);
    }
  });

  it('agrees with the brute force on the hand-computed series too', () => {
    const { series, fit: expected } = HOLT_REFERENCE.handComputed;
    const fit = fitHolt(series);
    expect([fit.alpha, fit.beta]).toEqual([expected.alpha, expected.beta]);
    for (const key of ['sse', 'level', 'trend'] as const) expect(fit[key]).toBeCloseTo(expected[key], 12);
  });

  it('fits a straight line exactly and breaks the tie towards the smoothest model', () => {
    const fit = fitHolt([2, 4, 6, 8, 10]);
    expect(fit.sse).toBeLessThan(1e-20); // 0 but for rounding of 0.05 · y + 0.95 · ŷ
    expect([fit.alpha, fit.beta]).toEqual([0.05, 0]);
    holtForecast(fit, 3).forEach((value, h) => expect(value).toBeCloseTo(12 + 2 * h, 12));
  });

  it('needs two observations', () => {
    expect(() => holtSmooth([1], 0.5, 0.5)).toThrow(RangeError);
  });
});

describe('monthly buckets and forecasts', () => {
  it('uses UTC calendar months, the current one excluded from history', () => {
    expect(monthStart(at('2026-01-15T10:00:00Z'), -1)).toEqual(at('2025-12-01T00:00:00Z'));
    const bounds = monthBounds(at('2026-11-30T03:00:00Z'), 24);
    expect(bounds).toHaveLength(25);
    expect(bounds[0]).toEqual(at('2024-11-01T00:00:00Z'));
    expect(bounds[24]).toEqual(at('2026-11-01T00:00:00Z'));
    expect(firstActiveBucket([0, 0, 2, 0])).toBe(2);
    expect(firstActiveBucket([0, 0])).toBe(-1);
  });

  const month = (index: number) => at(`2026-0${index + 1}-01T00:00:00Z`);
  const bucket = (index: number, value: number) => ({ periodStart: month(index), value, events: value > 0 ? 1 : 0 });

  it('fits from the first active month and projects from `next`', () => {
    const history = [bucket(0, 0), bucket(1, 0), bucket(2, 100), bucket(3, 200), bucket(4, 300), bucket(5, 400)];
    const result = buildForecast(history, month(6), 3);
    expect(result.model).toMatchObject({ alpha: 0.05, beta: 0, observations: 4 });
    expect(result.model?.level).toBeCloseTo(400, 9);
    expect(result.model?.trend).toBeCloseTo(100, 9);
    expect(result.model?.sse).toBeCloseTo(0, 9);
    expect(result.history.map((point) => point.fitted && Math.round(point.fitted))).toEqual([
      null,
      null,
      null,
      200,
      300,
      400,
    ]);
    expect(result.points.map((point) => point.periodStart)).toEqual([month(6), month(7), month(8)]);
    result.points.forEach((point, h) => {
      expect(point.value).toBeCloseTo(500 + 100 * h, 9);
      expect(point.raw).toBe(point.value);
    });
  });

  it('clamps negative projections at 0 but keeps the raw value', () => {
    const result = buildForecast([bucket(0, 300), bucket(1, 200), bucket(2, 100)], month(3), 2);
    expect(result.points.map((point) => [point.value, point.raw])).toEqual([
      [0, 0],
      [0, -100],
    ]);
  });

  it('is flat with one active month and zero without any', () => {
    const one = buildForecast([bucket(0, 0), bucket(1, 7)], month(2), 2);
    expect(one.model).toBeNull();
    expect(one.points.map((point) => point.value)).toEqual([7, 7]);
    const none = buildForecast([bucket(0, 0), bucket(1, 0)], month(2), 1);
    expect(none.model).toBeNull();
    expect(none.points).toEqual([{ periodStart: month(2), value: 0, raw: 0 }]);
  });
});

describe('concentration', () => {
  it('computes the Gini coefficient (hand-computed)', () => {
    expect(gini([5, 5, 5, 5])).toBe(0);
    // Σ|xi − xj| over ordered pairs = 60, 2n²μ = 2 · 16 · 2.5 = 80
    expect(gini([0, 0, 0, 10])).toBeCloseTo(0.75, 12);
    // 2 · (1·1 + 2·2 + 3·3 + 4·4) / (4 · 10) − 5/4 = 1.5 − 1.25
    expect(gini([4, 1, 3, 2])).toBeCloseTo(0.25, 12);
    expect(gini([200, 1800, 200, 1800])).toBeCloseTo(0.4, 12);
    expect(gini([])).toBeNull();
    expect(gini([0, 0])).toBeNull();
    expect(() => gini([1, -1])).toThrow(RangeError);
  });

  it('finds the fewest holders carrying half the total (CHAOSS elephant factor)', () => {
    const result = elephantFactor([
      { id: 'c', value: 25 },
      { id: 'a', value: 40 },
      { id: 'b', value: 35 },
    ]);
    expect(result.factor).toBe(2);
    expect(result.total).toBe(100);
    expect(result.elephants).toEqual([
      { id: 'a', value: 40, share: 0.4 },
      { id: 'b', value: 35, share: 0.35 },
    ]);
    // exactly half is enough; equal values are ordered by id
    expect(
      elephantFactor([
        { id: 'y', value: 50 },
        { id: 'x', value: 50 },
      ]).elephants.map((e) => e.id),
    ).toEqual(['x']);
    expect(elephantFactor([])).toEqual({ factor: 0, elephants: [], total: 0 });
  });
});

describe('scorecard rules', () => {
  it('words the governance flags in a fixed order', () => {
    const flags = riskFlags({
      highRisks: 2,
      criticalRisks: 1,
      openConflicts: 1,
      escalatedConflicts: 0,
      overdueGoals: 3,
      expiringAgreements: 1,
      firstExpiry: at('2025-04-20T00:00:00Z'),
    });
    expect(flags).toEqual([
      { kind: RiskFlagKind.HIGH_RISK, count: 2, message: '2 open HIGH/CRITICAL risks (1 critical)' },
      { kind: RiskFlagKind.OPEN_CONFLICT, count: 1, message: '1 open conflict (0 escalated)' },
      { kind: RiskFlagKind.OVERDUE_GOAL, count: 3, message: '3 goals past due and not met' },
      {
        kind: RiskFlagKind.EXPIRING_AGREEMENT,
        count: 1,
        message: '1 executed agreement expiring within 30 days, the first on 2025-04-20',
      },
    ]);
    expect(
      riskFlags({
        highRisks: 0,
        criticalRisks: 0,
        openConflicts: 0,
        escalatedConflicts: 0,
        overdueGoals: 0,
        expiringAgreements: 0,
        firstExpiry: null,
      }),
    ).toEqual([]);
  });

  const asOf = at('2025-04-01T00:00:00Z');
  const calm: AtRiskFigures = {
    score: 10,
    previousScore: 10,
    interactions: 5,
    previousInteractions: 5,
    stage: 'MANAGEMENT',
    stageSince: at('2024-01-01T00:00:00Z'),
    satisfaction: 8,
    previousSatisfaction: 8,
    overdueGoals: 0,
  };
  const codes = (figures: Partial<AtRiskFigures>) => atRiskReasons({ ...calm, ...figures }, asOf).map((r) => r.code);

  it('flags nothing on a calm partnership', () => {
    expect(codes({})).toEqual([]);
  });

  it('flags falling engagement: trend < 0.5 with ≥ 3 previous interactions', () => {
    expect(codes({ score: 4.99 })).toEqual([AtRiskReasonCode.FALLING_ENGAGEMENT]);
    expect(codes({ score: 5 })).toEqual([]); // trend exactly 0.5
    expect(codes({ score: 1, previousInteractions: 2 })).toEqual([]);
    expect(codes({ score: 0, previousScore: 0 })).toEqual([]); // no trend
    const [reason] = atRiskReasons({ ...calm, score: 2.5, interactions: 1 }, asOf);
    expect(reason?.message).toBe('Engagement fell to 25 % of the previous window (1 interaction against 5)');
    expect(reason?.figures).toContainEqual({ name: 'trend', value: 0.25 });
  });

  it('flags a stage stalled in EVALUATION / NEGOTIATION for more than 90 days', () => {
    const ninety = new Date(asOf.getTime() - 90 * DAY_MS);
    expect(codes({ stage: 'NEGOTIATION', stageSince: new Date(ninety.getTime() - 1) })).toEqual([
      AtRiskReasonCode.STALLED_STAGE,
    ]);
    expect(codes({ stage: 'NEGOTIATION', stageSince: ninety })).toEqual([]);
    expect(codes({ stage: 'EVALUATION', stageSince: at('2024-11-01T00:00:00Z') })).toEqual([
      AtRiskReasonCode.STALLED_STAGE,
    ]);
    expect(codes({ stage: 'MANAGEMENT', stageSince: at('2020-01-01T00:00:00Z') })).toEqual([]);
    expect(codes({ stage: 'EVALUATION', stageSince: null })).toEqual([]);
    const [reason] = atRiskReasons({ ...calm, stage: 'EVALUATION', stageSince: at('2024-11-01T00:00:00Z') }, asOf);
    expect(reason?.message).toBe('In EVALUATION for 151 days (more than 90)');
  });

  it('flags a satisfaction drop of more than 2 points or a mean below 5', () => {
    expect(codes({ satisfaction: 5.9, previousSatisfaction: 8 })).toEqual([AtRiskReasonCode.SATISFACTION_DROP]);
    expect(codes({ satisfaction: 6, previousSatisfaction: 8 })).toEqual([]); // exactly 2
    expect(codes({ satisfaction: 4.5, previousSatisfaction: null })).toEqual([AtRiskReasonCode.SATISFACTION_DROP]);
    expect(codes({ satisfaction: 5, previousSatisfaction: null })).toEqual([]);
    expect(codes({ satisfaction: null, previousSatisfaction: 9 })).toEqual([]);
    const [reason] = atRiskReasons({ ...calm, satisfaction: 4.5, previousSatisfaction: 7 }, asOf);
    expect(reason?.message).toBe('Satisfaction dropped from 7 to 4.5');
  });

  it('flags overdue goals, and lists every reason in a fixed order', () => {
    expect(codes({ overdueGoals: 2 })).toEqual([AtRiskReasonCode.OVERDUE_GOALS]);
    expect(codes({ score: 1, stage: 'EVALUATION', satisfaction: 2, overdueGoals: 1 })).toEqual([
      AtRiskReasonCode.FALLING_ENGAGEMENT,
      AtRiskReasonCode.STALLED_STAGE,
      AtRiskReasonCode.SATISFACTION_DROP,
      AtRiskReasonCode.OVERDUE_GOALS,
    ]);
  });

  it('ranks by number of reasons, then engagement drop, then id', () => {
    expect(engagementDrop({ score: 1, previousScore: 4 })).toBe(0.75);
    expect(engagementDrop({ score: 3, previousScore: 0 })).toBe(0);
    const reason = { code: AtRiskReasonCode.OVERDUE_GOALS, message: '', figures: [] };
    const ranked = rankAtRisk([
      { id: 'b', reasons: [reason], drop: 0, item: 1 },
      { id: 'a', reasons: [reason], drop: 0, item: 2 },
      { id: 'c', reasons: [reason], drop: 0.75, item: 3 },
      { id: 'd', reasons: [reason, reason], drop: -1, item: 4 },
    ]);
    expect(ranked.map((entry) => entry.id)).toEqual(['d', 'c', 'a', 'b']);
  });
});

describe('statements', () => {
  const asOf = at('2025-04-01T00:00:00Z');
  it.each([
    ['participantEngagement', () => participantEngagement(['p1', 'p2'], W, DEFAULT_ENGAGEMENT)],
    ['partnershipScorecards', () => partnershipScorecards(['s1'], W, asOf, DEFAULT_ENGAGEMENT)],
    ['atRiskCandidates', () => atRiskCandidates(W, asOf, DEFAULT_ENGAGEMENT)],
    ['valueVolumes', () => valueVolumes(W)],
    ['adamicAdarCandidates', () => adamicAdarCandidates('p1', 5)],
    [
      'monthlySeries ENGAGEMENT PARTICIPANT',
      () =>
        monthlySeries(
          ForecastMetric.ENGAGEMENT,
          ForecastScope.PARTICIPANT,
          'p1',
          monthBounds(asOf, 2),
          DEFAULT_ENGAGEMENT,
        ),
    ],
    [
      'monthlySeries VALUE ECOSYSTEM',
      () =>
        monthlySeries(ForecastMetric.VALUE, ForecastScope.ECOSYSTEM, null, monthBounds(asOf, 2), DEFAULT_ENGAGEMENT),
    ],
  ])('%s', (_name, build) => {
    const statement = build();
    expect(statement.cypher).toMatchSnapshot();
    // Neo4j integers shown as int(n), so the snapshot reads like the builder's call.
    const readable = JSON.stringify(statement.params, (_key, value: unknown) =>
      isInt(value) ? `int(${value.toString()})` : value,
    );
    expect(JSON.parse(readable)).toMatchSnapshot();
  });

  it('passes every window bound and integer as a parameter', () => {
    const statement = partnershipScorecards(['s1'], W, asOf, DEFAULT_ENGAGEMENT);
    expect(statement.cypher).not.toContain('2025');
    expect(statement.params).toMatchObject({
      from: '2025-01-01T00:00:00.000Z',
      previousFrom: '2024-10-03T00:00:00.000Z',
    });
  });
});
