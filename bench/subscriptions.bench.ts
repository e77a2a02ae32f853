/**
 * Live subscriptions on loopback (docs/subscriptions-bench.md), side by side in one run:
 *
 * - 1,000 graphql-ws clients subscribed to the same `engagementUpdated` operation, events
 *   produced by real `interactionRecord` mutations over HTTP at a steady rate;
 * - the baseline: a bare `ws` server in the same process broadcasting a frame of the same shape
 *   and size to 1,000 bare `ws` clients, fed by the same mutations at the same rate;
 * - resolver executions per event with 10 and with 1,000 subscribers;
 * - the API process's memory per 1,000 idle subscriptions (and per 1,000 bare connections).
 *
 * The API runs in this process (its statistics and heap are read directly); the clients run in
 * a child process (bench/subscription-clients.ts), so their parsing does not steal the API's
 * event loop. Latency is measured from two instants, both stamped in this process:
 * commit = the mutation's write transaction committed (the gateway hands its outbox events to
 * the relay); publish = the relay's local bus delivers the event (what the bare broadcast
 * starts from).
 */
import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import v8 from 'node:v8';
import vm from 'node:vm';
import WebSocket, { WebSocketServer } from 'ws';
import type { AppServices } from '../src/context/context';
import type { InteractionRecorded } from '../src/events/events';
import { toGlobalId } from '../src/core/global-id';
import { deleteData } from '../src/seed/database';
import { seedDemoEcosystem } from '../src/seed/seed';
import { authHeader } from '../test/support/auth';
import { now, type ClientCommand, type ClientReply } from './subscription-clients';
import { percentile, startBenchEnvironment, table, type BenchEnvironment } from './support';

/** Events per second, open loop (a mutation is sent on schedule, whether or not the last returned). */
const RATE = 10;
/** Events per delivery block; ours and bare alternate in blocks, so load from elsewhere hits both alike. */
const EVENTS = 100;
const BLOCKS = 3;
const WARMUP = 10;
const FEW = 10;
const MANY = 1_000;
const DRAIN_TIMEOUT_MS = 15_000;

const SUBSCRIPTION = `subscription BenchEngagement {
  engagementUpdated {
    eventId
    at
    version
    interactionId
    partnershipId
    interactionKind
    engagement { participantId score trend }
  }
}`;

const RECORD = `mutation BenchRecord($input: InteractionRecordInput!) {
  interactionRecord(input: $input) { interaction { id } userErrors { code message } }
}`;

/** Stands for graphql-ws's subscription id when framing the bare broadcast the same way. */
const FRAME_ID = '00000000-0000-4000-8000-000000000000';

type Replies = {
  clock: Extract<ClientReply, { op: 'clock' }>;
  open: Extract<ClientReply, { op: 'opened' }>;
  count: Extract<ClientReply, { op: 'count' }>;
  collect: Extract<ClientReply, { op: 'collect' }>;
  close: Extract<ClientReply, { op: 'closed' }>;
};

/** The child process holding the clients; one command in flight at a time, replies in order. */
class ClientProcess {
  private readonly waiting: { resolve(reply: ClientReply): void; reject(error: Error): void }[] = [];
  /** Child clock minus this process's clock (ms), estimated from the fastest of 50 round trips. */
  offset = 0;
  roundTrip = Number.POSITIVE_INFINITY;

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (reply: ClientReply) => this.waiting.shift()?.resolve(reply));
    child.on('exit', (code) => {
      for (const pending of this.waiting.splice(0)) pending.reject(new Error(`client process exited (${code})`));
    });
  }

  static async start(): Promise<ClientProcess> {
    const child = fork(path.join(__dirname, 'subscription-clients.ts'), [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const clients = new ClientProcess(child);
    for (let i = 0; i < 50; i++) {
      const sent = now();
      const reply = await clients.request({ op: 'clock', sent });
      const back = now();
      if (back - sent < clients.roundTrip) {
        clients.roundTrip = back - sent;
        clients.offset = reply.child - (sent + back) / 2;
      }
    }
    return clients;
  }

  request<C extends ClientCommand>(command: C): Promise<Replies[C['op']]> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve: resolve as (reply: ClientReply) => void, reject });
      this.child.send(command);
    });
  }

  /** Waits until the clients received `expected` messages (or the timeout passed). */
  async drained(expected: number): Promise<void> {
    const until = performance.now() + DRAIN_TIMEOUT_MS;
    while (performance.now() < until) {
      if ((await this.request({ op: 'count' })).receipts >= expected) return;
      await sleep(100);
    }
  }

  stop(): void {
    this.child.disconnect();
  }
}

