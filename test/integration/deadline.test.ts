/**
 * The per-request deadline against the real Neo4j: a mutation stuck behind another
 * transaction's lock is answered DEADLINE_EXCEEDED at its deadline, its transaction is gone
 * from the server at once, and it never commits later (no driver retry after the deadline).
 * Shortly after the database was unavailable, the same wait is blamed on the database.
 */
import crypto from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { App } from '../../src/app';
import { expectGlobalId } from '../../src/core/global-id';
import { noteUnavailable, RECOVERY_WINDOW_MS } from '../../src/db/deadline';
import { lockGoal } from '../../src/modules/goal/goal.queries';
import { GoalAddProgressDocument, GoalCreateDocument, GoalProgressValuesDocument } from '../generated/operations';
import { execute, executeOk, mutateOk } from '../support/graphql-client';
import { uniqueMarker } from '../support/graph';
import { startTestApp } from '../support/test-app';

const DEADLINE_MS = 1_500;
/**
 * How much longer than its deadline a stuck request may take to be answered, in units of the
 * same request's time unhindered, measured in the same test: the answer after the deadline
 * (reset the session, format the error) is less work than a whole request, so the bound follows
 * the machine's load instead of a fixed number of milliseconds. Without the deadline the
 * request would wait for the lock until the server's transaction timeout.
 */
const OVERRUN_IN_BASELINES = 4;
/** Timers never fire early, but Date.now() (the deadline) and performance.now() may differ by a tick. */
const CLOCK_TICK_MS = 50;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let app: App;
/** Default deadline: sets up fixtures and warms Neo4j's query plans (cold planning alone can take a second). */
let setup: App;
beforeAll(async () => {
  app = await startTestApp({ REQUEST_DEADLINE_MS: String(DEADLINE_MS) });
  setup = await startTestApp();
});
afterAll(async () => {
  await Promise.all([app.stop(), setup.stop()]);
});

/** Transactions on the server tagged with this request id. */
async function serverTransactions(requestId: string): Promise<number> {
  const rows = await app.gateway.runAutoCommit({
    cypher: `SHOW TRANSACTIONS YIELD metaData WHERE metaData.requestId = $requestId RETURN count(*) AS count`,
    params: { requestId },
  });
  return Number(rows[0]?.count ?? 0);
}

async function newGoal(): Promise<string> {
  const created = await mutateOk(setup.url, GoalCreateDocument, {
    input: {
      title: uniqueMarker('Locked goal'),
      horizon: 'SHORT',
      metric: 'ENGAGEMENT',
      target: 100,
      due: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    },
  });
  return created.goalCreate.goal?.id as string;
}

/** The slowest of three unhindered additions through the bounded app: this machine's request time now. */
async function baselineMs(): Promise<number> {
  const goalId = await newGoal();
  let slowest = 0;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    await mutateOk(app.url, GoalAddProgressDocument, { input: { goalId, amount: 1 } });
    slowest = Math.max(slowest, performance.now() - start);
  }
  return slowest;
}

/** An addition to `goalId` while another transaction holds the goal's lock: its error codes. */
async function addWhileLocked(goalId: string): Promise<string[]> {
  const baseline = await baselineMs();
  const holder = app.driver.session();
  const held = await holder.beginTransaction();
  const lock = lockGoal(expectGlobalId(goalId, 'Goal'));
  await held.run(lock.cypher, lock.params);
  try {
    const requestId = crypto.randomUUID();
    const start = performance.now();
    const result = await execute(
      app.url,
      GoalAddProgressDocument,
      { input: { goalId, amount: 1 } },
      { 'x-request-id': requestId },
    );
    const elapsedMs = performance.now() - start;
    expect(result.status).toBe(200);
    expect(elapsedMs).toBeGreaterThanOrEqual(DEADLINE_MS - CLOCK_TICK_MS);
    expect(elapsedMs).toBeLessThan(DEADLINE_MS + OVERRUN_IN_BASELINES * baseline);

    // The session was reset at the deadline: the server drops the transaction without
    // waiting for its own timeout (nor for the lock, still held).
    let remaining = await serverTransactions(requestId);
    for (let i = 0; i < 20 && remaining > 0; i++) {
      await sleep(100);
      remaining = await serverTransactions(requestId);
    }
    expect(remaining).toBe(0);
    return (result.errors ?? []).map((error) => String(error.extensions?.code));
  } finally {
    await held.rollback();
    await holder.close();
  }
}

it('answers DEADLINE_EXCEEDED when the work outlives the deadline, and rolls it back on the server', async () => {
  await mutateOk(setup.url, GoalAddProgressDocument, { input: { goalId: await newGoal(), amount: 1 } });
  const goalId = await newGoal();
  expect(await addWhileLocked(goalId)).toEqual(['DEADLINE_EXCEEDED']);

  // With the lock free, nothing of the timed-out request shows up later (no late retry).
  await sleep(DEADLINE_MS);
  const after = await executeOk(setup.url, GoalProgressValuesDocument, { id: goalId, first: 10 });
  expect(after.goal?.actual).toBe(0);
  expect(after.goal?.progress.totalCount).toBe(0);

  // And the next request, unhindered, succeeds well within its deadline.
  const next = await mutateOk(app.url, GoalAddProgressDocument, { input: { goalId, amount: 1 } });
  expect(next.goalAddProgress.goal?.actual).toBe(1);
});

it(`blames the database (SERVICE_UNAVAILABLE) within ${RECOVERY_WINDOW_MS / 1000} s of it being unavailable`, async () => {
  const goalId = await newGoal();
  // As if a call on this driver had just failed to reach Neo4j (the fault test does it for real).
  noteUnavailable(app.driver);
  expect(await addWhileLocked(goalId)).toEqual(['SERVICE_UNAVAILABLE']);
});
