/**
 * Fault test (docs/resilience.md): a stream of writes from several clients while the API's
 * Neo4j is killed with SIGKILL and restarted on the same port and data folder. Its own
 * throw-away Neo4j, so the shared test server is never touched.
 *
 * Afterwards: every acknowledged write is in the graph exactly once; a write that failed is
 * there at most once; a client that retried with the same clientKey got exactly one node;
 * requests during the outage failed only with SERVICE_UNAVAILABLE, within the request
 * deadline; `/readyz` said so within its 2 s; the same API process served again by itself.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { print } from 'graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import { LocalNeo4j } from '../../scripts/neo4j/local-server';
import type { App } from '../../src/app';
import { loadConfig } from '../../src/config/config';
import { expectGlobalId } from '../../src/core/global-id';
import { READINESS_TIMEOUT_MS } from '../../src/server/health';
import { ParticipantCreateDocument } from '../generated/operations';
import { authHeader } from '../support/auth';
import { freePort } from '../support/free-port';
import { uniqueMarker } from '../support/graph';
import { startTestApp } from '../support/test-app';

const CLIENTS = 4;
/** The defaults: REQUEST_DEADLINE_MS 10 s, the driver's retries (NEO4J_MAX_RETRY_MS) 5 s. */
const DEADLINE_MS = loadConfig().request.deadlineMs;
/**
 * How far past a time limit (the request deadline, /readyz's timeout) an answer may come, in
 * units of the slowest acknowledged write before the kill, measured in this test under its own
 * load: the bound follows the machine's speed instead of a fixed number of milliseconds.
 */
const OVERRUN_IN_BASELINES = 4;
const ACKS_BEFORE_KILL = 30;
const OUTAGE_MS = 3_000;
const WRITES_AFTER_RECOVERY_MS = 3_000;
const QUERY = print(ParticipantCreateDocument);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const now = () => performance.now();
const log = (line: string) => process.stderr.write(`[fault] ${line}\n`);

interface Attempt {
  name: string;
  clientKey?: string;
  start: number;
  end: number;
  status: number;
  /** extensions.code of each error; FETCH_FAILED when the API itself did not answer. */
  codes: string[];
  /** The participant's global id when the write was acknowledged. */
  id?: string;
}

let server: LocalNeo4j;
let app: App;
let checker: Driver;
let authorization: Record<string, string>;

beforeAll(async () => {
  server = new LocalNeo4j({
    home: fs.mkdtempSync(path.join(os.tmpdir(), 'ecograph-fault-neo4j-')),
    cacheRoot: loadConfig().local.home,
    boltPort: await freePort(),
    heap: '512m',
    pageCache: '128m',
    log: (line) => log(`neo4j: ${line}`),
  });
  const target = await server.start();
  app = await startTestApp({}, { target });
  checker = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
  authorization = await authHeader();
}, 300_000);

afterAll(async () => {
  await app?.stop();
  await checker?.close();
  await server?.destroy();
}, 120_000);

async function createParticipant(name: string, clientKey?: string): Promise<Attempt> {
  const start = now();
  const input = { name, kind: 'STARTUP', sector: 'Resilience', region: 'Europe', clientKey };
  try {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authorization },
      body: JSON.stringify({ query: QUERY, variables: { input } }),
    });
    const body = (await response.json()) as {
      data?: { participantCreate?: { participant?: { id: string } | null; userErrors: unknown[] } } | null;
      errors?: { extensions?: { code?: string } }[];
    };
    const payload = body.data?.participantCreate;
    const codes = (body.errors ?? []).map((error) => error.extensions?.code ?? 'NO_CODE');
    if (payload && payload.userErrors.length > 0) codes.push('USER_ERRORS');
    return { name, clientKey, start, end: now(), status: response.status, codes, id: payload?.participant?.id };
  } catch {
    return { name, clientKey, start, end: now(), status: 0, codes: ['FETCH_FAILED'] };
  }
}

