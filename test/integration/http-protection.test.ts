/**
 * HTTP protections beyond query limits: per-caller rate limits, failed-authentication limits,
 * CSRF prevention, the body size cap, and production defaults (no introspection — over
 * WebSocket either — and no field suggestions).
 */
import type { App } from '../../src/app';
import { testToken } from '../support/auth';
import { startTestApp } from '../support/test-app';
import { wsClient } from '../support/ws-client';

jest.setTimeout(60_000);

const post = async (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await testToken()}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('rate limits', () => {
  let app: App;
  beforeAll(async () => {
    app = await startTestApp({ RATE_LIMIT_PER_MINUTE: '5', RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: '3' });
  });
  afterAll(async () => {
    await app.stop();
  });

  it('answers 429 RATE_LIMITED with Retry-After once a caller used its operations for the minute', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await post(app.url, { query: '{ __typename }' })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await post(app.url, { query: '{ __typename }' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await limited.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
    // Another caller has its own budget.
    const other = await post(
      app.url,
      { query: '{ __typename }' },
      { authorization: `Bearer ${await testToken('VIEWER')}` },
    );
    expect(other.status).toBe(200);
  });

  it('limits failed authentications per address, then refuses that address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      statuses.push((await post(app.url, { query: '{ __typename }' }, { authorization: 'Bearer wrong' })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});

describe('request hygiene and production defaults', () => {
  let app: App;
  beforeAll(async () => {
    app = await startTestApp({
      NODE_ENV: 'production',
      METRICS_TOKEN: 'metrics-token-0123456789',
      GRAPHQL_MAX_BODY_BYTES: '2048',
    });
  });
  afterAll(async () => {
    await app.stop();
  });

  it('refuses a simple (CSRF-able) request that carries no preflight-forcing header', async () => {
    const response = await fetch(`${app.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { authorization: `Bearer ${await testToken()}` },
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it('refuses bodies over GRAPHQL_MAX_BODY_BYTES with 413', async () => {
    const response = await post(app.url, { query: `{ __typename }`, variables: { pad: 'x'.repeat(4_096) } });
    expect(response.status).toBe(413);
  });

  it('refuses batched requests (one operation per request)', async () => {
    const response = await post(app.url, [{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(response.status).toBe(400);
  });

  it('has no introspection in production, over HTTP and WebSocket', async () => {
    const overHttp = await post(app.url, { query: '{ __schema { types { name } } }' });
    const body = (await overHttp.json()) as { errors: { message: string }[]; data?: unknown };
    expect(body.errors[0].message).toMatch(/introspection/i);
    expect(body.data).toBeUndefined();

    const client = wsClient(app.url);
    try {
      const error = await new Promise<{ message: string }[]>((resolve, reject) =>
        client.client.subscribe(
          { query: '{ __schema { types { name } } }' },
          {
            next: () => reject(new Error('introspection answered')),
            error: (e) => resolve(e as never),
            complete: () => undefined,
          },
        ),
      );
      expect(error[0].message).toMatch(/introspection/i);
    } finally {
      await client.dispose();
    }
  });

  it('gives no field suggestions in production', async () => {
    const response = await post(app.url, { query: '{ participantz { totalCount } }' });
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0].message).toBe('Cannot query field "participantz" on type "Query".');
  });
});
