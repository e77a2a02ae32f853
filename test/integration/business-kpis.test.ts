/**
 * Business KPIs end to end (GraphQL over HTTP → resolvers → Neo4j) on a small fixture graph
 * written with Cypher, every expected value computed by hand in the comments; partner
 * recommendations also against NetworkX on Zachary's karate club.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { App } from '../../src/app';
import { fitHolt } from '../../src/kpi/forecast/holt';
import { monthStart } from '../../src/kpi/forecast/months';
import { fixedClock } from '../../src/core/clock';
import { toGlobalId } from '../../src/core/global-id';
import {
  AtRiskPartnershipsDocument,
  ForecastDocument,
  ParticipantEngagementKpiDocument,
  ParticipantsEngagementKpiDocument,
  PartnershipScorecardDocument,
  PartnershipsScorecardValueDocument,
  RecommendPartnersDocument,
  ValueConcentrationDocument,
} from '../generated/operations';
import { execute, executeOk } from '../support/graphql-client';
import { emptyDatabase } from '../support/graph';
import { startTestApp } from '../support/test-app';

jest.setTimeout(120_000);

/**
 * The instant the API reads as "now" (src/core/clock.ts), mid-month so no run straddles a
 * month boundary. Fixtures that depend on "now" (the forecast's last complete months, the
 * default 90-day window) are placed relative to it; the hand-computed windows are absolute.
 */
const NOW = new Date('2026-11-16T12:00:00.000Z');

let app: App;
beforeAll(async () => {
  app = await startTestApp({}, { clock: fixedClock(NOW) });
});
afterAll(async () => {
  await app.stop();
});

/** The window of every hand computation: 90 days; the previous one is [2024-10-03, 2025-01-01). */
const W = { from: '2025-01-01T00:00:00.000Z', to: '2025-04-01T00:00:00.000Z' };
/** One day of decay with a 30-day half-life. */
const d = 2 ** (-1 / 30);
const close = (value: number | null | undefined, expected: number, digits = 9) => {
  expect(value).not.toBeNull();
  expect(value).toBeCloseTo(expected, digits);
};

const PARTICIPANTS = ['A', 'B', 'C', 'D', 'E', 'X', 'F', 'G'] as const;
type Name = (typeof PARTICIPANTS)[number];
const PARTNERSHIPS = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8'] as const;
type PName = (typeof PARTNERSHIPS)[number];

interface World {
  sector: string;
  key: Record<Name | PName, string>;
  id: (name: Name | PName) => string;
}

/** Month `offset` relative to NOW's, on day `day` (UTC). */
const monthDay = (offset: number, day: number) =>
  new Date(monthStart(NOW, offset).getTime() + (day - 1) * 86_400_000).toISOString();

/**
 * The fixture. Collaboration graph C (not EXITED, partnerships not TERMINATED):
 *   A–B (P1), B–C (P2), C–D (P3), D–E (P6), A–D (P7); D–X is out (X EXITED), A–E (P4) and
 *   F–G (P8) are TERMINATED. Degrees: A 2, B 2, C 2, D 3, E 1.
 */
