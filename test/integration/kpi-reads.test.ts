/**
 * What KPI reads cost: `participant.metrics { engagementScore engagementTrend }` batched for a
 * page, and the window KPIs of `ecosystem` (health, engagement) cached by graph version and
 * window, so a repeated dashboard read costs only the graph-version check until a write.
 * Round trips are the request's own Neo4j statements (`extensions.roundTrips`).
 */
import crypto from 'node:crypto';
import type { App } from '../../src/app';
import { toGlobalId } from '../../src/core/global-id';
import {
  ConcentrationRiskDocument,
  EcosystemDashboardDocument,
  InteractionRecordDocument,
  ParticipantsMetricsEngagementDocument,
} from '../generated/operations';
import { execute, executeOk, mutateOk } from '../support/graphql-client';
import { ManualClock } from '../support/clock';
import { emptyDatabase, uniqueMarker } from '../support/graph';
import { startTestApp } from '../support/test-app';

jest.setTimeout(120_000);

const COUNT_TRIPS = { 'x-ecograph-round-trips': '1' };
/** 91 days; the previous window is [2023-10-02, 2024-01-01). */
const W = { from: '2024-01-01T00:00:00.000Z', to: '2024-04-01T00:00:00.000Z' };
const N = 50;
/** Participants 0..29 engaged in W, 20..39 in the previous window, 40..49 never. */
const ACTIVE_IN_W = 30;

let app: App;
/** "Now" for the API: default windows end on the minute after it. */
const time = new ManualClock('2024-06-03T10:00:00.000Z');
const sector = uniqueMarker('kpi-reads');
const ids = Array.from({ length: N }, () => crypto.randomUUID());
const deals = Array.from({ length: N }, () => crypto.randomUUID());

beforeAll(async () => {
  app = await startTestApp({ ANALYTICS_ENGINE: 'graphology', KPI_DEBOUNCE_MS: '100' }, { clock: time.clock });
  await emptyDatabase(app.driver);
  // A ring: participant i and i + 1 share partnership i. Interactions of 1..3 weight units.
  await app.gateway.writeRows({
    cypher: `UNWIND range(0, size($ids) - 1) AS i
CREATE (:Participant {id: $ids[i], name: 'Reader ' + toString(i), kind: 'COMPANY', sector: $sector, region: 'Europe',
  tier: 'STANDARD', status: 'ACTIVE', joinedAt: datetime('2023-01-01T00:00:00Z'), createdAt: datetime(), updatedAt: datetime()})
WITH count(*) AS created
UNWIND range(0, size($ids) - 1) AS i
MATCH (a:Participant {id: $ids[i]}), (b:Participant {id: $ids[(i + 1) % size($ids)]})
CREATE (a)-[:PARTY_TO {role: 'LEAD'}]->(s:Partnership {id: $deals[i], name: 'Ring ' + toString(i), type: 'BUSINESS',
  subtype: 'CHANNEL', stage: 'MANAGEMENT', startedAt: datetime('2023-01-01T00:00:00Z'), createdAt: datetime(),
  updatedAt: datetime()})<-[:PARTY_TO {role: 'PARTNER'}]-(b)
WITH a, s, i
FOREACH (at IN CASE WHEN i < 30 THEN [datetime('2024-02-01T00:00:00Z') + duration({days: i})] ELSE [] END |
  CREATE (a)-[:ENGAGED_IN]->(:Interaction {id: randomUUID(), kind: 'MEETING', at: at, weight: toFloat(1 + i % 3),
    createdAt: datetime(), updatedAt: datetime()})-[:WITHIN]->(s))
FOREACH (at IN CASE WHEN i >= 20 AND i < 40 THEN [datetime('2023-11-01T00:00:00Z') + duration({days: i})] ELSE [] END |
  CREATE (a)-[:ENGAGED_IN]->(:Interaction {id: randomUUID(), kind: 'JOINT_WORK', at: at, weight: 1.0,
    createdAt: datetime(), updatedAt: datetime()})-[:WITHIN]->(s))`,
    params: { ids, deals, sector },
  });
});
afterAll(async () => {
  await app.stop();
});

describe('participant.metrics engagement', () => {
  it('equals Participant.engagement and costs one statement per window for a page of 50', async () => {
    const result = await execute(app.url, ParticipantsMetricsEngagementDocument, { sector, window: W }, COUNT_TRIPS);
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.participants.nodes;
    expect(nodes).toHaveLength(50);
    for (const node of nodes) {
      expect(node.metrics!.engagementScore).toBe(node.engagement.score);
      expect(node.metrics!.engagementTrend).toBe(node.engagement.trend);
    }
    const scored = nodes.filter((node) => node.metrics!.engagementScore > 0);
    const trended = nodes.filter((node) => node.metrics!.engagementTrend !== null);
    expect(scored.length).toBe(ACTIVE_IN_W);
    // Active in the previous window: 20..39 (30..39 with a trend of 0).
    expect(trended.length).toBe(20);
    expect(trended.filter((node) => node.metrics!.engagementTrend === 0)).toHaveLength(10);
    // Nothing in the last 90 days: the default window scores 0 for everyone.
    expect(nodes.every((node) => node.metrics!.defaultScore === 0)).toBe(true);
    // The page, the graph version (once for every metrics field), the engagement of W and of
    // the default window: 4, where one statement per participant and field would be 150+.
    expect(result.extensions?.roundTrips).toBe(4);
  });
});

/**
 * Terminates the partnership between 49 and 0 (again, if a test before did): the ring becomes
 * a path 0 – 1 – … – 49, where every tie is a bridge and every inner participant a single
 * point of failure. Returns the concentration risk once the KPIs have caught up with it.
 * Each test that needs the path calls it, so none depends on another having run.
 */
