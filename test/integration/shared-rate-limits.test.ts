/**
 * Two replicas on one real Redis (Debian's redis-server, started by the project's scripts)
 * share their rate limits: a caller's operations on either replica, over either transport,
 * count against one budget, and failed authentications on one replica slow guessing on both.
 */
import type { App } from '../../src/app';
import { CLOSE } from '../../src/server/live/close-codes';
import { bearer, codeOf, runOver } from '../support/limit-probes';
import { startTestApp } from '../support/test-app';
import { startTestRedis, type TestRedis } from '../support/test-redis';

jest.setTimeout(120_000);

let redis: TestRedis;
let a: App;
let b: App;

beforeAll(async () => {
  redis = await startTestRedis();
  const env = { REDIS_URL: redis.url, RATE_LIMIT_PER_MINUTE: '4', RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: '2' };
  a = await startTestApp(env);
  b = await startTestApp(env);
});
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await redis?.stop();
});

it('counts a caller once across replicas and transports', async () => {
  const caller = await bearer('shared-rate');
  expect(codeOf(await runOver('http', a.url, '{ __typename }', caller))).toBe('OK');
  expect(codeOf(await runOver('ws', a.url, '{ __typename }', caller))).toBe('OK');
  expect(codeOf(await runOver('http', b.url, '{ __typename }', caller))).toBe('OK');
  expect(codeOf(await runOver('ws', b.url, '{ __typename }', caller))).toBe('OK');
  // Four operations in all: a fifth is refused on either replica, over either transport.
  for (const app of [a, b]) {
    const overHttp = await runOver('http', app.url, '{ __typename }', caller);
    expect([overHttp.status, codeOf(overHttp)]).toEqual([429, 'RATE_LIMITED']);
    expect(codeOf(await runOver('ws', app.url, '{ __typename }', caller))).toBe('RATE_LIMITED');
  }
  expect(codeOf(await runOver('http', b.url, '{ __typename }', await bearer('shared-rate-other')))).toBe('OK');
});

it('shares failed authentications by address, and remembers credentials that worked', async () => {
  const colleague = await bearer('shared-colleague');
  expect(codeOf(await runOver('http', a.url, '{ __typename }', colleague))).toBe('OK');
  for (let i = 0; i < 2; i += 1) {
    expect((await runOver('http', a.url, '{ __typename }', `Bearer guess-${i}`)).status).toBe(401);
  }
  const onB = await runOver('http', b.url, '{ __typename }', 'Bearer guess-on-b');
  expect([onB.status, codeOf(onB)]).toEqual([429, 'RATE_LIMITED']);
  expect((await runOver('ws', b.url, '{ __typename }', 'Bearer guess-on-b')).closeCode).toBe(CLOSE.rateLimited.code);
  // The colleague's credential authenticated on A: B admits it too.
  expect(codeOf(await runOver('ws', b.url, '{ __typename }', colleague))).toBe('OK');
});
