/** `viewer`: each role learns what it may see and do, as the policy decides (docs/security.md); money stays hidden. */
import type { App } from '../../src/app';
import type { Role } from '../../src/auth/roles';
import { ForecastDocument, ViewerDocument } from '../generated/operations';
import { authHeader } from '../support/auth';
import { execute, executeOk } from '../support/graphql-client';
import { startTestApp } from '../support/test-app';

let app: App;
beforeAll(async () => {
  app = await startTestApp({ DISCLOSURE_ANALYST: 'FULL', DISCLOSURE_VIEWER: 'AGGREGATE' });
});
afterAll(async () => {
  await app.stop();
});

const expected: Record<Role, object> = {
  ADMIN: { disclosure: 'FULL', canReadSensitive: true, canWrite: true, writesOwnOnly: false, isAdmin: true },
  MANAGER: { disclosure: 'FULL', canReadSensitive: true, canWrite: true, writesOwnOnly: true, isAdmin: false },
  ANALYST: { disclosure: 'FULL', canReadSensitive: true, canWrite: false, writesOwnOnly: false, isAdmin: false },
  VIEWER: { disclosure: 'AGGREGATE', canReadSensitive: false, canWrite: false, writesOwnOnly: false, isAdmin: false },
};

it.each(Object.keys(expected) as Role[])('%s sees its own rights', async (role) => {
  const data = await executeOk(app.url, ViewerDocument, {}, await authHeader(role));
  expect(data.viewer).toMatchObject({ role, kind: 'user', id: `test-${role.toLowerCase()}`, ...expected[role] });
  expect(Date.parse(data.viewer.expiresAt ?? '')).toBeGreaterThan(Date.now());
});

it('follows the disclosure setting: a VIEWER with FULL disclosure is told so', async () => {
  const full = await startTestApp({ DISCLOSURE_VIEWER: 'FULL' });
  try {
    const data = await executeOk(full.url, ViewerDocument, {}, await authHeader('VIEWER'));
    expect(data.viewer.disclosure).toBe('FULL');
  } finally {
    await full.stop();
  }
});

it('is refused without a credential, like every other field', async () => {
  const result = await execute(app.url, ViewerDocument, {}, { authorization: '' });
  expect(result.status).toBe(401);
  expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});

it('a value forecast is money: refused to VIEWER like amounts, open to ANALYST; engagement stays open', async () => {
  const refused = await execute(app.url, ForecastDocument, { metric: 'VALUE', periods: 1 }, await authHeader('VIEWER'));
  expect(refused.data).toBeNull();
  expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(refused.errors?.[0]?.message).toContain('commercially sensitive');
  const analyst = await executeOk(
    app.url,
    ForecastDocument,
    { metric: 'VALUE', periods: 1 },
    await authHeader('ANALYST'),
  );
  expect(analyst.forecast.unit).toBe('USD');
  const engagement = await executeOk(
    app.url,
    ForecastDocument,
    { metric: 'ENGAGEMENT', periods: 1 },
    await authHeader('VIEWER'),
  );
  expect(engagement.forecast.metric).toBe('ENGAGEMENT');
});