async function cutTheRing() {
  await app.gateway.writeRows({
    cypher: "MATCH (s:Partnership {id: $id}) SET s.stage = 'TERMINATED'",
    params: { id: deals[N - 1] },
  });
  let health = (await executeOk(app.url, ConcentrationRiskDocument, { first: 3 })).ecosystem.health;
  for (let attempt = 0; health.provenance.stale && attempt < 100; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    health = (await executeOk(app.url, ConcentrationRiskDocument, { first: 3 })).ecosystem.health;
  }
  expect(health.provenance.stale).toBe(false);
  expect(health.bridgeCount).toBe(N - 1);
  return health;
}

describe('concentration risk', () => {
  it('lists the bridges and single points of failure of the ring cut open, most damaging first', async () => {
    const health = await cutTheRing();
    const at = (i: number) => toGlobalId('Participant', ids[i]!);
    const pair = (bridge: (typeof health.bridges)[number]) => new Set(bridge.participants.map((p) => p.id));
    // Tie (i, i + 1) leaves i + 1 and 49 − i: the middle one cuts off 25, then 24 on either side.
    expect(health.bridges.map((bridge) => bridge.smallerSide)).toEqual([25, 24, 24]);
    expect(health.bridges.map((bridge) => bridge.weight)).toEqual([1, 1, 1]);
    expect(pair(health.bridges[0]!)).toEqual(new Set([at(24), at(25)]));
    expect(new Set([...pair(health.bridges[1]!), ...pair(health.bridges[2]!)])).toEqual(
      new Set([at(23), at(24), at(25), at(26)]),
    );
    // Participant j leaves j and 49 − j: 24 and 25 cut off 24, then 23 and 26 cut off 23.
    expect(health.singlePointsOfFailure.map((point) => point.cutOff)).toEqual([24, 24, 23]);
    expect(new Set(health.singlePointsOfFailure.slice(0, 2).map((point) => point.participant.id))).toEqual(
      new Set([at(24), at(25)]),
    );
  });
});

describe('window KPIs of the ecosystem', () => {
  async function dashboard(window?: typeof W) {
    const result = await execute(app.url, EcosystemDashboardDocument, { window }, COUNT_TRIPS);
    expect(result.errors).toBeUndefined();
    return { ecosystem: result.data!.ecosystem, roundTrips: result.extensions?.roundTrips };
  }

  it('are read from Neo4j once per graph version and window; a write makes the next read fresh', async () => {
    // On the path: 48 articulation points, none of which the dashboard asks for, so none may
    // cost a participant read.
    await cutTheRing();
    const first = await dashboard(W);
    // The version, then health's aggregates, engagement's and the weekly activity.
    expect(first.roundTrips).toBe(4);
    expect(first.ecosystem.health.activeParticipants).toBe(ACTIVE_IN_W);
    expect(first.ecosystem.engagement.activeParticipants).toBe(ACTIVE_IN_W);
    expect(first.ecosystem.window).toEqual({ ...W, days: 91 });

    const second = await dashboard(W);
    // Only the graph-version check: every window figure came from the cache, unchanged.
    expect(second.roundTrips).toBe(1);
    expect(second.ecosystem).toEqual(first.ecosystem);

    // Another window is another entry.
    expect((await dashboard({ ...W, from: '2024-02-01T00:00:00.000Z' })).roundTrips).toBe(4);

    // A write (through the API) moves the version: participant 45, never active, meets in W.
    const recorded = await mutateOk(app.url, InteractionRecordDocument, {
      input: {
        kind: 'MEETING',
        at: '2024-03-01T00:00:00.000Z',
        participantIds: [toGlobalId('Participant', ids[45]!)],
        partnershipId: toGlobalId('Partnership', deals[45]!),
      },
    });
    expect(recorded.interactionRecord.userErrors).toEqual([]);

    const third = await dashboard(W);
    expect(third.roundTrips).toBe(4);
    expect(third.ecosystem.health.activeParticipants).toBe(ACTIVE_IN_W + 1);
    expect(third.ecosystem.engagement.activeParticipants).toBe(ACTIVE_IN_W + 1);
    expect(third.ecosystem.engagement.newParticipants).toBe(first.ecosystem.engagement.newParticipants + 1);
    const week = (activity: typeof first.ecosystem.engagement.interactionsByPeriod) =>
      activity.find((period) => period.start === '2024-02-26T00:00:00.000Z')?.interactions ?? 0;
    expect(week(third.ecosystem.engagement.interactionsByPeriod)).toBe(
      week(first.ecosystem.engagement.interactionsByPeriod) + 1,
    );
    expect((await dashboard(W)).roundTrips).toBe(1);
  });

  it('share one cache entry for default-window reads within a minute: the window ends on the next minute', async () => {
    time.set('2024-06-03T10:00:01.000Z');
    const first = await dashboard();
    time.set('2024-06-03T10:00:59.999Z');
    const second = await dashboard();
    expect(first.ecosystem.window).toEqual({
      from: '2024-03-05T10:01:00.000Z',
      to: '2024-06-03T10:01:00.000Z',
      days: 90,
    });
    expect(second.ecosystem.window).toEqual(first.ecosystem.window);
    // The next minute is another window, read afresh.
    time.set('2024-06-03T10:01:00.000Z');
    const third = await dashboard();
    expect(third.ecosystem.window.to).toBe('2024-06-03T10:02:00.000Z');
    expect(third.roundTrips).toBe(4);
    expect(first.roundTrips).toBe(4);
    expect(second.roundTrips).toBe(1);
  });
});