/**
 * Stamps, in this process, when each interaction's write committed and when its event was
 * delivered by the bus. The bus listener is registered before any subscriber, so it runs first
 * within the (synchronous) delivery. `onInteraction` feeds the bare broadcast.
 */
class Stamps {
  committed = new Map<string, number>();
  published = new Map<string, number>();
  onInteraction: ((event: InteractionRecorded) => void) | undefined;

  constructor(services: AppServices) {
    services.events.subscribe((event) => {
      if (event.kind !== 'INTERACTION_RECORDED') return;
      this.published.set(event.interactionId, now());
      this.onInteraction?.(event);
    });
    // The gateway hands the events to the relay right after the write transaction committed.
    const { relay } = services;
    const committed = relay.committed.bind(relay);
    relay.committed = (events) => {
      const committedAt = now();
      for (const event of events) {
        if (event.kind === 'INTERACTION_RECORDED') this.committed.set(event.interactionId, committedAt);
      }
      committed(events);
    };
  }

  reset(): void {
    this.committed = new Map();
    this.published = new Map();
  }
}

interface World {
  partnershipId: string;
  participantIds: string[];
}

/** A partnership of the small seed with (at least) two parties. */
async function pickWorld(env: BenchEnvironment): Promise<World> {
  const [row] = await env.app.gateway.readRows({
    cypher: `MATCH (p:Participant)-[:PARTY_TO]->(s:Partnership)
WITH s, collect(p.id) AS parties WHERE size(parties) >= 2
RETURN s.id AS partnership, parties[0..2] AS parties ORDER BY s.id LIMIT 1`,
    params: {},
  });
  if (!row) throw new Error('the seed has no partnership with two parties');
  return {
    partnershipId: toGlobalId('Partnership', String(row.partnership)),
    participantIds: (row.parties as string[]).map((key) => toGlobalId('Participant', key)),
  };
}

/** interactionRecord send → answer, ms, over the measured rounds (what the outbox adds to a write shows here). */
const mutationMs: number[] = [];

async function recordInteraction(url: string, headers: Record<string, string>, world: World): Promise<void> {
  const sent = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: RECORD, variables: { input: { ...world, kind: 'MEETING' } } }),
  });
  const body = (await response.json()) as {
    errors?: unknown;
    data?: { interactionRecord: { userErrors: unknown[] } };
  };
  if (body.errors || !body.data || body.data.interactionRecord.userErrors.length > 0) {
    throw new Error(`interactionRecord failed: ${JSON.stringify(body)}`);
  }
  mutationMs.push(performance.now() - sent);
}

/**
 * `count` mutations at `RATE` per second, open loop; returns the failures (each is caught at
 * once: a rejection left pending while the loop sleeps would crash the process).
 */
async function recordAtRate(url: string, world: World, count: number): Promise<string[]> {
  const headers = await authHeader();
  const start = performance.now();
  const failures: string[] = [];
  const sent: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    await sleep(Math.max(0, start + (i * 1_000) / RATE - performance.now()));
    sent.push(recordInteraction(url, headers, world).catch((error: Error) => void failures.push(error.message)));
  }
  await Promise.all(sent);
  return failures;
}

async function until(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** The `gc` function, exposed at run time when node was not started with --expose-gc. */
function collector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

interface Memory {
  heapUsed: number;
  rss: number;
}

async function settledMemory(gc: () => void): Promise<Memory> {
  for (let i = 0; i < 3; i++) {
    gc();
    await sleep(100);
  }
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsed, rss };
}

