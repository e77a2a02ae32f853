/**
 * Operations side of the security review: `/metrics` is never open in production and the
 * start-up log says how it is guarded; WebSocket refusals (refused subscribe messages and the
 * connections the server closes) leave a warning in the log naming the caller and the code.
 */
import type { App } from '../../src/app';
import { CLOSE } from '../../src/server/live/close-codes';
import { bearer, runOver } from '../support/limit-probes';
import { startTestApp } from '../support/test-app';
import { wsClient } from '../support/ws-client';

jest.setTimeout(120_000);

type Line = Record<string, unknown> & { msg: string; level: number };
const WARN = 40;

/** Rejects instead of hanging when `promise` does not settle in time. */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`nothing after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function withLoggedApp(env: Record<string, string>, run: (app: App, lines: () => Line[]) => Promise<void>) {
  const logged: string[] = [];
  const app = await startTestApp(
    { LOG_LEVEL: 'info', ...env },
    { logTo: { write: (line: string) => void logged.push(line) } },
  );
  try {
    await run(app, () => logged.map((line) => JSON.parse(line) as Line));
  } finally {
    await app.stop();
  }
}

describe('/metrics', () => {
  it('in production needs the token, and the start-up log says so', async () => {
    const token = 'production-metrics-token-0123';
    await withLoggedApp({ NODE_ENV: 'production', METRICS_TOKEN: token }, async (app, lines) => {
      const url = app.url.replace(/\/graphql$/, '/metrics');
      expect((await fetch(url)).status).toBe(401);
      expect((await fetch(url, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
      expect(lines().map((line) => line.msg)).toContain('metrics at /metrics require METRICS_TOKEN as a bearer token');
    });
  });

  it('open outside production is warned about at start-up', async () => {
    await withLoggedApp({}, async (_app, lines) => {
      const warning = lines().find((line) => /metrics at \/metrics are open/.test(line.msg));
      expect(warning?.level).toBe(WARN);
    });
  });
});

describe('WebSocket refusals are logged', () => {
  it('a refused subscribe message, with the caller and the code', async () => {
    await withLoggedApp({ GRAPHQL_MAX_DEPTH: '3' }, async (app, lines) => {
      await runOver(
        'ws',
        app.url,
        '{ participants(first: 1) { nodes { partnerships(first: 1) { nodes { id } } } } }',
        await bearer('refused-one'),
      );
      await runOver('ws', app.url, '{ nope }', await bearer('refused-one'));
      const refused = lines().filter((line) => line.msg === 'subscription refused');
      expect(refused.map((line) => line.codes)).toEqual([['DEPTH_LIMIT_EXCEEDED'], ['GRAPHQL_VALIDATION_FAILED']]);
      expect(refused[0]).toMatchObject({ level: WARN, caller: { id: 'refused-one', role: 'ADMIN' } });
    });
  });

  it('a connection closed by the server (bad credentials, too many subscriptions), with its code', async () => {
    await withLoggedApp({ WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: '1' }, async (app, lines) => {
      expect((await runOver('ws', app.url, '{ __typename }', 'Bearer forged')).closeCode).toBe(CLOSE.unauthorized.code);
      const client = wsClient(app.url);
      const query = 'subscription { ecosystemEvents { __typename } }';
      for (let i = 0; i < 2; i += 1) {
        client.client.subscribe(
          { query },
          { next: () => undefined, error: () => undefined, complete: () => undefined },
        );
      }
      try {
        expect((await within(client.closed, 15_000)).code).toBe(CLOSE.tooManySubscriptions.code);
      } finally {
        await client.dispose();
      }
      const closes = lines().filter((line) => line.msg === 'websocket closed by the server');
      expect(closes.map((line) => line.code)).toEqual([CLOSE.unauthorized.code, CLOSE.tooManySubscriptions.code]);
      expect(closes[1]).toMatchObject({
        level: WARN,
        reason: 'Too many subscriptions: over 1 active',
        caller: { role: 'ADMIN' },
      });
    });
  });
});
