/**
 * Two API processes sharing one real Redis (Debian's redis-server, started by the project's
 * scripts): a mutation on replica A reaches a subscriber on replica B, and a subscriber whose
 * replica restarts reconnects and keeps receiving events.
 */
import crypto from 'node:crypto';
import type { App } from '../../src/app';
import { toGlobalId } from '../../src/core/global-id';
import { freePort } from '../support/free-port';
import { executeOk } from '../support/graphql-client';
import { uniqueMarker } from '../support/graph';
import { startTestApp } from '../support/test-app';
import { startTestRedis, type TestRedis } from '../support/test-redis';
import { settle, wsClient, type TestWsClient } from '../support/ws-client';
import { RiskRaiseDocument, RiskRaisedDocument } from '../generated/operations';

jest.setTimeout(90_000);

let redis: TestRedis;
let a: App;
let b: App;
let bPort: number;
const clients: TestWsClient[] = [];

const startReplica = (port: number) => startTestApp({ REDIS_URL: redis.url, PORT: String(port) });

beforeAll(async () => {
  redis = await startTestRedis();
  bPort = await freePort();
  a = await startReplica(0);
  b = await startReplica(bPort);
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await Promise.all([a.stop(), b.stop()]);
  await redis.stop();
});

async function partnership(): Promise<string> {
  const key = crypto.randomUUID();
  await a.gateway.writeRows({
    cypher: `CREATE (:Partnership {id: $key, name: $name, type: 'BUSINESS', subtype: 'CHANNEL', stage: 'MANAGEMENT',
  strategicAlignment: 0.5, startedAt: datetime(), createdAt: datetime(), updatedAt: datetime()})`,
    params: { key, name: uniqueMarker('replica') },
  });
  return toGlobalId('Partnership', key);
}

async function raise(on: App, partnershipId: string, title: string) {
  const dueAt = new Date(Date.now() + 86_400_000).toISOString();
  await executeOk(on.url, RiskRaiseDocument, {
    input: { partnershipId, title, category: 'STRATEGIC', severity: 'MEDIUM', likelihood: 0.5, dueAt },
  });
}

async function registered(on: () => App, count: number): Promise<void> {
  const started = Date.now();
  while (on().subscriptions.activeSubscriptions() < count) {
    if (Date.now() - started > 20_000) throw new Error('subscription not registered');
    await settle(50);
  }
}

it('a mutation on replica A reaches a subscriber on replica B', async () => {
  const id = await partnership();
  const client = wsClient(b.url);
  clients.push(client);
  const risks = client.subscribe(RiskRaisedDocument, { partnershipId: id });
  await registered(() => b, 1);
  await raise(a, id, 'Raised on A');
  const [event] = await risks.waitFor(1);
  expect(event.riskRaised).toMatchObject({ partnershipId: id, title: 'Raised on A' });
});

it('a subscriber whose replica restarts reconnects and keeps receiving events', async () => {
  const id = await partnership();
  const client = wsClient(b.url, {
    retryAttempts: 30,
    retryWait: async () => void (await settle(200)),
    shouldRetry: () => true,
  });
  clients.push(client);
  const risks = client.subscribe(RiskRaisedDocument, { partnershipId: id });
  await registered(() => b, 1);
  await raise(a, id, 'Before the restart');
  await risks.waitFor(1);

  await b.stop();
  b = await startReplica(bPort);
  // graphql-ws resubscribes on reconnect; B subscribes to Redis before it listens.
  await registered(() => b, 1);
  await raise(a, id, 'After the restart');
  const events = await risks.waitFor(2);
  expect(events.map((event) => event.riskRaised.title)).toEqual(['Before the restart', 'After the restart']);
});