/** MB per 1,000 connections/subscriptions. */
const perThousand = (before: Memory, after: Memory, count: number) => ({
  heapUsed: ((after.heapUsed - before.heapUsed) / 1e6) * (1_000 / count),
  rss: ((after.rss - before.rss) / 1e6) * (1_000 / count),
});

interface Round {
  label: string;
  subscribers: number;
  events: number;
  received: number;
  messageBytes: number;
  commitToClient: number[];
  publishToClient: number[];
  /** Per event: commit → publish (the relay's ordering; engagement was read in the transaction). */
  preparation: number[];
  /** CPU time of this (the API's) process while the measured events ran, ms. */
  cpuMs: number;
  /** Source events executed by the multiplexer (undefined for the bare broadcast). */
  executed: number | undefined;
  errors: string[];
}

/** One round from several blocks of the same kind. */
function merged(blocks: Round[]): Round {
  const [first, ...rest] = blocks;
  if (!first) throw new Error('no blocks');
  return rest.reduce(
    (sum, block) => ({
      ...sum,
      events: sum.events + block.events,
      received: sum.received + block.received,
      commitToClient: sum.commitToClient.concat(block.commitToClient),
      publishToClient: sum.publishToClient.concat(block.publishToClient),
      preparation: sum.preparation.concat(block.preparation),
      cpuMs: sum.cpuMs + block.cpuMs,
      executed: sum.executed === undefined ? undefined : sum.executed + (block.executed ?? 0),
      errors: [...sum.errors, ...block.errors],
    }),
    first,
  );
}

/** Warm-up, then `events` mutations at the steady rate; latencies per (event, client). */
async function deliveryRound(
  env: BenchEnvironment,
  clients: ClientProcess,
  stamps: Stamps,
  world: World,
  label: string,
  subscribers: number,
  events: number,
  countsExecutions: boolean,
): Promise<Round> {
  stamps.reset();
  await recordAtRate(env.app.url, world, WARMUP);
  await env.app.services.relay.settled();
  await clients.drained(stamps.published.size * subscribers);
  await clients.request({ op: 'collect' });
  stamps.reset();
  const executedBefore = env.app.subscriptions.multiplexer.stats().executedEvents;
  const cpu = process.cpuUsage();
  const failures = await recordAtRate(env.app.url, world, events);
  await env.app.services.relay.settled();
  await clients.drained(stamps.published.size * subscribers);
  const { user, system } = process.cpuUsage(cpu);
  const executed = env.app.subscriptions.multiplexer.stats().executedEvents - executedBefore;
  const collected = await clients.request({ op: 'collect' });
  const round: Round = {
    label,
    subscribers,
    events: stamps.published.size,
    received: 0,
    messageBytes: collected.messageBytes,
    commitToClient: [],
    publishToClient: [],
    preparation: [...stamps.published].map(([key, at]) => at - (stamps.committed.get(key) ?? Number.NaN)),
    cpuMs: (user + system) / 1_000,
    executed: countsExecutions ? executed : undefined,
    errors: [...failures.map((failure) => `mutation failed: ${failure}`), ...collected.errors],
  };
  for (const [key, receipts] of Object.entries(collected.receipts)) {
    const published = stamps.published.get(key);
    const committed = stamps.committed.get(key);
    if (published === undefined || committed === undefined) continue; // a warm-up straggler
    for (const receipt of receipts) {
      const received = receipt - clients.offset;
      round.received += 1;
      round.commitToClient.push(received - committed);
      round.publishToClient.push(received - published);
    }
  }
  return round;
}

async function openGraphqlWs(env: BenchEnvironment, clients: ClientProcess, count: number): Promise<void> {
  const url = env.app.url.replace(/^http/, 'ws');
  const opened = await clients.request({ op: 'open', transport: 'graphql-ws', url, count, query: SUBSCRIPTION });
  if (opened.count !== count) throw new Error(`opened ${opened.count} of ${count} graphql-ws clients`);
  // The client has no acknowledgement of a subscribe: wait until the server holds them all.
  await until(() => env.app.subscriptions.multiplexer.stats().subscribers === count, `${count} subscribers`).catch(
    async (error: Error) => {
      const { errors } = await clients.request({ op: 'count' });
      const stats = JSON.stringify(env.app.subscriptions.multiplexer.stats());
      throw new Error(`${error.message} (server: ${stats}; clients: ${errors.join('; ') || 'no errors'})`);
    },
  );
}