async function buildWorld(): Promise<World> {
  await emptyDatabase(app.driver);
  const sector = `business-kpis-${crypto.randomUUID()}`;
  const key = Object.fromEntries([...PARTICIPANTS, ...PARTNERSHIPS].map((n) => [n, crypto.randomUUID()])) as Record<
    Name | PName,
    string
  >;
  const run = (cypher: string, params: Record<string, unknown> = {}) =>
    app.gateway.writeRows({ cypher, params: { ...params, key, sector } });

  await run(
    `UNWIND $people AS p
CREATE (:Participant {id: $key[p[0]], name: 'Org ' + p[0], kind: 'COMPANY', sector: $sector, region: 'Europe',
  tier: 'STANDARD', status: p[1], joinedAt: datetime('2023-01-01T00:00:00Z'), createdAt: datetime(), updatedAt: datetime()})`,
    {
      people: PARTICIPANTS.map((n) => [n, n === 'X' ? 'EXITED' : 'ACTIVE']),
    },
  );
  const partnerships: [PName, Name, Name, string][] = [
    ['P1', 'A', 'B', 'MANAGEMENT'],
    ['P2', 'B', 'C', 'MANAGEMENT'],
    ['P3', 'C', 'D', 'NEGOTIATION'],
    ['P4', 'A', 'E', 'TERMINATED'],
    ['P5', 'D', 'X', 'MANAGEMENT'],
    ['P6', 'D', 'E', 'EVALUATION'],
    ['P7', 'A', 'D', 'IDENTIFICATION'],
    ['P8', 'F', 'G', 'TERMINATED'],
  ];
  await run(
    `UNWIND $rows AS r
MATCH (a:Participant {id: $key[r[1]]}), (b:Participant {id: $key[r[2]]})
CREATE (a)-[:PARTY_TO {role: 'LEAD'}]->(:Partnership {id: $key[r[0]], name: r[0], type: 'BUSINESS', subtype: 'CHANNEL',
  stage: r[3], strategicAlignment: 0.5, startedAt: datetime('2024-01-01T00:00:00Z'), createdAt: datetime(),
  updatedAt: datetime()})<-[:PARTY_TO {role: 'PARTNER'}]-(b)`,
    { rows: partnerships },
  );
  await run(
    `UNWIND $rows AS r
MATCH (s:Partnership {id: $key[r[0]]})
CREATE (s)-[:HAD_STAGE]->(:StageChange {id: randomUUID(), to: r[1], at: datetime(r[2]), reason: 'fixture', by: 'test'})`,
    {
      rows: [
        ['P1', 'IDENTIFICATION', '2024-01-01T00:00:00Z'],
        ['P1', 'EVALUATION', '2024-03-01T00:00:00Z'],
        ['P1', 'NEGOTIATION', '2024-06-01T00:00:00Z'],
        ['P1', 'IMPLEMENTATION', '2024-09-01T00:00:00Z'],
        ['P1', 'MANAGEMENT', '2025-01-11T00:00:00Z'],
        ['P2', 'MANAGEMENT', '2024-06-01T00:00:00Z'],
        ['P3', 'NEGOTIATION', '2024-11-01T00:00:00Z'],
        ['P4', 'TERMINATED', '2024-12-01T00:00:00Z'],
        ['P5', 'MANAGEMENT', '2024-05-01T00:00:00Z'],
        ['P6', 'EVALUATION', '2025-02-01T00:00:00Z'],
        ['P7', 'IDENTIFICATION', '2025-03-01T00:00:00Z'],
        ['P8', 'TERMINATED', monthDay(-1, 20)],
      ],
    },
  );

  // Interactions: [id, partnership, kind, weight, at, engaged participants, correctedBy]
  type InteractionRow = [string, PName, string, number, string, Name[], string | null];
  const interaction = (
    partnership: PName,
    kind: string,
    weight: number,
    at: string,
    engaged: Name[],
    options: { id?: string; correctedBy?: string } = {},
  ): InteractionRow => [
    options.id ?? crypto.randomUUID(),
    partnership,
    kind,
    weight,
    at,
    engaged,
    options.correctedBy ?? null,
  ];
  const i3b = crypto.randomUUID();
  const interactions: InteractionRow[] = [
    interaction('P1', 'JOINT_WORK', 2, '2025-03-02T00:00:00Z', ['A', 'B']), // 3 × 2 × ½ = 3
    interaction('P1', 'MEETING', 1, '2025-03-31T00:00:00Z', ['A', 'B']), // d
    interaction('P1', 'MEETING', 4, '2025-01-31T00:00:00Z', ['A'], { correctedBy: i3b }), // corrected: 0
    interaction('P1', 'MEETING', 2, '2025-01-31T00:00:00Z', ['A'], { id: i3b }), // 2 × ¼ = 0.5
    interaction('P1', 'REVIEW', 2, '2024-12-02T00:00:00Z', ['A']), // previous: 1.5 × 2 × ½ = 1.5
    interaction('P1', 'MEETING', 1, '2024-12-31T00:00:00Z', ['A']), // previous: d
    interaction('P1', 'MEETING', 1, '2025-04-01T00:00:00Z', ['A']), // at `to`: out
    ...Array.from({ length: 4 }, () => interaction('P2', 'MEETING', 1, '2024-12-31T00:00:00Z', ['C'])), // previous: 4d
    interaction('P2', 'MEETING', 1, '2025-03-31T00:00:00Z', ['C']), // d → trend ¼
    interaction('P6', 'MEETING', 1, '2024-12-15T00:00:00Z', ['D']), // only 2 before:
    interaction('P6', 'MEETING', 1, '2024-12-16T00:00:00Z', ['D']), // not "falling"
    // F's monthly engagement for the forecast: 1, 3, 4, 8 in the last four complete months
    interaction('P8', 'MEETING', 1, monthDay(-4, 10), ['F']),
    interaction('P8', 'MEETING', 3, monthDay(-3, 10), ['F']),
    interaction('P8', 'MEETING', 4, monthDay(-2, 10), ['F']),
    interaction('P8', 'MEETING', 4, monthDay(-1, 10), ['F']),
    interaction('P8', 'JOINT_WORK', 4 / 3, monthDay(-1, 11), ['F']), // 3 × 4/3 = 4 → 8
    interaction('P8', 'MEETING', 5, monthDay(0, 1), ['F']), // current month: not history
    interaction('P8', 'MEETING', 2, monthDay(-30, 1), ['F']), // older than 24 months
  ];
  await run(
    `UNWIND $rows AS r
MATCH (s:Partnership {id: $key[r[1]]})
CREATE (i:Interaction {id: r[0], kind: r[2], weight: r[3], at: datetime(r[4]), note: 'fixture', correctedBy: r[6],
  createdAt: datetime(), updatedAt: datetime()})-[:WITHIN]->(s)
WITH i, r UNWIND r[5] AS name
MATCH (p:Participant {id: $key[name]}) CREATE (p)-[:ENGAGED_IN]->(i)`,
    { rows: interactions },
  );

  // Value flows: [from, to, kind, amount, at, partnership, correctedBy]
  const flows: [Name, Name, string, number, string, PName, string | null][] = [
    ['A', 'B', 'REVENUE', 1000, '2025-02-01T00:00:00Z', 'P1', null],
    ['B', 'A', 'FUNDING', 500, '2025-03-01T00:00:00Z', 'P1', null],
    ['A', 'B', 'COST', 300, '2025-02-15T00:00:00Z', 'P1', null],
    ['A', 'B', 'REVENUE', 9999, '2025-02-20T00:00:00Z', 'P1', 'replaced'], // corrected: out
    ['A', 'B', 'REVENUE', 600, '2024-11-15T00:00:00Z', 'P1', null], // previous window
    ['A', 'B', 'REVENUE', 50, '2025-04-01T00:00:00Z', 'P1', null], // at `to`: out
    ['C', 'D', 'DATA', 200, '2025-03-10T00:00:00Z', 'P3', null],
    ['F', 'G', 'REVENUE', 100, monthDay(-4, 5), 'P8', null],
    ['F', 'G', 'REVENUE', 200, monthDay(-3, 5), 'P8', null],
    ['G', 'F', 'REVENUE', 300, monthDay(-2, 5), 'P8', null],
    ['F', 'G', 'COST', 50, monthDay(-2, 6), 'P8', null], // COST: not value
    ['F', 'G', 'REVENUE', 400, monthDay(-1, 5), 'P8', null],
    ['F', 'G', 'REVENUE', 70, monthDay(0, 1), 'P8', null], // current month
  ];
  await run(
    `UNWIND $rows AS r
MATCH (a:Participant {id: $key[r[0]]}), (b:Participant {id: $key[r[1]]})
CREATE (a)-[:VALUE_FLOW {id: randomUUID(), kind: r[2], amount: toFloat(r[3]), currency: 'USD', at: datetime(r[4]),
  partnershipId: $key[r[5]], correctedBy: r[6]}]->(b)`,
    { rows: flows },
  );

  await run(
    `UNWIND $rows AS r
MATCH (p:Participant {id: $key[r[0]]}), (s:Partnership {id: $key[r[1]]})
CREATE (p)-[:RATED]->(:Survey {id: randomUUID(), score: r[2], at: datetime(r[3]), createdAt: datetime(),
  updatedAt: datetime()})-[:OF]->(s)`,
    {
      rows: [
        ['A', 'P1', 8, '2024-12-01T00:00:00Z'],
        ['A', 'P1', 3, '2025-02-10T00:00:00Z'],
        ['B', 'P1', 6, '2024-11-01T00:00:00Z'],
        ['B', 'P1', 0, '2025-04-02T00:00:00Z'], // after the window
        ['D', 'P7', 1, '2025-02-01T00:00:00Z'], // IDENTIFICATION: never at risk
      ].map(([p, s, score, at]) => [p, s, Number(score), at]),
    },
  );
  await run(
    `UNWIND $rows AS r
MATCH (s:Partnership {id: $key[r[0]]})
CREATE (:Goal {id: randomUUID(), title: 'fixture', horizon: 'SHORT', metric: 'value', target: toFloat(r[1]),
  actual: toFloat(r[2]), due: datetime(r[3]), createdAt: datetime(), updatedAt: datetime()})-[:FOR]->(s)`,
    {
      rows: [
        ['P1', 10, 12, '2025-02-01T00:00:00Z'], // due in W, met
        ['P1', 10, 5, '2025-03-01T00:00:00Z'], // due in W, missed → overdue
        ['P1', 10, 0, '2025-06-01T00:00:00Z'], // not due yet at the window end
        ['P1', 5, 1, '2024-12-01T00:00:00Z'], // due before W, missed → overdue
        ['P4', 5, 1, '2024-12-01T00:00:00Z'], // TERMINATED: never at risk
      ],
    },
  );
  await run(
    `UNWIND $rows AS r
MATCH (s:Partnership {id: $key['P1']})
CREATE (:Initiative {id: randomUUID(), name: r[0], kind: 'JOINT_PROJECT', status: r[1], startsAt: datetime(r[2]),
  endsAt: datetime(r[3]), createdAt: datetime(), updatedAt: datetime()})-[:UNDER]->(s)`,
    {
      rows: [
        ['N1 overlapping', 'ACTIVE', '2024-12-01T00:00:00Z', '2025-01-15T00:00:00Z'],
        ['N2 cancelled', 'CANCELLED', '2025-02-01T00:00:00Z', '2025-03-01T00:00:00Z'],
        ['N3 later', 'PLANNED', '2025-05-01T00:00:00Z', '2025-06-01T00:00:00Z'],
        ['N4 earlier', 'COMPLETED', '2024-06-01T00:00:00Z', '2024-12-31T00:00:00Z'],
      ],
    },
  );
  await run(
    `MATCH (s:Partnership {id: $key['P1']})
UNWIND $risks AS r
CREATE (:Risk {id: randomUUID(), title: 'fixture', category: 'OPERATIONAL', severity: r[0], likelihood: 0.5,
  status: r[1], raisedAt: datetime(r[2]), dueAt: datetime('2026-01-01T00:00:00Z'), createdAt: datetime(),
  updatedAt: datetime()})-[:CONCERNS]->(s)`,
    {
      risks: [
        ['HIGH', 'OPEN', '2025-01-05T00:00:00Z'],
        ['CRITICAL', 'MITIGATING', '2025-02-01T00:00:00Z'],
        ['HIGH', 'CLOSED', '2025-01-01T00:00:00Z'],
        ['LOW', 'OPEN', '2025-01-01T00:00:00Z'],
        ['HIGH', 'OPEN', '2025-05-01T00:00:00Z'], // raised after the window
      ],
    },
  );
  await run(
    `MATCH (s:Partnership {id: $key['P1']})
UNWIND $conflicts AS c
CREATE (:Conflict {id: randomUUID(), title: 'fixture', status: c[0], openedAt: datetime(c[1]), createdAt: datetime(),
  updatedAt: datetime()})-[:CONCERNS]->(s)`,
    {
      conflicts: [
        ['OPEN', '2025-02-01T00:00:00Z'],
        ['ESCALATED', '2024-12-01T00:00:00Z'],
        ['RESOLVED', '2025-01-10T00:00:00Z'],
      ],
    },
  );
  await run(
    `MATCH (s:Partnership {id: $key['P1']})
UNWIND $agreements AS a
CREATE (:Agreement {id: randomUUID(), title: 'fixture', kind: 'MASTER_AGREEMENT', status: a[0],
  signedAt: datetime('2024-09-01T00:00:00Z'), expiresAt: datetime(a[1]), createdAt: datetime(),
  updatedAt: datetime()})-[:CONCERNS]->(s)`,
    {
      agreements: [
        ['EXECUTED', '2025-04-20T00:00:00Z'], // within 30 days of the window end
        ['EXECUTED', '2025-06-01T00:00:00Z'],
        ['EXPIRED', '2025-04-10T00:00:00Z'],
      ],
    },
  );
  const id = (name: Name | PName) =>
    toGlobalId((PARTNERSHIPS as readonly string[]).includes(name) ? 'Partnership' : 'Participant', key[name]);
  return { sector, key, id };
}

