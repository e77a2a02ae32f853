/**
 * Background work keeps to its share of the pool on a slow database. Two replicas on one real
 * Redis: a writer replica (direct to Neo4j) commits a burst of mutations; the other replica
 * reaches the same Neo4j through a network that delays every packet (every transaction holds
 * its connection much longer), has a pool of 8 and a KPI subscriber, so every event of the
 * burst nudges its KPI cache. While the burst lasts, the slow replica's transactions are
 * sampled on the server (SHOW TRANSACTIONS, by the relay's client ports): its background
 * transactions never exceed the configured 2, its own readers are never refused
 * (no SERVICE_UNAVAILABLE, no pool wait ending in a time-out), and its KPIs still catch up.
 */
import type { App } from '../../src/app';
import { AgreementsDocument, KpisUpdatedDocument, ParticipantCreateDocument } from '../generated/operations';
import { execute, mutateOk } from '../support/graphql-client';
import { uniqueMarker } from '../support/graph';
import { slowNetwork, type SlowNetwork } from '../support/slow-network';
import { startTestApp } from '../support/test-app';
import { testNeo4jTarget } from '../support/test-neo4j';
import { startTestRedis, type TestRedis } from '../support/test-redis';
import { settle, wsClient, type TestWsClient } from '../support/ws-client';

jest.setTimeout(180_000);

const POOL = 8;
const BACKGROUND = 2;
/** One way; every round trip is twice that longer. */
const DELAY_MS = 60;
const WRITERS = 4;
const MUTATIONS_PER_WRITER = 10;
/** Every purpose src/app.ts gives a background gateway (the outbox relay's reads included). */
const BACKGROUND_PURPOSES = ['analytics', 'kpi-version', 'relay'];

let redis: TestRedis;
let writer: App;
let slow: App;
let network: SlowNetwork;
let subscriber: TestWsClient;
const logged: string[] = [];

beforeAll(async () => {
  redis = await startTestRedis();
  writer = await startTestApp({ REDIS_URL: redis.url });
  network = await slowNetwork(testNeo4jTarget().uri, DELAY_MS);
  slow = await startTestApp(
    {
      REDIS_URL: redis.url,
      NEO4J_MAX_POOL_SIZE: String(POOL),
      BACKGROUND_MAX_TRANSACTIONS: String(BACKGROUND),
      NEO4J_ACQUISITION_TIMEOUT_MS: '3000',
      REQUEST_DEADLINE_MS: '30000',
      KPI_DEBOUNCE_MS: '200',
      LOG_LEVEL: 'warn',
    },
    { target: { ...testNeo4jTarget(), uri: network.uri }, logTo: { write: (line: string) => void logged.push(line) } },
  );
});
afterAll(async () => {
  await subscriber?.dispose();
  await slow?.stop();
  await network?.close();
  await writer?.stop();
  await redis?.stop();
});

interface Sample {
  total: number;
  background: number;
  /** The outbox relay's reads among them. */
  relay: number;
}

/** The slow replica's transactions on the server now (its connections come from the relay's ports). */
async function sample(): Promise<Sample> {
  const rows = await writer.gateway.runAutoCommit({
    cypher: `SHOW TRANSACTIONS YIELD clientAddress, metaData
WHERE toInteger(split(clientAddress, ':')[-1]) IN $ports
RETURN count(*) AS total, count(CASE WHEN metaData.purpose IN $purposes THEN 1 END) AS background,
  count(CASE WHEN metaData.purpose = 'relay' THEN 1 END) AS relay`,
    params: { ports: network.upstreamPorts(), purposes: BACKGROUND_PURPOSES },
  });
  return {
    total: Number(rows[0]?.total ?? 0),
    background: Number(rows[0]?.background ?? 0),
    relay: Number(rows[0]?.relay ?? 0),
  };
}

