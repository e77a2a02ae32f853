/**
 * Exactly once, in commit order, across replicas (docs/subscriptions.md, "Guarantees"):
 * replica A runs in the test process, B (and C) are `src/main.ts` processes; all share one
 * real Redis and one Neo4j. (a) interleaved mutations through both replicas under load,
 * (b) a SIGKILL between commit and publish, (c) Redis stopped during writes.
 */
import type { App } from '../../src/app';
import { partnershipWithParties as partnershipWithPartiesVia, raiseRisk } from '../support/event-fixtures';
import { freePort } from '../support/free-port';
import { mutateOk } from '../support/graphql-client';
import { startApiProcess, type ApiProcess } from '../support/api-process';
import { startTestApp } from '../support/test-app';
import { startTestRedis, type TestRedis } from '../support/test-redis';
import { settle, wsClient, type TestWsClient } from '../support/ws-client';
import {
  EcosystemEventsDocument,
  EngagementUpdatedDocument,
  InteractionRecordDocument,
  RiskRaisedDocument,
} from '../generated/operations';

jest.setTimeout(180_000);

const POLL_MS = '200';
let redis: TestRedis;
let a: App;
let b: ApiProcess;
const processes: ApiProcess[] = [];
const clients: TestWsClient[] = [];

beforeAll(async () => {
  redis = await startTestRedis();
  a = await startTestApp({ REDIS_URL: redis.url, OUTBOX_POLL_MS: POLL_MS });
  b = await startApiProcess(await freePort(), { REDIS_URL: redis.url, OUTBOX_POLL_MS: POLL_MS });
  processes.push(b);
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await Promise.all(processes.map((one) => one.stop()));
  await a.stop();
  await redis.stop();
});

function client(url: string, options: Parameters<typeof wsClient>[1] = {}): TestWsClient {
  const one = wsClient(url, options);
  clients.push(one);
  return one;
}

const partnershipWithParties = () => partnershipWithPartiesVia(a.url, a.gateway, '2024-01-01T00:00:00Z');
const raise = (url: string, partnershipId: string, title: string) =>
  raiseRisk(url, partnershipId, title, new Date(Date.now() + 30 * 86_400_000).toISOString());

/** Active subscriptions of a replica process, from its Prometheus metrics. */
async function subscriptionsOn(replica: ApiProcess): Promise<number> {
  const text = await (await fetch(replica.url.replace(/\/graphql$/, '/metrics'))).text();
  const line = text.split('\n').find((row) => row.startsWith('ecograph_websocket_active_subscriptions'));
  return Number(line?.split(' ').pop() ?? 0);
}

async function registered(check: () => Promise<number> | number, count: number): Promise<void> {
  const started = Date.now();
  while ((await Promise.resolve(check()).catch(() => 0)) < count) {
    if (Date.now() - started > 30_000) throw new Error(`${count} subscriptions not registered`);
    await settle(100);
  }
}

const increasing = (values: number[]) => values.every((value, i) => i === 0 || value > values[i - 1]!);
const gapFree = (values: number[]) => values.every((value, i) => i === 0 || value === values[i - 1]! + 1);

it('(a) interleaved mutations through two replicas under load arrive in commit order, numbered strictly increasing, at every subscriber', async () => {
  const { id, parties } = await partnershipWithParties();
  const other = await partnershipWithParties();
  const urls = [a.url, b.url];
  const subscribers = urls.flatMap((url) => [client(url), client(url)]);
  const engagement = subscribers.map((one) => one.subscribe(EngagementUpdatedDocument, { partnershipId: id }));
  const feeds = urls.map((url) =>
    client(url).subscribe(EcosystemEventsDocument, {
      kinds: ['INTERACTION_RECORDED', 'RISK_RAISED', 'GRAPH_CHANGED', 'PARTNERSHIP_STAGE_CHANGED', 'GOAL_PROGRESSED'],
    }),
  );
  await registered(() => a.subscriptions.multiplexer.stats().subscribers, 3);
  await registered(() => subscriptionsOn(b), 3);

  // The second writer: risks on another partnership through both replicas, as fast as they go.
  let loading = true;
  const load = Promise.all(
    urls.map(async (url, n) => {
      for (let i = 0; loading; i += 1) await raise(url, other.id, `load ${n}.${i}`);
    }),
  );
  // Each interaction is sent after the previous one was acknowledged, alternating replicas:
  // commit order is acknowledgement order.
  const acknowledged: string[] = [];
  try {
    for (let i = 0; i < 20; i += 1) {
      const { interactionRecord } = await mutateOk(urls[i % 2]!, InteractionRecordDocument, {
        input: { partnershipId: id, participantIds: parties, kind: 'MEETING', note: `interaction ${i}` },
      });
      acknowledged.push(interactionRecord.interaction!.id);
    }
  } finally {
    loading = false;
    await load;
  }

  for (const stream of engagement) {
    const received = (await stream.waitFor(20, 30_000)).map((value) => value.engagementUpdated);
    expect(received.map((event) => event.interactionId)).toEqual(acknowledged);
    expect(increasing(received.map((event) => event.sequence))).toBe(true);
  }
  // The whole feed, load included, is gap-free on both replicas and identical on both.
  await settle(1_000);
  const sequences = feeds.map((feed) => feed.values.map((value) => value.ecosystemEvents.sequence!));
  for (const one of sequences) {
    expect(one.length).toBeGreaterThan(40);
    expect(gapFree(one)).toBe(true);
  }
  expect(sequences[0]).toEqual(sequences[1]);
  for (const stream of engagement) expect(stream.values).toHaveLength(20);
});

