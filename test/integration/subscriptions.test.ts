/**
 * Live subscriptions end to end with real graphql-ws clients: mutation → event bus → shared
 * execution → socket. Matching subscriptions get the event, others nothing; KPI subscriptions
 * get recomputed values after a graph change; refusals use the documented close codes.
 */
import crypto from 'node:crypto';
import WebSocket from 'ws';
import type { App } from '../../src/app';
import { toGlobalId } from '../../src/core/global-id';
import { CLOSE } from '../../src/server/live/close-codes';
import { testToken } from '../support/auth';
import { execute, mutateOk } from '../support/graphql-client';
import { uniqueMarker } from '../support/graph';
import { startTestApp } from '../support/test-app';
import { settle, wsClient, type TestWsClient } from '../support/ws-client';
import {
  EcosystemEventsDocument,
  EngagementUpdatedDocument,
  GoalCreateDocument,
  GoalProgressedDocument,
  GoalUpdateProgressDocument,
  InteractionRecordDocument,
  KpisUpdatedDocument,
  PartnershipCreateDocument,
  PartnershipMoveStageDocument,
  RiskRaiseDocument,
  RiskRaisedDocument,
  StageChangedDocument,
} from '../generated/operations';

jest.setTimeout(60_000);

let app: App;
const clients: TestWsClient[] = [];

beforeAll(async () => {
  // Fast KPI recomputation for the KPI subscription test.
  app = await startTestApp({ KPI_DEBOUNCE_MS: '100', ANALYTICS_ENGINE: 'graphology' });
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
});
afterAll(async () => {
  await app.stop();
});

function connect(url = app.url, options: Parameters<typeof wsClient>[1] = {}): TestWsClient {
  const client = wsClient(url, options);
  clients.push(client);
  return client;
}

/** Waits until the server registered `count` more subscriptions than `before`. */
async function subscribed(before: number, count: number, on: App = app): Promise<void> {
  const started = Date.now();
  while (on.subscriptions.activeSubscriptions() < before + count) {
    if (Date.now() - started > 10_000) throw new Error('subscriptions were not registered');
    await settle(20);
  }
}

/** Waits until earlier tests' subscriptions are gone on the server (their sockets close asynchronously). */
async function quiet(): Promise<void> {
  const started = Date.now();
  while (app.subscriptions.multiplexer.stats().subscribers > 0) {
    if (Date.now() - started > 10_000) throw new Error('earlier subscriptions did not end');
    await settle(20);
  }
}

interface World {
  a: string;
  b: string;
  c: string;
  /** MANAGEMENT partnership between a and b. */
  p: string;
  /** MANAGEMENT partnership between b and c. */
  q: string;
}

async function world(): Promise<World> {
  const sector = uniqueMarker('live');
  const [a, b, c, p, q] = Array.from({ length: 5 }, () => crypto.randomUUID());
  await app.gateway.writeRows({
    cypher: `UNWIND [[$a, 'Alpha'], [$b, 'Beta'], [$c, 'Gamma']] AS row
CREATE (:Participant {id: row[0], name: row[1], kind: 'COMPANY', sector: $sector, region: 'Europe', tier: 'STANDARD',
  status: 'ACTIVE', joinedAt: datetime(), createdAt: datetime(), updatedAt: datetime()})
WITH count(*) AS created
UNWIND [[$p, $a, $b], [$q, $b, $c]] AS deal
MATCH (x:Participant {id: deal[1]}), (y:Participant {id: deal[2]})
CREATE (x)-[:PARTY_TO {role: 'LEAD'}]->(:Partnership {id: deal[0], name: $sector + deal[0], type: 'BUSINESS',
  subtype: 'CHANNEL', stage: 'MANAGEMENT', strategicAlignment: 0.5, startedAt: datetime(), createdAt: datetime(),
  updatedAt: datetime()})<-[:PARTY_TO {role: 'PARTNER'}]-(y)`,
    params: { a, b, c, p, q, sector },
  });
  return {
    a: toGlobalId('Participant', a),
    b: toGlobalId('Participant', b),
    c: toGlobalId('Participant', c),
    p: toGlobalId('Partnership', p),
    q: toGlobalId('Partnership', q),
  };
}

