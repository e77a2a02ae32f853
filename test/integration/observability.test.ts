/**
 * Observability: one JSON log line per GraphQL operation (HTTP and WebSocket) and Prometheus
 * metrics at /metrics, read the way Prometheus reads them (a scrape of the text format).
 */
import crypto from 'node:crypto';
import type { App } from '../../src/app';
import {
  EcosystemEventsDocument,
  EcosystemHealthDocument,
  ParticipantCreateDocument,
  ParticipantDocument,
  ParticipantsDocument,
} from '../generated/operations';
import { authHeader, testToken } from '../support/auth';
import { execute, executeOk, mutateOk } from '../support/graphql-client';
import { uniqueMarker } from '../support/graph';
import { startTestApp } from '../support/test-app';
import { wsClient } from '../support/ws-client';

jest.setTimeout(120_000);

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Parses Prometheus' text exposition format (no escapes in our label values but quotes). */
function parseMetrics(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)$/.exec(line);
    if (!match) continue;
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[key!] = value!;
    samples.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return samples;
}

/** The value of the one series named `name` with exactly these labels (0 when absent). */
function valueOf(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
  const wanted = JSON.stringify(Object.entries(labels).sort());
  const found = samples.filter((s) => s.name === name && JSON.stringify(Object.entries(s.labels).sort()) === wanted);
  if (found.length > 1) throw new Error(`${name} ${wanted} matches ${found.length} series`);
  return found[0]?.value ?? 0;
}

const metricsUrl = (target: App) => target.url.replace(/\/graphql$/, '/metrics');