async function closeClients(env: BenchEnvironment, clients: ClientProcess): Promise<void> {
  await clients.request({ op: 'close' });
  await until(() => env.app.subscriptions.activeSubscriptions() === 0, 'subscriptions to end');
}

/** The baseline: a bare `ws` server; the frame is built once per event and sent to every client. */
async function startBareServer(): Promise<{ wss: WebSocketServer; url: string; broadcast(text: string): void }> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, maxPayload: 256 * 1024 });
  await new Promise<void>((resolve) => wss.once('listening', resolve));
  const { port } = wss.address() as { port: number };
  return {
    wss,
    url: `ws://127.0.0.1:${port}`,
    broadcast: (text) => {
      for (const socket of wss.clients) if (socket.readyState === WebSocket.OPEN) socket.send(text);
    },
  };
}

/** What graphql-ws sends for the subscription above, as one JSON text. */
function bareFrame(event: InteractionRecorded): string {
  const { id, at, version, interactionId, partnershipId, interactionKind, engagement } = event;
  const engagementUpdated = { eventId: id, at, version, interactionId, partnershipId, interactionKind, engagement };
  return JSON.stringify({ id: FRAME_ID, type: 'next', payload: { data: { engagementUpdated } } });
}

const mb = (value: number) => value.toFixed(2);
/** Math.max(...samples) overflows the stack at 150,000 samples. */
const maximum = (samples: number[]) => samples.reduce((max, value) => Math.max(max, value), Number.NEGATIVE_INFINITY);

export async function subscriptionsBench(): Promise<string> {
  // Other work on the machine shows in the tails: say how busy it was.
  const load = os.loadavg()[0] ?? Number.NaN;
  const env = await startBenchEnvironment({
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'silent',
    // The clients are VIEWERs; the payload names participants (engagement), which AGGREGATE disclosure refuses.
    DISCLOSURE_VIEWER: 'FULL',
  });
  const gc = collector();
  const rounds: Round[] = [];
  const memory: (string | number)[][] = [];
  let clients: ClientProcess | undefined;
  try {
    clients = await ClientProcess.start();
    await deleteData(env.app.gateway);
    await seedDemoEcosystem(env.app.gateway, { size: 'small', seed: 5, anchor: '2026-06-30' });
    const world = await pickWorld(env);
    const stamps = new Stamps(env.app.services);

    // Executions per event with few subscribers.
    await openGraphqlWs(env, clients, FEW);
    rounds.push(await deliveryRound(env, clients, stamps, world, 'graphql-ws', FEW, EVENTS / 2, true));
    await closeClients(env, clients);

    const bare = await startBareServer();
    const ours: Round[] = [];
    const baseline: Round[] = [];
    try {
      for (let block = 0; block < BLOCKS; block++) {
        // 1,000 subscribers; their memory is measured idle in the first block.
        const idle = await settledMemory(gc);
        await openGraphqlWs(env, clients, MANY);
        if (block === 0) {
          await sleep(1_000);
          const held = perThousand(idle, await settledMemory(gc), MANY);
          memory.push(['graphql-ws subscriptions (one per connection)', mb(held.heapUsed), mb(held.rss)]);
        }
        ours.push(await deliveryRound(env, clients, stamps, world, 'graphql-ws', MANY, EVENTS, true));
        await closeClients(env, clients);

        // The bare broadcast, fed by the same mutations.
        const bareIdle = await settledMemory(gc);
        const opened = await clients.request({ op: 'open', transport: 'bare', url: bare.url, count: MANY });
        if (opened.count !== MANY) throw new Error(`opened ${opened.count} of ${MANY} bare clients`);
        await until(() => bare.wss.clients.size === MANY, `${MANY} bare connections`);
        if (block === 0) {
          await sleep(1_000);
          const held = perThousand(bareIdle, await settledMemory(gc), MANY);
          memory.push(['bare `ws` connections (baseline)', mb(held.heapUsed), mb(held.rss)]);
        }
        stamps.onInteraction = (event) => bare.broadcast(bareFrame(event));
        baseline.push(await deliveryRound(env, clients, stamps, world, 'bare ws broadcast', MANY, EVENTS, false));
        stamps.onInteraction = undefined;
        await clients.request({ op: 'close' });
        await until(() => bare.wss.clients.size === 0, 'bare connections to close');
      }
    } finally {
      await new Promise((resolve) => bare.wss.close(resolve));
    }
    rounds.push(merged(ours), merged(baseline));
  } finally {
    clients?.stop();
    await env.close();
  }
  return report(rounds, memory, clients, load);
}