describe('domain events', () => {
  it('a recorded interaction reaches the matching subscriptions with the new engagement score, and only those', async () => {
    const w = await world();
    const client = connect();
    const before = app.subscriptions.activeSubscriptions();
    const ofA = client.subscribe(EngagementUpdatedDocument, { participantId: w.a });
    const ofQ = client.subscribe(EngagementUpdatedDocument, { partnershipId: w.q });
    const feed = client.subscribe(EcosystemEventsDocument, { kinds: ['INTERACTION_RECORDED', 'GRAPH_CHANGED'] });
    await subscribed(before, 3);

    const recorded = await mutateOk(app.url, InteractionRecordDocument, {
      input: { partnershipId: w.p, participantIds: [w.a, w.b], kind: 'MEETING', weight: 2 },
    });
    expect(recorded.interactionRecord.userErrors).toEqual([]);

    const [update] = await ofA.waitFor(1);
    expect(update.engagementUpdated).toMatchObject({
      interactionId: recorded.interactionRecord.interaction!.id,
      partnershipId: w.p,
      interactionKind: 'MEETING',
    });
    // Filtered to the participant asked for; a fresh participant's score is this one meeting.
    expect(update.engagementUpdated.engagement).toEqual([
      { participantId: w.a, score: expect.any(Number), trend: null },
    ]);
    expect(update.engagementUpdated.engagement[0].score).toBeGreaterThan(0);

    const kinds = (await feed.waitFor(2)).map((event) => event.ecosystemEvents.kind).sort();
    expect(kinds).toEqual(['GRAPH_CHANGED', 'INTERACTION_RECORDED']);

    // Sentinels prove the absences: a meeting in q must reach ofQ, a second one of a must reach
    // ofA. A subscription delivers in publishing order, so what arrives before a sentinel was
    // published before it: ofQ's first event is its sentinel, ofA has nothing between.
    const record = async (partnershipId: string, participantIds: string[]) =>
      (
        await mutateOk(app.url, InteractionRecordDocument, {
          input: { partnershipId, participantIds, kind: 'MEETING', weight: 1 },
        })
      ).interactionRecord.interaction!.id;
    const inQ = await record(w.q, [w.b, w.c]);
    const againOfA = await record(w.p, [w.a, w.b]);
    expect((await ofQ.waitFor(1)).map((event) => event.engagementUpdated.interactionId)).toEqual([inQ]);
    expect((await ofA.waitFor(2)).map((event) => event.engagementUpdated.interactionId)).toEqual([
      recorded.interactionRecord.interaction!.id,
      againOfA,
    ]);
  });

  it('stage moves, raised risks and goal progress reach their subscriptions, filtered by the server', async () => {
    const w = await world();
    const client = connect();
    const before = app.subscriptions.activeSubscriptions();
    const stageOfP = client.subscribe(StageChangedDocument, { partnershipId: w.p });
    const stageOfQ = client.subscribe(StageChangedDocument, { partnershipId: w.q });
    const risksOfP = client.subscribe(RiskRaisedDocument, { partnershipId: w.p });
    const goals = client.subscribe(GoalProgressedDocument, {});
    await subscribed(before, 4);

    await mutateOk(app.url, PartnershipMoveStageDocument, { input: { id: w.p, to: 'TERMINATED', reason: 'test' } });
    const [moved] = await stageOfP.waitFor(1);
    expect(moved.partnershipStageChanged).toMatchObject({
      partnershipId: w.p,
      from: 'MANAGEMENT',
      to: 'TERMINATED',
      by: 'test-admin',
    });

    const due = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const risk = await mutateOk(app.url, RiskRaiseDocument, {
      input: {
        partnershipId: w.p,
        title: 'Key staff leaving',
        category: 'OPERATIONAL',
        severity: 'HIGH',
        likelihood: 0.4,
        dueAt: due,
      },
    });
    const [raised] = await risksOfP.waitFor(1);
    expect(raised.riskRaised).toEqual({
      riskId: risk.riskRaise.risk!.id,
      partnershipId: w.p,
      title: 'Key staff leaving',
      severity: 'HIGH',
      sequence: expect.any(Number),
      at: expect.any(String),
    });

    const goal = await mutateOk(app.url, GoalCreateDocument, {
      input: {
        title: uniqueMarker('goal'),
        horizon: 'SHORT',
        metric: 'ENGAGEMENT',
        target: 40,
        due,
        partnershipId: w.q,
      },
    });
    const goalId = goal.goalCreate.goal!.id;
    await mutateOk(app.url, GoalUpdateProgressDocument, { input: { goalId, value: 10 } });
    const [progressed] = await goals.waitFor(1);
    expect(progressed.goalProgressed).toEqual({ goalId, value: 10, progress: 0.25, sequence: expect.any(Number) });

    // Sentinel: q's own move must reach stageOfQ as its first event, so p's move (published
    // long before) never did; by then a second delivery of p's move would have come too.
    await mutateOk(app.url, PartnershipMoveStageDocument, {
      input: { id: w.q, to: 'TERMINATED', reason: 'sentinel' },
    });
    expect((await stageOfQ.waitFor(1)).map((event) => event.partnershipStageChanged.partnershipId)).toEqual([w.q]);
    expect(stageOfP.values).toHaveLength(1);
  });

  it('a refused mutation (userErrors) publishes nothing', async () => {
    const w = await world();
    const client = connect();
    const before = app.subscriptions.activeSubscriptions();
    const feed = client.subscribe(EcosystemEventsDocument, {
      kinds: ['GRAPH_CHANGED', 'PARTNERSHIP_STAGE_CHANGED', 'INTERACTION_RECORDED', 'RISK_RAISED', 'GOAL_PROGRESSED'],
    });
    await subscribed(before, 1);
    const refused = await mutateOk(app.url, PartnershipMoveStageDocument, {
      input: { id: w.q, to: 'IDENTIFICATION' },
    });
    expect(refused.partnershipMoveStage.userErrors.length).toBeGreaterThan(0);
    // Sentinel: an accepted move of the same partnership must come first on the feed, so the
    // refused one (published before it, if at all) published nothing.
    await mutateOk(app.url, PartnershipMoveStageDocument, {
      input: { id: w.q, to: 'TERMINATED', reason: 'sentinel' },
    });
    // The accepted move publishes exactly two events with one graph version: the first two
    // on the feed must be those.
    const firstTwo = (await feed.waitFor(2)).slice(0, 2).map((event) => event.ecosystemEvents);
    const moved = firstTwo.find((event) => event.kind === 'PARTNERSHIP_STAGE_CHANGED');
    expect(moved).toMatchObject({ subjectId: w.q, summary: expect.stringMatching(/^moved MANAGEMENT → TERMINATED/) });
    expect(firstTwo.map((event) => [event.kind, event.version]).sort()).toEqual([
      ['GRAPH_CHANGED', moved!.version],
      ['PARTNERSHIP_STAGE_CHANGED', moved!.version],
    ]);
  });

  it('equal subscriptions share one execution per event, whatever their number', async () => {
    const w = await world();
    await quiet();
    const subscribers = Array.from({ length: 3 }, () => connect());
    const before = app.subscriptions.activeSubscriptions();
    const streams = subscribers.flatMap((client) =>
      Array.from({ length: 10 }, () => client.subscribe(RiskRaisedDocument, { partnershipId: w.q })),
    );
    const other = subscribers[0].subscribe(RiskRaisedDocument, { partnershipId: w.p });
    await subscribed(before, 31);
    // One execution for the 30 equal subscriptions, one for the different one.
    expect(app.subscriptions.multiplexer.stats()).toMatchObject({ executions: 2, subscribers: 31 });

    const due = new Date(Date.now() + 86_400_000).toISOString();
    for (const title of ['First', 'Second']) {
      await mutateOk(app.url, RiskRaiseDocument, {
        input: { partnershipId: w.q, title, category: 'LEGAL', severity: 'LOW', likelihood: 0.1, dueAt: due },
      });
    }
    for (const stream of streams) {
      expect((await stream.waitFor(2)).map((event) => event.riskRaised.title)).toEqual(['First', 'Second']);
    }
    // 30 subscribers, 2 events: the shared operation executed twice; the other one saw no event.
    expect(app.subscriptions.multiplexer.stats().running).toEqual(
      expect.arrayContaining([
        { subscribers: 30, executedEvents: 2 },
        { subscribers: 1, executedEvents: 0 },
      ]),
    );
    // Sentinel: a risk of p must be the first thing the other subscription sees.
    await mutateOk(app.url, RiskRaiseDocument, {
      input: { partnershipId: w.p, title: 'Sentinel', category: 'LEGAL', severity: 'LOW', likelihood: 0.1, dueAt: due },
    });
    expect((await other.waitFor(1)).map((event) => event.riskRaised.title)).toEqual(['Sentinel']);
  });
});