async function readiness(): Promise<{ status: number; ms: number }> {
  const start = now();
  const response = await fetch(app.url.replace(/\/graphql$/, '/readyz'));
  await response.arrayBuffer();
  return { status: response.status, ms: now() - start };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

it('keeps every acknowledged write exactly once through a SIGKILL of Neo4j, and recovers by itself', async () => {
  const marker = uniqueMarker('fault');
  const attempts: Attempt[] = [];
  let stopping = false;

  // Each client writes one participant after another; every other write carries a clientKey,
  // and a keyed write that fails is retried with the same key until it is acknowledged.
  const client = async (c: number) => {
    for (let i = 0; !stopping; i++) {
      const name = `${marker}-c${c}-w${i}`;
      const clientKey = i % 2 === 0 ? `${marker}-c${c}-k${i}` : undefined;
      for (;;) {
        const attempt = await createParticipant(name, clientKey);
        attempts.push(attempt);
        if (attempt.id || !clientKey) break;
        await sleep(250);
      }
    }
  };
  const acks = () => attempts.filter((attempt) => attempt.id).length;
  const clients = Array.from({ length: CLIENTS }, (_, c) => client(c));

  while (acks() < ACKS_BEFORE_KILL) await sleep(50);
  const baselineMs = Math.max(...attempts.filter((attempt) => attempt.id).map((a) => a.end - a.start));
  const pid = server.runningPid();
  if (!pid) throw new Error('the fault-test Neo4j is not running');
  process.kill(pid, 'SIGKILL');
  const killedAt = now();
  while (isAlive(pid)) await sleep(20);
  log(`killed Neo4j (pid ${pid}) after ${acks()} acknowledged writes`);

  await sleep(OUTAGE_MS / 2);
  const readyDuringOutage = await readiness();
  await sleep(OUTAGE_MS / 2);

  await server.start();
  const backAt = now();
  let recoveredAt: number | undefined;
  while (recoveredAt === undefined) {
    recoveredAt = attempts.find((attempt) => attempt.id && attempt.start >= backAt)?.end;
    await sleep(50);
  }
  await sleep(WRITES_AFTER_RECOVERY_MS);
  stopping = true;
  await Promise.all(clients);
  const readyAfter = await readiness();

  const failed = attempts.filter((attempt) => !attempt.id);
  const errorEnds = failed.map((attempt) => attempt.end);
  log(
    `${attempts.length} requests, ${acks()} acknowledged, ${failed.length} failed; ` +
      `errors from +${((Math.min(...errorEnds) - killedAt) / 1000).toFixed(2)} s to +${((Math.max(...errorEnds) - killedAt) / 1000).toFixed(2)} s after the kill; ` +
      `Neo4j back after ${((backAt - killedAt) / 1000).toFixed(1)} s, first acknowledged write ${((recoveredAt - backAt) / 1000).toFixed(2)} s later; ` +
      `slowest error ${Math.max(...failed.map((a) => a.end - a.start)).toFixed(0)} ms; ` +
      `slowest write before the kill (the baseline) ${baselineMs.toFixed(0)} ms; ` +
      `slowest success after the restart ${Math.max(...attempts.filter((a) => a.id && a.end > backAt).map((a) => a.end - a.start)).toFixed(0)} ms; ` +
      `/readyz ${readyDuringOutage.status} in ${readyDuringOutage.ms.toFixed(0)} ms during the outage, ${readyAfter.status} after`,
  );

  // During the outage: only SERVICE_UNAVAILABLE, never a 5xx, always within the deadline.
  expect(failed.length).toBeGreaterThan(0);
  expect(attempts.filter((attempt) => attempt.status >= 500 || attempt.status === 0)).toEqual([]);
  expect(new Set(failed.flatMap((attempt) => attempt.codes))).toEqual(new Set(['SERVICE_UNAVAILABLE']));
  for (const attempt of failed) {
    expect(attempt.end).toBeGreaterThan(killedAt);
    expect(attempt.end - attempt.start).toBeLessThan(DEADLINE_MS + OVERRUN_IN_BASELINES * baselineMs);
  }
  // Recovered without a restart: nothing that started after the first success again failed.
  expect(failed.filter((attempt) => attempt.start > recoveredAt)).toEqual([]);
  expect(readyDuringOutage.status).toBe(503);
  expect(readyDuringOutage.ms).toBeLessThan(READINESS_TIMEOUT_MS + OVERRUN_IN_BASELINES * baselineMs);
  expect(readyAfter.status).toBe(200);

  // What the graph holds, by name: the id(s) of the participant(s) with that name.
  const session = checker.session();
  const stored = new Map<string, string[]>();
  try {
    const result = await session.run(
      'MATCH (p:Participant) WHERE p.name STARTS WITH $marker RETURN p.name AS name, collect(p.id) AS ids',
      { marker },
    );
    for (const record of result.records) stored.set(record.get('name') as string, record.get('ids') as string[]);
  } finally {
    await session.close();
  }
  const acknowledged = attempts.filter((attempt) => attempt.id);
  for (const attempt of acknowledged) {
    expect({ name: attempt.name, ids: stored.get(attempt.name) }).toEqual({
      name: attempt.name,
      ids: [expectGlobalId(attempt.id as string, 'Participant')],
    });
  }
  for (const attempt of failed) expect((stored.get(attempt.name) ?? []).length).toBeLessThanOrEqual(1);

  // Clients that retried with their clientKey after an error: one node each, the one acknowledged.
  const retried = acknowledged.filter((ack) => failed.some((f) => f.clientKey && f.clientKey === ack.clientKey));
  expect(retried.length).toBeGreaterThan(0);
  for (const ack of retried) expect(stored.get(ack.name)).toHaveLength(1);

  // A replay of an acknowledged keyed write, now that all is well: the same participant again.
  const replayed = await createParticipant(retried[0]?.name as string, retried[0]?.clientKey);
  expect(replayed.id).toBe(retried[0]?.id);
  log(`${retried.length} keyed writes were retried after an error; each left one node`);
}, 300_000);