const badCode = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  result.errors?.map((error) => error.extensions?.code);

describe('on the fixture graph', () => {
  let w: World;
  beforeAll(async () => {
    w = await buildWorld();
  });

  it('scores participant engagement with decay, kind weights and corrections', async () => {
    const { participant } = await executeOk(app.url, ParticipantEngagementKpiDocument, { id: w.id('A'), window: W });
    const engagement = participant!.engagement;
    // JOINT_WORK 3 × 2 × ½ + MEETING d + corrected MEETING replaced by 2 × ¼
    close(engagement.score, 3 + d + 0.5);
    expect(engagement.interactions).toBe(3);
    // REVIEW 1.5 × 2 × ½ + MEETING d, decayed to 2025-01-01
    close(engagement.previousScore, 1.5 + d);
    expect(engagement.previousInteractions).toBe(2);
    close(engagement.trend, (3.5 + d) / (1.5 + d));
    expect(engagement.window).toEqual({ ...W, days: 90 });
    expect(engagement.previousWindow).toEqual({ from: '2024-10-03T00:00:00.000Z', to: W.from, days: 90 });
    expect(engagement.halfLifeDays).toBe(30);
    expect(engagement.kindWeights).toContainEqual({ kind: 'JOINT_WORK', weight: 3 });

    const b = await executeOk(app.url, ParticipantEngagementKpiDocument, { id: w.id('B'), window: W });
    close(b.participant!.engagement.score, 3 + d);
    expect(b.participant!.engagement.previousScore).toBe(0);
    expect(b.participant!.engagement.trend).toBeNull();
  });

  it('batches a page of participants into one engagement round trip', async () => {
    const result = await execute(
      app.url,
      ParticipantsEngagementKpiDocument,
      { sector: w.sector, window: W },
      { 'x-ecograph-round-trips': '1' },
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.participants.nodes;
    expect(nodes).toHaveLength(PARTICIPANTS.length);
    const byId = new Map(nodes.map((node) => [node.id, node.engagement]));
    close(byId.get(w.id('A'))?.score, 3 + d + 0.5);
    expect(byId.get(w.id('G'))).toEqual({ score: 0, trend: null, interactions: 0, previousInteractions: 0 });
    // the page + one engagement statement for all eight
    expect(result.extensions?.roundTrips).toBe(2);
  });

  it('builds the partnership scorecard, every figure with its raw numbers', async () => {
    const { partnership } = await executeOk(app.url, PartnershipScorecardDocument, { id: w.id('P1'), window: W });
    const card = partnership!.scorecard!;
    expect(card.asOf).toBe(W.to);
    // REVENUE 1000 + FUNDING 500 (COST, the corrected 9999 and the flow at `to` left out)
    expect(card.value).toEqual({ amount: 1500, currency: 'USD', flows: 2 });
    // (1500 − 300) / 300
    expect(card.roi).toEqual({ ratio: 4, value: 1500, cost: 300, costFlows: 1 });
    // latest per rater up to the end: A 3, B 6 → 4.5; up to the start: A 8, B 6 → 7
    expect(card.satisfaction).toMatchObject({ mean: 4.5, respondents: 2, previousMean: 7, previousRespondents: 2 });
    expect(new Set(card.satisfaction.latest.map((s) => [s.participant.id, s.score].join()))).toEqual(
      new Set([`${w.id('A')},3`, `${w.id('B')},6`]),
    );
    // goals due in W: one met of two
    expect(card.performance).toEqual({ ratio: 0.5, met: 1, due: 2 });
    // (1500 − 600) / 600
    expect(card.growth).toMatchObject({ ratio: 1.5, value: 1500, previousValue: 600, previousFlows: 1 });
    expect(card.innovation.active).toBe(1);
    expect(card.innovation.initiatives.map((n) => n.name)).toEqual(['N1 overlapping']);
    close(card.engagement.score, 3 + d + 0.5);
    expect(card.engagement.interactions).toBe(3);
    close(card.engagement.previousScore, 1.5 + d);
    // MANAGEMENT since 2025-01-11: 80 days before 2025-04-01
    expect(card.daysInStage).toEqual({ days: 80, stage: 'MANAGEMENT', since: '2025-01-11T00:00:00.000Z' });
    expect(card.riskFlags).toEqual([
      { kind: 'HIGH_RISK', count: 2, message: '2 open HIGH/CRITICAL risks (1 critical)' },
      { kind: 'OPEN_CONFLICT', count: 2, message: '2 open conflicts (1 escalated)' },
      { kind: 'OVERDUE_GOAL', count: 2, message: '2 goals past due and not met' },
      {
        kind: 'EXPIRING_AGREEMENT',
        count: 1,
        message: '1 executed agreement expiring within 30 days, the first on 2025-04-20',
      },
    ]);
  });

  it('gives an empty scorecard to a partnership without records', async () => {
    const { partnership } = await executeOk(app.url, PartnershipScorecardDocument, { id: w.id('P5'), window: W });
    const card = partnership!.scorecard!;
    expect(card.value).toEqual({ amount: 0, currency: 'USD', flows: 0 });
    expect(card.roi.ratio).toBeNull();
    expect(card.growth.ratio).toBeNull();
    expect(card.performance.ratio).toBeNull();
    expect(card.satisfaction).toMatchObject({ mean: null, respondents: 0, latest: [] });
    expect(card.engagement).toMatchObject({ score: 0, trend: null, interactions: 0 });
    expect(card.daysInStage).toEqual({ days: 335, stage: 'MANAGEMENT', since: '2024-05-01T00:00:00.000Z' });
    expect(card.riskFlags).toEqual([]);
  });

  it('batches a page of scorecards into one round trip', async () => {
    const result = await execute(
      app.url,
      PartnershipsScorecardValueDocument,
      { window: W },
      { 'x-ecograph-round-trips': '1' },
    );
    expect(result.errors).toBeUndefined();
    const cards = new Map(result.data!.partnerships.nodes.map((node) => [node.id, node.scorecard]));
    expect(cards.size).toBe(PARTNERSHIPS.length);
    expect(cards.get(w.id('P1'))?.value.amount).toBe(1500);
    expect(cards.get(w.id('P3'))?.value.amount).toBe(200);
    expect(cards.get(w.id('P2'))?.engagement.interactions).toBe(1);
    expect(result.extensions?.roundTrips).toBe(2);
  });

  it('finds the partnerships at risk, with reasons, ranked', async () => {
    const { atRiskPartnerships: report } = await executeOk(app.url, AtRiskPartnershipsDocument, {
      window: W,
      first: 10,
    });
    expect(report.totalCount).toBe(3);
    expect(report.partnerships.map((p) => p.partnership.name)).toEqual(['P1', 'P2', 'P3']);
    const [p1, p2, p3] = report.partnerships;
    // P1: satisfaction 7 → 4.5 and two overdue goals (engagement rose: drop < 0)
    expect(p1!.reasons.map((r) => r.code)).toEqual(['SATISFACTION_DROP', 'OVERDUE_GOALS']);
    expect(p1!.reasons[0]!.message).toBe('Satisfaction dropped from 7 to 4.5');
    expect(p1!.reasons[0]!.figures).toEqual([
      { name: 'satisfaction', value: 4.5 },
      { name: 'previousSatisfaction', value: 7 },
    ]);
    close(p1!.engagementDrop, 1 - (3.5 + d) / (1.5 + d));
    // P2: d against 4d → trend ¼ with 4 interactions before
    expect(p2!.reasons.map((r) => r.code)).toEqual(['FALLING_ENGAGEMENT']);
    close(p2!.engagementDrop, 0.75);
    expect(p2!.reasons[0]!.message).toBe('Engagement fell to 25 % of the previous window (1 interaction against 4)');
    // P3: NEGOTIATION since 2024-11-01, 151 days at 2025-04-01
    expect(p3!.reasons.map((r) => r.code)).toEqual(['STALLED_STAGE']);
    expect(p3!.reasons[0]!.figures).toEqual([{ name: 'daysInStage', value: 151 }]);
    expect(p3!.engagementDrop).toBe(0);

    const firstTwo = await executeOk(app.url, AtRiskPartnershipsDocument, { window: W, first: 2 });
    expect(firstTwo.atRiskPartnerships.totalCount).toBe(3);
    expect(firstTwo.atRiskPartnerships.partnerships.map((p) => p.partnership.name)).toEqual(['P1', 'P2']);
  });

  it('recommends partners by Adamic–Adar with shared neighbours as the explanation', async () => {
    const { recommendPartners } = await executeOk(app.url, RecommendPartnersDocument, {
      participantId: w.id('A'),
      k: 5,
    });
    // A's neighbours: B (deg 2), D (deg 3). C shares B and D: 1/ln 2 + 1/ln 3; E shares D: 1/ln 3.
    expect(recommendPartners.map((r) => r.participant.id)).toEqual([w.id('C'), w.id('E')]);
    close(recommendPartners[0]!.score, 1 / Math.log(2) + 1 / Math.log(3), 12);
    expect(recommendPartners[0]!.sharedNeighbours.map((s) => [s.participant.id, s.degree])).toEqual([
      [w.id('B'), 2],
      [w.id('D'), 3],
    ]);
    close(recommendPartners[0]!.sharedNeighbours[1]!.contribution, 1 / Math.log(3), 12);
    close(recommendPartners[1]!.score, 1 / Math.log(3), 12);

    const top = await executeOk(app.url, RecommendPartnersDocument, { participantId: w.id('A'), k: 1 });
    expect(top.recommendPartners.map((r) => r.participant.id)).toEqual([w.id('C')]);
    // E's only neighbour D (deg 3) links it to C and A, 1/ln 3 each
    const e = await executeOk(app.url, RecommendPartnersDocument, { participantId: w.id('E') });
    expect(new Set(e.recommendPartners.map((r) => r.participant.id))).toEqual(new Set([w.id('A'), w.id('C')]));
    // X has EXITED; F's only partnership is TERMINATED
    for (const name of ['X', 'F'] as const) {
      const none = await executeOk(app.url, RecommendPartnersDocument, { participantId: w.id(name) });
      expect(none.recommendPartners).toEqual([]);
    }
  });

  it('forecasts a partnership’s value with Holt smoothing (a straight line: 100, 200, 300, 400)', async () => {
    const { forecast } = await executeOk(app.url, ForecastDocument, { metric: 'VALUE', partnershipId: w.id('P8') });
    expect(forecast).toMatchObject({ metric: 'VALUE', scope: 'PARTNERSHIP', unit: 'USD' });
    expect(forecast.history).toHaveLength(24);
    expect(forecast.history[0]!.periodStart).toBe(monthStart(NOW, -24).toISOString());
    expect(forecast.history.map((p) => p.value)).toEqual([...Array(20).fill(0), 100, 200, 300, 400]);
    expect(forecast.history.map((p) => p.events)).toEqual([...Array(20).fill(0), 1, 1, 1, 1]);
    expect(forecast.history.slice(19).map((p) => p.fitted && Math.round(p.fitted))).toEqual([
      null,
      null,
      200,
      300,
      400,
    ]);
    // every (α, β) fits a line exactly: the smoothest grid point wins, level 400, trend 100
    expect(forecast.model).toMatchObject({ alpha: 0.05, beta: 0, observations: 4 });
    close(forecast.model!.level, 400);
    close(forecast.model!.trend, 100);
    close(forecast.model!.sse, 0);
    expect(forecast.points.map((p) => p.periodStart)).toEqual([0, 1, 2].map((h) => monthStart(NOW, h).toISOString()));
    forecast.points.forEach((point, h) => close(point.value, 500 + 100 * h));

    // The same flows seen from F (in and out), 5 months ahead
    const f = await executeOk(app.url, ForecastDocument, { metric: 'VALUE', participantId: w.id('F'), periods: 5 });
    expect(f.forecast.scope).toBe('PARTICIPANT');
    expect(f.forecast.history.slice(20).map((p) => p.value)).toEqual([100, 200, 300, 400]);
    expect(f.forecast.points).toHaveLength(5);
  });

  it('forecasts a participant’s engagement (1, 3, 4, 8 → α 0.05, β 0, SSE 2.1025)', async () => {
    const { forecast } = await executeOk(app.url, ForecastDocument, { metric: 'ENGAGEMENT', participantId: w.id('F') });
    expect(forecast.unit).toBe('weighted interactions');
    expect(forecast.history.slice(20).map((p) => p.value)).toEqual([1, 3, 4, 8]);
    expect(forecast.history.slice(20).map((p) => p.events)).toEqual([1, 1, 1, 2]);
    // hand-computed in test/unit/business-kpis.test.ts: l3 = 7.0025, b3 = 2
    expect(forecast.model).toMatchObject({ alpha: 0.05, beta: 0, observations: 4, trend: 2 });
    close(forecast.model!.sse, 2.1025);
    close(forecast.model!.level, 7.0025);
    close(forecast.model!.rmse, Math.sqrt(2.1025 / 3));
    expect(fitHolt([1, 3, 4, 8]).level).toBeCloseTo(forecast.model!.level, 12);
    forecast.points.forEach((point, h) => close(point.value, 7.0025 + 2 * (h + 1)));
  });

  it('forecasts the ecosystem’s value over every partnership', async () => {
    const { forecast } = await executeOk(app.url, ForecastDocument, { metric: 'VALUE' });
    expect(forecast.scope).toBe('ECOSYSTEM');
    // non-COST, uncorrected flows in the 24 months: 1000 + 500 + 600 + 50 + 200 (P1, P3; 2024-11..2025-04)
    // + 100 + 200 + 300 + 400 (P8); the current month's 70 is not history
    expect(forecast.history.reduce((sum, p) => sum + p.value, 0)).toBe(3350);
    expect(forecast.history.reduce((sum, p) => sum + p.events, 0)).toBe(9);
  });

  it('measures value concentration: Gini and elephant factor', async () => {
    const { valueConcentration: c } = await executeOk(app.url, ValueConcentrationDocument, { window: W });
    // volumes (in + out, every kind): A 1000 + 500 + 300 = 1800, B 1800, C 200, D 200
    expect(c.participants).toBe(4);
    expect(c.totalVolume).toBe(4000);
    // sorted 200, 200, 1800, 1800: 2 · (200 + 400 + 5400 + 7200) / (4 · 4000) − 5/4 = 0.4
    close(c.gini, 0.4, 12);
    // 1800 = 45 % < 50 %, 3600 = 90 %: two elephants, A and B (ordered by id)
    expect(c.elephantFactor).toBe(2);
    expect(new Set(c.elephants.map((e) => e.participant.id))).toEqual(new Set([w.id('A'), w.id('B')]));
    expect(c.elephants.map((e) => [e.volume, e.share])).toEqual([
      [1800, 0.45],
      [1800, 0.45],
    ]);
    expect(c.currency).toBe('USD');
    // `first` bounds the list, not the factor
    const one = await executeOk(app.url, ValueConcentrationDocument, { window: W, first: 1 });
    expect(one.valueConcentration.elephantFactor).toBe(2);
    expect(one.valueConcentration.elephants).toHaveLength(1);

    const empty = await executeOk(app.url, ValueConcentrationDocument, {
      window: { from: '2020-01-01T00:00:00Z', to: '2020-02-01T00:00:00Z' },
    });
    expect(empty.valueConcentration).toMatchObject({ gini: null, elephantFactor: 0, elephants: [], participants: 0 });
  });

  it('defaults to the last 90 days', async () => {
    const { valueConcentration: c } = await executeOk(app.url, ValueConcentrationDocument, {});
    expect(c.window.days).toBe(90);
    expect(c.window.to).toBe(NOW.toISOString());
    // P8's recent flows that fall in [to − 90 days, to), each counted for both ends
    const p8: [number, number, number][] = [
      [-4, 5, 100],
      [-3, 5, 200],
      [-2, 5, 300],
      [-2, 6, 50],
      [-1, 5, 400],
      [0, 1, 70],
    ];
    const inside = p8.filter(([month, day]) => {
      const at = Date.parse(monthDay(month, day));
      return at >= Date.parse(c.window.from) && at < Date.parse(c.window.to);
    });
    expect(inside.length).toBeGreaterThanOrEqual(3);
    expect(c.totalVolume).toBe(2 * inside.reduce((sum, [, , amount]) => sum + amount, 0));
  });
});

describe('bad arguments are refused with BAD_USER_INPUT', () => {
  let w: World;
  beforeAll(async () => {
    w = await buildWorld();
  });

  const windows = [
    { from: '2025-04-01T00:00:00Z', to: '2025-04-01T00:00:00Z' }, // empty
    { from: '2025-04-01T00:00:00Z', to: '2025-01-01T00:00:00Z' }, // reversed
    { from: '2015-01-01T00:00:00Z', to: '2025-01-01T00:00:00Z' }, // > 5 years
  ];

  it.each(windows)('window %o', async (window) => {
    const results = await Promise.all([
      execute(app.url, ParticipantEngagementKpiDocument, { id: w.id('A'), window }),
      execute(app.url, PartnershipScorecardDocument, { id: w.id('P1'), window }),
      execute(app.url, AtRiskPartnershipsDocument, { window }),
      execute(app.url, ValueConcentrationDocument, { window }),
    ]);
    for (const result of results) expect(badCode(result)).toEqual(['BAD_USER_INPUT']);
  });

  it('first, k and periods out of range', async () => {
    for (const first of [0, 101]) {
      expect(badCode(await execute(app.url, AtRiskPartnershipsDocument, { window: W, first }))).toEqual([
        'BAD_USER_INPUT',
      ]);
    }
    for (const k of [0, 51]) {
      expect(badCode(await execute(app.url, RecommendPartnersDocument, { participantId: w.id('A'), k }))).toEqual([
        'BAD_USER_INPUT',
      ]);
    }
    for (const first of [0, 101]) {
      expect(badCode(await execute(app.url, ValueConcentrationDocument, { window: W, first }))).toEqual([
        'BAD_USER_INPUT',
      ]);
    }
    for (const periods of [0, 13]) {
      expect(badCode(await execute(app.url, ForecastDocument, { metric: 'VALUE', periods }))).toEqual([
        'BAD_USER_INPUT',
      ]);
    }
  });

  it('unknown or mistyped ids, and two forecast scopes at once', async () => {
    const unknown = toGlobalId('Participant', crypto.randomUUID());
    expect(badCode(await execute(app.url, RecommendPartnersDocument, { participantId: unknown }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(badCode(await execute(app.url, RecommendPartnersDocument, { participantId: w.id('P1') }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(badCode(await execute(app.url, ForecastDocument, { metric: 'VALUE', participantId: unknown }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      badCode(
        await execute(app.url, ForecastDocument, {
          metric: 'ENGAGEMENT',
          partnershipId: toGlobalId('Partnership', crypto.randomUUID()),
        }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      badCode(
        await execute(app.url, ForecastDocument, {
          metric: 'VALUE',
          participantId: w.id('A'),
          partnershipId: w.id('P1'),
        }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
  });
});

/**
 * NetworkX's adamic_adar_index on karate_club_graph() for four members, written by
 * scripts/reference/adamic_adar.py: every non-neighbour with a positive score.
 */
const KARATE_ADAMIC_ADAR = (
  JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'karate-adamic-adar.json'), 'utf8')) as {
    scores: Record<string, Record<string, number>>;
  }
).scores;

describe("on Zachary's karate club", () => {
  const members = new Map<string, string>();
  beforeAll(async () => {
    await emptyDatabase(app.driver);
    const karate = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'karate.json'), 'utf8')) as {
      nodes: string[];
      edges: { source: string; target: string; weight: number }[];
    };
    for (const name of karate.nodes) members.set(name, crypto.randomUUID());
    const key = Object.fromEntries(members);
    // Weighted edges become several partnerships; Adamic–Adar ignores weights (distinct neighbours).
    await app.gateway.writeRows({
      cypher: `UNWIND $nodes AS name
CREATE (:Participant {id: $key[name], name: name, externalId: name, kind: 'INDIVIDUAL', sector: 'Karate', region: 'Europe',
  tier: 'STANDARD', status: 'ACTIVE', joinedAt: datetime(), createdAt: datetime(), updatedAt: datetime()})`,
      params: { nodes: karate.nodes, key },
    });
    await app.gateway.writeRows({
      cypher: `UNWIND $edges AS e
UNWIND range(1, e.weight) AS copy
MATCH (a:Participant {id: $key[e.source]}), (b:Participant {id: $key[e.target]})
CREATE (a)-[:PARTY_TO {role: 'LEAD'}]->(:Partnership {id: randomUUID(), name: e.source + '~' + e.target, type: 'RESEARCH',
  subtype: 'ACADEMIC', stage: 'MANAGEMENT', createdAt: datetime(), updatedAt: datetime()})<-[:PARTY_TO {role: 'PARTNER'}]-(b)`,
      params: { edges: karate.edges, key },
    });
  });

  it.each(Object.keys(KARATE_ADAMIC_ADAR))('%s matches NetworkX adamic_adar_index', async (member) => {
    const { recommendPartners } = await executeOk(app.url, RecommendPartnersDocument, {
      participantId: toGlobalId('Participant', members.get(member)!),
      k: 50,
    });
    const expected = KARATE_ADAMIC_ADAR[member]!;
    expect(recommendPartners.map((r) => r.participant.externalId).sort()).toEqual(Object.keys(expected).sort());
    for (const r of recommendPartners) expect(r.score).toBeCloseTo(expected[r.participant.externalId!]!, 9);
    const scores = recommendPartners.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // the explanation adds up to the score
    for (const r of recommendPartners) {
      expect(r.sharedNeighbours.reduce((sum, s) => sum + s.contribution, 0)).toBeCloseTo(r.score, 12);
    }
  });
});
