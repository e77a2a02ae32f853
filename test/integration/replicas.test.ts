/**
 * Two API processes sharing one real Redis (Debian's redis-server, started by the project's
 * scripts): replica A runs in the test process, replica B is a separate `npm run serve`
 * process (src/main.ts) on its own port. A mutation on A reaches a subscriber on B, and a
 * subscriber whose replica restarts reconnects and keeps receiving events.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import type { App } from '../../src/app';
import { toGlobalId } from '../../src/core/global-id';
import { TEST_JWT_SECRET } from '../support/auth';
import { freePort } from '../support/free-port';
import { mutateOk } from '../support/graphql-client';
import { uniqueMarker } from '../support/graph';
import { startTestApp } from '../support/test-app';
import { testNeo4jTarget } from '../support/test-neo4j';
import { startTestRedis, type TestRedis } from '../support/test-redis';
import { settle, wsClient, type TestWsClient } from '../support/ws-client';
import { RiskRaiseDocument, RiskRaisedDocument } from '../generated/operations';

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '..', '..');

let redis: TestRedis;
let a: App;
let b: { url: string; process: ChildProcess; output: string[] };
let bPort: number;
const clients: TestWsClient[] = [];

/** Replica B: the production entry point in its own Node.js process. */
async function startReplicaB(port: number): Promise<typeof b> {
  const target = testNeo4jTarget();
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      NEO4J_URI: target.uri,
      NEO4J_USER: target.user,
      NEO4J_PASSWORD: target.password,
      REDIS_URL: redis.url,
      AUTH_JWT_SECRET: TEST_JWT_SECRET,
      KPI_WARM_ON_START: 'false',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}/graphql`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`replica B exited: ${output.join('')}`);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined);
    if (ready?.ok) break;
    if (Date.now() - started > 60_000) throw new Error(`replica B not ready: ${output.join('')}`);
    await settle(200);
  }
  return { url, process: child, output };
}

async function stopReplicaB(): Promise<void> {
  if (b.process.exitCode !== null) return;
  const exited = new Promise((resolve) => b.process.once('exit', resolve));
  b.process.kill('SIGTERM');
  await exited;
}

/** Active subscriptions of replica B, read from its Prometheus metrics. */
async function subscriptionsOnB(): Promise<number> {
  const text = await (await fetch(b.url.replace(/\/graphql$/, '/metrics'))).text();
  const line = text.split('\n').find((row) => row.startsWith('ecograph_websocket_active_subscriptions'));
  return Number(line?.split(' ').pop() ?? 0);
}

async function registeredOnB(count: number): Promise<void> {
  const started = Date.now();
  while ((await subscriptionsOnB().catch(() => 0)) < count) {
    if (Date.now() - started > 30_000) throw new Error('subscription not registered on replica B');
    await settle(100);
  }
}

beforeAll(async () => {
  redis = await startTestRedis();
  bPort = await freePort();
  a = await startTestApp({ REDIS_URL: redis.url });
  b = await startReplicaB(bPort);
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await stopReplicaB();
  await a.stop();
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

async function raiseOnA(partnershipId: string, title: string) {
  const dueAt = new Date(Date.now() + 86_400_000).toISOString();
  await mutateOk(a.url, RiskRaiseDocument, {
    input: { partnershipId, title, category: 'STRATEGIC', severity: 'MEDIUM', likelihood: 0.5, dueAt },
  });
}

it('a mutation on replica A reaches a subscriber on replica B (another process)', async () => {
  const id = await partnership();
  const client = wsClient(b.url);
  clients.push(client);
  const risks = client.subscribe(RiskRaisedDocument, { partnershipId: id });
  await registeredOnB(1);
  await raiseOnA(id, 'Raised on A');
  const [event] = await risks.waitFor(1);
  expect(event.riskRaised).toMatchObject({ partnershipId: id, title: 'Raised on A' });
});

it('a subscriber whose replica restarts reconnects and keeps receiving events', async () => {
  const id = await partnership();
  const client = wsClient(b.url, {
    retryAttempts: 100,
    retryWait: async () => void (await settle(250)),
    shouldRetry: () => true,
  });
  clients.push(client);
  const risks = client.subscribe(RiskRaisedDocument, { partnershipId: id });
  await registeredOnB(1);
  await raiseOnA(id, 'Before the restart');
  await risks.waitFor(1);

  await stopReplicaB();
  b = await startReplicaB(bPort);
  // graphql-ws resubscribes on reconnect; B subscribes to Redis before it listens.
  await registeredOnB(1);
  await raiseOnA(id, 'After the restart');
  const events = await risks.waitFor(2);
  expect(events.map((event) => event.riskRaised.title)).toEqual(['Before the restart', 'After the restart']);
});