async function scrape(target: App, headers: Record<string, string> = {}): Promise<Sample[]> {
  const response = await fetch(metricsUrl(target), { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parseMetrics(await response.text());
}

async function until<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const op = (operation: string, type: string, transport = 'http') => ({ operation, type, transport });

let app: App;
const logged: string[] = [];
const logLines = () => logged.map((line) => JSON.parse(line) as Record<string, unknown>);
const sector = uniqueMarker('observability');

beforeAll(async () => {
  app = await startTestApp(
    { LOG_LEVEL: 'info', ANALYTICS_ENGINE: 'graphology', KPI_WARM_ON_START: 'true' },
    { logTo: { write: (line: string) => void logged.push(line) } },
  );
});
afterAll(async () => {
  await app?.stop();
});

describe('metrics', () => {
  it('count and time each named operation by type and transport, and time the Neo4j work behind them', async () => {
    const before = await scrape(app);
    await mutateOk(app.url, ParticipantCreateDocument, {
      input: { name: 'Observed One', kind: 'COMMUNITY', sector, region: 'Europe' },
    });
    for (let i = 0; i < 3; i += 1)
      await executeOk(app.url, ParticipantsDocument, { first: 5, filter: { sector: [sector] } });
    const after = await scrape(app);

    const delta = (name: string, labels: Record<string, string>) =>
      valueOf(after, name, labels) - valueOf(before, name, labels);
    const ok = { outcome: 'ok' };
    expect(delta('ecograph_graphql_operations_total', { ...op('Participants', 'query'), ...ok })).toBe(3);
    expect(delta('ecograph_graphql_operations_total', { ...op('ParticipantCreate', 'mutation'), ...ok })).toBe(1);
    expect(delta('ecograph_graphql_operation_duration_seconds_count', op('Participants', 'query'))).toBe(3);
    expect(delta('ecograph_graphql_operation_duration_seconds_count', op('ParticipantCreate', 'mutation'))).toBe(1);
    // The histogram's sum is real time, and every observation falls in the +Inf bucket.
    expect(delta('ecograph_graphql_operation_duration_seconds_sum', op('Participants', 'query'))).toBeGreaterThan(0);
    expect(
      delta('ecograph_graphql_operation_duration_seconds_bucket', { ...op('Participants', 'query'), le: '+Inf' }),
    ).toBe(3);

    const neo4j = { purpose: 'api', outcome: 'ok' };
    expect(delta('ecograph_neo4j_transaction_duration_seconds_count', { mode: 'read', ...neo4j })).toBeGreaterThan(3);
    expect(delta('ecograph_neo4j_transaction_duration_seconds_count', { mode: 'write', ...neo4j })).toBeGreaterThan(0);
    expect(delta('ecograph_neo4j_transaction_duration_seconds_sum', { mode: 'read', ...neo4j })).toBeGreaterThan(0);
  });

  it('count failing operations by error code: resolver errors, validation errors, refused credentials', async () => {
    const before = await scrape(app);
    const badId = await execute(app.url, ParticipantDocument, { id: 'not-a-global-id' });
    expect(badId.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const invalid = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await testToken()}` },
      body: JSON.stringify({ query: 'query NoSuchField { participants(first: 1) { nope } }' }),
    });
    expect(invalid.status).toBe(400);
    const refused = await execute(app.url, ParticipantsDocument, { first: 1 }, { authorization: 'Bearer not-a-jwt' });
    expect(refused.status).toBe(401);
    const after = await scrape(app);

    const delta = (name: string, labels: Record<string, string>) =>
      valueOf(after, name, labels) - valueOf(before, name, labels);
    const errors = 'ecograph_graphql_errors_total';
    expect(delta(errors, { ...op('Participant', 'query'), code: 'BAD_USER_INPUT' })).toBe(1);
    expect(delta('ecograph_graphql_operations_total', { ...op('Participant', 'query'), outcome: 'error' })).toBe(1);
    expect(delta('ecograph_graphql_operations_total', { ...op('Participant', 'query'), outcome: 'ok' })).toBe(0);
    expect(delta(errors, { ...op('NoSuchField', 'query'), code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    // Refused before the document was read: no operation name is trusted.
    expect(delta(errors, { ...op('unknown', 'unknown'), code: 'UNAUTHENTICATED' })).toBe(1);
  });

  it('gauge active WebSocket subscriptions and count WebSocket operations with their errors', async () => {
    const before = await scrape(app);
    const client = wsClient(app.url);
    try {
      await client.connected;
      const feed = client.subscribe(EcosystemEventsDocument, {});
      await until('an active subscription', async () =>
        app.subscriptions.activeSubscriptions() === 1 ? true : undefined,
      );
      expect(valueOf(await scrape(app), 'ecograph_websocket_active_subscriptions')).toBe(1);

      const query = client.subscribe(ParticipantDocument, { id: 'not-a-global-id' });
      expect((await query.firstError())[0]?.extensions?.code).toBe('BAD_USER_INPUT');

      feed.unsubscribe();
      await until('no active subscription', async () =>
        app.subscriptions.activeSubscriptions() === 0 ? true : undefined,
      );
      expect(valueOf(await scrape(app), 'ecograph_websocket_active_subscriptions')).toBe(0);
    } finally {
      await client.dispose();
    }
    const after = await until('the WebSocket operations recorded', async () => {
      const samples = await scrape(app);
      const labels = { ...op('EcosystemEvents', 'subscription', 'ws'), outcome: 'ok' };
      return valueOf(samples, 'ecograph_graphql_operations_total', labels) >
        valueOf(before, 'ecograph_graphql_operations_total', labels)
        ? samples
        : undefined;
    });
    const delta = (name: string, labels: Record<string, string>) =>
      valueOf(after, name, labels) - valueOf(before, name, labels);
    expect(
      delta('ecograph_graphql_operations_total', { ...op('EcosystemEvents', 'subscription', 'ws'), outcome: 'ok' }),
    ).toBe(1);
    expect(
      delta('ecograph_graphql_errors_total', { ...op('Participant', 'query', 'ws'), code: 'BAD_USER_INPUT' }),
    ).toBe(1);
    // A subscription's lifetime is not a latency: subscriptions stay out of the latency histogram.
    expect(
      valueOf(after, 'ecograph_graphql_operation_duration_seconds_count', op('EcosystemEvents', 'subscription', 'ws')),
    ).toBe(0);
  });

  it('time KPI recomputations and expose the default process metrics', async () => {
    const samples = await until(
      'a KPI computation',
      async () => {
        const current = await scrape(app);
        return valueOf(current, 'ecograph_kpi_computation_duration_seconds_count', { engine: 'graphology' }) > 0
          ? current
          : undefined;
      },
      90_000,
    );
    expect(valueOf(samples, 'ecograph_kpi_computation_duration_seconds_sum', { engine: 'graphology' })).toBeGreaterThan(
      0,
    );
    expect(valueOf(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(valueOf(samples, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  it('count incremental KPI updates by how the graph was brought forward: after a write, from its delta', async () => {
    const computed = async () => {
      const current = await scrape(app);
      return valueOf(current, 'ecograph_kpi_computation_duration_seconds_count', { engine: 'graphology' }) > 0
        ? current
        : undefined;
    };
    const before = await until('a KPI computation', computed, 90_000);
    const deltas = (samples: Sample[]) => valueOf(samples, 'ecograph_kpi_incremental_updates_total', { read: 'delta' });
    await mutateOk(app.url, ParticipantCreateDocument, {
      input: { name: 'Observed Newcomer', kind: 'STARTUP', sector, region: 'Europe' },
    });
    // A KPI read sees the newer version and brings the incremental figures to it.
    const after = await until('an incremental update', async () => {
      await execute(app.url, EcosystemHealthDocument, {});
      const current = await scrape(app);
      return deltas(current) > deltas(before) ? current : undefined;
    });
    expect(valueOf(after, 'ecograph_kpi_incremental_updates_total', { read: 'whole' })).toBe(
      valueOf(before, 'ecograph_kpi_incremental_updates_total', { read: 'whole' }),
    );
    expect(valueOf(after, 'ecograph_kpi_delta_mismatches_total')).toBe(0);
  });
});

describe('logs', () => {
  it('write one line per operation with request id, operation, duration and caller, never the token', async () => {
    const requestId = `obs-${crypto.randomUUID()}`;
    const token = await testToken();
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': requestId },
      body: JSON.stringify({ query: 'query ObservedList { participants(first: 2) { totalCount } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe(requestId);

    const lines = logLines().filter((line) => line.requestId === requestId);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 30,
      msg: 'graphql operation',
      service: 'ecograph',
      transport: 'http',
      operationName: 'ObservedList',
      operationType: 'query',
      caller: { kind: 'user', id: 'test-admin', role: 'ADMIN' },
      outcome: 'ok',
      status: 200,
    });
    expect(lines[0]?.durationMs).toEqual(expect.any(Number));
    expect(lines[0]?.durationMs as number).toBeGreaterThan(0);

    // Nothing in the whole log carries a credential, including the refused request's.
    const everything = logged.join('');
    expect(everything).not.toContain(token);
    expect(everything).not.toMatch(/bearer|authorization|not-a-jwt/i);
  });

  it('log errors at warn with their codes, and WebSocket operations with the same fields', async () => {
    const requestId = `obs-${crypto.randomUUID()}`;
    const failed = await execute(
      app.url,
      ParticipantDocument,
      { id: 'not-a-global-id' },
      {
        ...(await authHeader('ANALYST', 'obs-logs')),
        'x-request-id': requestId,
      },
    );
    expect(failed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(logLines().filter((line) => line.requestId === requestId)).toEqual([
      expect.objectContaining({
        level: 40,
        transport: 'http',
        operationName: 'Participant',
        operationType: 'query',
        outcome: 'error',
        errorCodes: ['BAD_USER_INPUT'],
        caller: { kind: 'user', id: 'obs-logs', role: 'ANALYST' },
      }),
    ]);

    const client = wsClient(app.url, { connectionParams: async () => authHeader('ANALYST', 'obs-ws-logs') });
    try {
      const feed = client.subscribe(EcosystemEventsDocument, {});
      await until('an active subscription', async () =>
        app.subscriptions.activeSubscriptions() > 0 ? true : undefined,
      );
      feed.unsubscribe();
    } finally {
      await client.dispose();
    }
    const fromSocket = await until('the subscription logged', async () => {
      const found = logLines().filter((line) => (line.caller as { id?: string } | undefined)?.id === 'obs-ws-logs');
      return found.length > 0 ? found : undefined;
    });
    expect(fromSocket).toEqual([
      expect.objectContaining({
        level: 30,
        msg: 'graphql operation',
        transport: 'ws',
        operationName: 'EcosystemEvents',
        operationType: 'subscription',
        outcome: 'ok',
        caller: { kind: 'user', id: 'obs-ws-logs', role: 'ANALYST' },
        requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        durationMs: expect.any(Number),
      }),
    ]);
  });
});

describe('the /metrics endpoint', () => {
  it('with METRICS_TOKEN set answers only to that bearer token; keeps its own registry; caps operation names', async () => {
    const metricsToken = crypto.randomBytes(24).toString('hex');
    const guarded = await startTestApp({ METRICS_TOKEN: metricsToken, METRICS_MAX_OPERATION_NAMES: '2' });
    try {
      expect((await fetch(metricsUrl(guarded))).status).toBe(401);
      const wrong = await fetch(metricsUrl(guarded), { headers: { authorization: `Bearer ${metricsToken}x` } });
      expect(wrong.status).toBe(401);
      expect(wrong.headers.get('www-authenticate')).toMatch(/^Bearer/);
      // An API token is not the metrics token.
      const apiToken = await fetch(metricsUrl(guarded), { headers: { authorization: `Bearer ${await testToken()}` } });
      expect(apiToken.status).toBe(401);

      for (const name of ['First', 'Second', 'Third', 'Fourth', 'First']) {
        await fetch(guarded.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${await testToken()}` },
          body: JSON.stringify({ query: `query ${name} { __typename }` }),
        });
      }
      const samples = await scrape(guarded, { authorization: `Bearer ${metricsToken}` });
      const count = (operation: string) =>
        valueOf(samples, 'ecograph_graphql_operations_total', { ...op(operation, 'query'), outcome: 'ok' });
      expect([count('First'), count('Second'), count('other')]).toEqual([2, 1, 2]);
      expect(count('Third') + count('Fourth')).toBe(0);
      // Only this app's traffic: the first app's operations are not in this registry.
      expect(samples.some((s) => s.labels.operation === 'Participants')).toBe(false);
    } finally {
      await guarded.stop();
    }
  });

  it('is absent with METRICS_ENABLED=false', async () => {
    const dark = await startTestApp({ METRICS_ENABLED: 'false' });
    try {
      expect((await fetch(metricsUrl(dark))).status).toBe(404);
    } finally {
      await dark.stop();
    }
  });
});