/** edgeCount of C in an ECOSYSTEM update (the initial value lists every figure; updates only changes). */
async function currentEdgeCount(update: { kpisUpdated: { network: { metric: string; after: number }[] } }) {
  const edges = update.kpisUpdated.network.find((change) => change.metric === 'edgeCount');
  if (edges) return edges.after;
  const [row] = await app.gateway.readRows({
    cypher: `MATCH (a:Participant)-[:PARTY_TO]->(p:Partnership)<-[:PARTY_TO]-(b:Participant)
WHERE a.id < b.id AND p.stage <> 'TERMINATED' AND a.status <> 'EXITED' AND b.status <> 'EXITED'
RETURN count(DISTINCT [a.id, b.id]) AS edges`,
    params: {},
  });
  return Number(row.edges);
}

describe('KPI subscriptions', () => {
  it('send the current values first, then recomputed values with deltas after a graph change', async () => {
    const w = await world();
    const client = connect();
    const before = app.subscriptions.activeSubscriptions();
    const ecosystem = client.subscribe(KpisUpdatedDocument, { scope: 'ECOSYSTEM', initial: true });
    const [first] = await ecosystem.waitFor(1, 30_000);
    expect(first.kpisUpdated).toMatchObject({ initial: true, scope: 'ECOSYSTEM', engine: 'graphology' });
    expect(first.kpisUpdated.network.map((change) => change.before)).toEqual(first.kpisUpdated.network.map(() => null));
    // A stale current value (the graph changed since) is followed by the recomputed one.
    const fresh = first.kpisUpdated.stale ? (await ecosystem.waitFor(2, 30_000))[1] : first;
    expect(fresh.kpisUpdated.stale).toBe(first.kpisUpdated.stale ? null : false);
    const seen = ecosystem.values.length;
    const edgesBefore = await currentEdgeCount(fresh);
    const ofC = client.subscribe(KpisUpdatedDocument, { scope: 'PARTICIPANT', id: w.c, rankThreshold: 1 });
    await subscribed(before, 2);

    // A new tie a–c: one more edge in C; c's degree goes from 1 to 2.
    const created = await mutateOk(app.url, PartnershipCreateDocument, {
      input: {
        name: uniqueMarker('tie'),
        type: 'BUSINESS',
        subtype: 'CHANNEL',
        parties: [{ participantId: w.a }, { participantId: w.c }],
      },
    });
    expect(created.partnershipCreate.userErrors).toEqual([]);

    const next = (await ecosystem.waitFor(seen + 1, 30_000))[seen];
    expect(next.kpisUpdated.initial).toBe(false);
    expect(next.kpisUpdated.version).toBeGreaterThan(fresh.kpisUpdated.version);
    expect(next.kpisUpdated.previousVersion).toBe(fresh.kpisUpdated.version);
    expect(next.kpisUpdated.network).toContainEqual({
      metric: 'edgeCount',
      before: edgesBefore,
      after: edgesBefore + 1,
    });

    const [participantUpdate] = await ofC.waitFor(1, 30_000);
    const [changes] = participantUpdate.kpisUpdated.participants;
    expect(changes.participant.id).toBe(w.c);
    expect(changes.changes).toContainEqual({ metric: 'degree', before: 1, after: 2 });
  });

  it('refuses a KPI subscription without the id its scope needs', async () => {
    const client = connect();
    const refused = client.subscribe(KpisUpdatedDocument, { scope: 'PARTICIPANT' });
    const [error] = await refused.firstError();
    expect(error.message).toMatch(/scope PARTICIPANT needs the "id"/);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('protection', () => {
  it('refuses connections without valid credentials with close code 4401', async () => {
    const none = connect(app.url, { connectionParams: {} });
    expect((await none.closed).code).toBe(CLOSE.unauthorized.code);
    const forged = connect(app.url, { connectionParams: { authorization: 'Bearer not.a.token' } });
    expect((await forged.closed).code).toBe(CLOSE.unauthorized.code);
  });

  it('closes an open socket with 4401 when its token expires', async () => {
    const token = await testToken('VIEWER', 'short-lived', '2s');
    const client = connect(app.url, { connectionParams: { authorization: `Bearer ${token}` } });
    const before = app.subscriptions.activeSubscriptions();
    client.subscribe(EcosystemEventsDocument, {});
    await subscribed(before, 1);
    expect(await client.closed).toEqual({ code: CLOSE.unauthorized.code, reason: 'Unauthorized: token expired' });
  });

  describe('limits (HTTP and WebSocket alike)', () => {
    let strict: App;
    beforeAll(async () => {
      strict = await startTestApp({
        GRAPHQL_MAX_DEPTH: '4',
        GRAPHQL_MAX_ALIASES: '2',
        GRAPHQL_MAX_COST: '500',
        WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: '3',
        WS_MAX_SUBSCRIBES_PER_SECOND: '2',
      });
    });
    afterAll(async () => {
      await strict.stop();
    });

    // Queries: graphql-ws executes those too, through the same onSubscribe checks.
    const deep =
      '{ participants(first: 1) { nodes { partnerships(first: 1) { nodes { parties(first: 1) { nodes { id } } } } } } }';
    const aliased =
      '{ a: participants(first: 1) { totalCount } b: participants(first: 1) { totalCount } c: participants(first: 1) { totalCount } }';
    const costly = '{ participants(first: 100) { nodes { id name kind sector region } } }';

    async function wsError(query: string) {
      const client = connect(strict.url);
      return new Promise<{ message: string; extensions?: Record<string, unknown> }>((resolve, reject) => {
        client.client.subscribe(
          { query },
          {
            next: () => reject(new Error('accepted')),
            error: (e) => resolve((e as never)[0]),
            complete: () => undefined,
          },
        );
      });
    }

    it.each([
      ['depth', deep, 'DEPTH_LIMIT_EXCEEDED'],
      ['aliases', aliased, 'ALIAS_LIMIT_EXCEEDED'],
      ['cost', costly, 'COST_LIMIT_EXCEEDED'],
    ])('refuses an operation over the %s limit with its code', async (_what, query, code) => {
      const overHttp = await fetch(strict.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await testToken()}` },
        body: JSON.stringify({ query }),
      });
      expect(overHttp.status).toBe(400);
      const body = (await overHttp.json()) as { errors: { extensions: { code: string } }[]; data?: unknown };
      expect(body.errors[0].extensions.code).toBe(code);
      expect(body.data).toBeUndefined();
      const overWs = await wsError(query);
      expect(overWs.extensions?.code).toBe(code);
    });

    it('closes with 4029 (not graphql-ws’s fatal 4429) when a connection opens more subscriptions than allowed', async () => {
      const client = connect(strict.url);
      // Spaced out, so the rate limit (2/s) is not what refuses the fourth.
      for (let i = 0; i < 4; i += 1) {
        client.subscribe(EcosystemEventsDocument, {});
        await settle(600);
      }
      expect(await client.closed).toEqual({
        code: CLOSE.tooManySubscriptions.code,
        reason: 'Too many subscriptions: over 3 active',
      });
    });

    it('closes with 4029 when a connection sends subscribe messages too fast', async () => {
      // Raw protocol messages: each subscription completed at once, so never more than one is
      // active, but 5 subscribe messages arrive within a second.
      const socket = new WebSocket(strict.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
      const closed = new Promise<{ code: number; reason: string }>((resolve) =>
        socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
      );
      await new Promise((resolve) => socket.on('open', resolve));
      socket.send(
        JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${await testToken()}` } }),
      );
      await new Promise((resolve) => socket.once('message', resolve));
      for (let i = 0; i < 5; i += 1) {
        const id = String(i);
        socket.send(
          JSON.stringify({ id, type: 'subscribe', payload: { query: 'subscription { riskRaised { riskId } }' } }),
        );
        socket.send(JSON.stringify({ id, type: 'complete' }));
      }
      expect(await closed).toEqual({
        code: CLOSE.tooManySubscriptions.code,
        reason: 'Too many subscriptions: over 2 subscribes/s',
      });
    });

    it('an unauthenticated HTTP request gets 401 UNAUTHENTICATED and no data', async () => {
      const result = await execute(strict.url, EcosystemEventsDocument as never, {}, { authorization: '' });
      expect(result.status).toBe(401);
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
});