/** "p50 / p99 / max" of samples, ms. */
function spread(samples: number[], withMax = true): string {
  const figures = [percentile(samples, 50), percentile(samples, 99), ...(withMax ? [maximum(samples)] : [])];
  return figures.map((value) => value.toFixed(1)).join(' / ');
}

function report(rounds: Round[], memory: (string | number)[][], clients: ClientProcess, load: number): string {
  const latency = table(
    [
      'delivery',
      'subscribers',
      'events',
      'deliveries',
      'frame bytes',
      'commit→client ms p50 / p99 / max',
      'publish→client ms p50 / p99 / max',
      'commit→publish ms p50 / p99',
      'API CPU ms / event',
      'resolver executions / event',
    ],
    rounds.map((round) => [
      round.label,
      round.subscribers.toLocaleString('en-US'),
      round.events.toString(),
      `${round.received.toLocaleString('en-US')} / ${(round.events * round.subscribers).toLocaleString('en-US')}`,
      round.messageBytes.toString(),
      spread(round.commitToClient),
      spread(round.publishToClient),
      spread(round.preparation, false),
      round.cpuMs / round.events,
      round.executed === undefined ? '—' : (round.executed / round.events).toFixed(2),
    ]),
  );
  const ours = rounds.find((round) => round.label === 'graphql-ws' && round.subscribers === MANY);
  const bare = rounds.find((round) => round.label !== 'graphql-ws');
  const ratio = (pick: (round: Round) => number[], p: number) =>
    ours && bare ? percentile(pick(ours), p) / percentile(pick(bare), p) : Number.NaN;
  const ratios = table(
    ['ours / bare, 1,000 subscribers', 'p50 (CPU: mean)', 'p99'],
    [
      ['commit → client', ratio((r) => r.commitToClient, 50), ratio((r) => r.commitToClient, 99)],
      ['publish → client', ratio((r) => r.publishToClient, 50), ratio((r) => r.publishToClient, 99)],
      ['API CPU per event', ours && bare ? ours.cpuMs / ours.events / (bare.cpuMs / bare.events) : Number.NaN, '—'],
    ],
  );
  const errors = rounds.flatMap((round) => round.errors.map((error) => `- ${round.label}: ${error}`));
  return [
    `Live subscriptions: ${RATE} interactionRecord mutations/s over HTTP; ours and the bare broadcast alternate in ` +
      `${BLOCKS} blocks of ${EVENTS} events each; clients in a child process.`,
    `- clock offset to the child ${clients.offset.toFixed(3)} ms (fastest IPC round trip ${clients.roundTrip.toFixed(3)} ms)`,
    `- load average ${load.toFixed(2)} at the start, ${(os.loadavg()[0] ?? Number.NaN).toFixed(2)} at the end (${os.cpus().length} cores)`,
    '',
    latency,
    '',
    ratios,
    '',
    `interactionRecord send → answer over HTTP (all rounds, ${mutationMs.length} mutations): p50 / p99 / max ${spread(mutationMs)} ms`,
    '',
    table(['API process memory per 1,000 idle', 'heapUsed MB (after GC)', 'RSS MB'], memory),
    ...(errors.length > 0 ? ['', 'Client errors:', ...errors] : []),
  ].join('\n');
}