it('keeps background transactions within their share while a KPI subscriber watches a burst on a slow database', async () => {
  subscriber = wsClient(slow.url);
  const kpis = subscriber.subscribe(KpisUpdatedDocument, { scope: 'ECOSYSTEM', initial: true });
  await kpis.waitFor(1, 60_000);

  let events = 0;
  const counting = slow.services.events.subscribe((event) => {
    if (event.kind !== 'KPIS_UPDATED') events += 1;
  });
  const startedBefore = slow.services.background.started;
  const relayBefore = slow.services.background.startedFor.get('relay') ?? 0;
  let bursting = true;
  const samples: Sample[] = [];
  const sampling = (async () => {
    while (bursting) {
      samples.push(await sample());
      await settle(25);
    }
  })();
  const readerCodes: string[] = [];
  let reads = 0;
  const reading = (async () => {
    while (bursting) {
      const answer = await execute(slow.url, AgreementsDocument, { first: 5 });
      reads += 1;
      for (const error of answer.errors ?? []) readerCodes.push(String(error.extensions?.code));
    }
  })();

  const marker = uniqueMarker('Burst');
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, w) => {
      for (let i = 0; i < MUTATIONS_PER_WRITER; i++) {
        await mutateOk(writer.url, ParticipantCreateDocument, {
          input: { name: `${marker} ${w}-${i}`, kind: 'STARTUP', sector: 'AI', region: 'EU' },
        });
      }
    }),
  );
  const finalVersion = await writer.gateway.graphVersion();
  // The slow replica's KPIs catch up with the last write (its feed still works, just bounded).
  const deadline = Date.now() + 90_000;
  while (!kpis.values.some((value) => value.kpisUpdated.version >= finalVersion) && Date.now() < deadline) {
    await settle(100);
  }
  bursting = false;
  await Promise.all([sampling, reading]);
  counting();
  const relayTransactions = (slow.services.background.startedFor.get('relay') ?? 0) - relayBefore;
  // What the events caused (the relay's reads come from its poll timer, not from the events).
  const backgroundTransactions = slow.services.background.started - startedBefore - relayTransactions;
  process.stderr.write(
    `[background-work] events ${events}, background transactions ${backgroundTransactions} ` +
      `(+ ${relayTransactions} relay reads), ` +
      `samples ${samples.length}, peak on server ${Math.max(...samples.map((s) => s.background))}, ` +
      `samples with a relay read ${samples.filter((s) => s.relay > 0).length}, reads ${reads}\n`,
  );

  expect(kpis.values.at(-1)?.kpisUpdated.version).toBeGreaterThanOrEqual(finalVersion);
  expect(kpis.errors).toEqual([]);
  // The sampler saw the slow replica at work, background included.
  expect(samples.length).toBeGreaterThan(10);
  expect(Math.max(...samples.map((s) => s.background))).toBeGreaterThan(0);
  // The relay's outbox reads (its polls) ran as background work, tagged and counted with it.
  expect(samples.some((s) => s.relay > 0)).toBe(true);
  expect(relayTransactions).toBeGreaterThan(0);
  // Never more background transactions than configured, on the server or in the process.
  expect(Math.max(...samples.map((s) => s.background))).toBeLessThanOrEqual(BACKGROUND);
  expect(slow.services.background.peak).toBeLessThanOrEqual(BACKGROUND);
  // The pool was never used up: the replica's transactions on the server stayed below it.
  expect(Math.max(...samples.map((s) => s.total))).toBeLessThan(POOL);
  expect(slow.services.background.max).toBe(BACKGROUND);
  // The burst's events were coalesced: far fewer background transactions than events.
  expect(events).toBeGreaterThanOrEqual(WRITERS * MUTATIONS_PER_WRITER);
  expect(backgroundTransactions).toBeLessThan(events);
  // The replica's own readers were always served; nothing in the background failed.
  expect(reads).toBeGreaterThan(0);
  expect(readerCodes).toEqual([]);
  expect(logged.filter((line) => /SERVICE_UNAVAILABLE|acquisition|failed|not published/i.test(line))).toEqual([]);
});