it('(b) an event committed on a replica SIGKILLed before it published is delivered once: to the other replica, and after the restart by resuming', async () => {
  const { id } = await partnershipWithParties();
  const port = await freePort();
  // OUTBOX_RELAY_PAUSED: C commits but its relay never publishes (the window between commit and publish).
  let c = await startApiProcess(port, { REDIS_URL: redis.url, OUTBOX_POLL_MS: POLL_MS, OUTBOX_RELAY_PAUSED: 'true' });
  processes.push(c);
  const onA = client(a.url).subscribe(RiskRaisedDocument, { partnershipId: id });
  const reconnecting = client(c.url, {
    retryAttempts: 200,
    retryWait: async () => void (await settle(250)),
    shouldRetry: () => true,
  });
  const onC = reconnecting.subscribeResuming(
    RiskRaisedDocument,
    { partnershipId: id, after: (await a.services.outbox.latest()) as number | null },
    (data) => data.riskRaised.sequence,
  );
  await registered(() => subscriptionsOn(c), 1);

  await raise(c.url, id, 'committed, then killed');
  await c.stop('SIGKILL');
  const [delivered] = await onA.waitFor(1, 10_000);
  expect(delivered!.riskRaised.title).toBe('committed, then killed');
  expect(onC.values).toHaveLength(0);

  c = await startApiProcess(port, { REDIS_URL: redis.url, OUTBOX_POLL_MS: POLL_MS });
  processes.push(c);
  const [resumed] = await onC.waitFor(1, 30_000);
  expect(resumed!.riskRaised).toMatchObject({
    title: 'committed, then killed',
    sequence: delivered!.riskRaised.sequence,
  });

  await raise(a.url, id, 'after the restart');
  await onC.waitFor(2, 15_000);
  await onA.waitFor(2, 15_000);
  await settle(1_000);
  for (const stream of [onA, onC]) {
    expect(stream.values.map((value) => value.riskRaised.title)).toEqual([
      'committed, then killed',
      'after the restart',
    ]);
  }
});

it('(c) with Redis stopped for a few seconds during writes, every event arrives once, in order', async () => {
  if (!redis.outage) throw new Error('this test stops the Redis it started: run it without REDIS_URL');
  const { id } = await partnershipWithParties();
  const streams = [a.url, b.url, a.url, b.url].map((url) =>
    client(url).subscribe(RiskRaisedDocument, { partnershipId: id }),
  );
  await registered(() => a.subscriptions.multiplexer.stats().subscribers, 2);
  await registered(() => subscriptionsOn(b), 2);

  const titles = Array.from({ length: 24 }, (_, i) => `risk ${i}`);
  const outage = (async () => {
    await settle(300);
    await redis.outage!(3_000);
  })();
  for (const [i, title] of titles.entries()) {
    await raise(i % 2 === 0 ? a.url : b.url, id, title);
    await settle(200);
  }
  await outage;
  for (const stream of streams) {
    const received = (await stream.waitFor(24, 30_000)).map((value) => value.riskRaised);
    expect(received.map((event) => event.title)).toEqual(titles);
    expect(increasing(received.map((event) => event.sequence))).toBe(true);
  }
  // Redis is back: live delivery through it still works, and nothing arrives twice.
  await raise(b.url, id, 'after the outage');
  for (const stream of streams) await stream.waitFor(25, 15_000);
  await settle(1_000);
  for (const stream of streams) expect(stream.values).toHaveLength(25);
});
