/**
 * Dev mode's tokens for every role: `npm start` keeps its signing secret in ECOGRAPH_HOME and
 * `ecograph token` (the real command line, in its own process) signs other roles with it; the
 * API accepts them with that role, and a restart keeps them valid.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { App } from '../../src/app';
import { devSecretPath } from '../../src/auth/dev-secret';
import { ViewerDocument } from '../generated/operations';
import { executeOk } from '../support/graphql-client';
import { startTestApp } from '../support/test-app';

const ROOT = path.resolve(__dirname, '../..');
const run = promisify(execFile);

let home: string;
let app: App;
const DEV_ENV = () => ({ AUTH_DEV: 'true', AUTH_JWT_SECRET: '', ECOGRAPH_HOME: home });

async function authToken(...args: string[]): Promise<{ token: string; note: string }> {
  const env = { ...process.env, ECOGRAPH_HOME: home, NODE_ENV: '', AUTH_JWT_SECRET: '', AUTH_DEV: '' };
  const { stdout, stderr } = await run(
    process.execPath,
    [path.join(ROOT, 'scripts/bin/ecograph.cjs'), 'token', ...args],
    { cwd: ROOT, env },
  );
  return { token: stdout.trim(), note: stderr };
}

beforeAll(async () => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'ecograph-dev-tokens-'));
  app = await startTestApp(DEV_ENV());
});

afterAll(async () => {
  await app?.stop();
  fs.rmSync(home, { recursive: true, force: true });
});

it('keeps the dev secret in ECOGRAPH_HOME, readable by its owner only', () => {
  const mode = fs.statSync(devSecretPath(home)).mode & 0o777;
  expect(mode).toBe(0o600);
});

it.each(['ANALYST', 'VIEWER'] as const)(
  'auth:token --role %s signs a token the dev-mode API accepts with that role',
  async (role) => {
    const { token, note } = await authToken('--role', role);
    expect(note).toContain('dev-mode secret');
    const viewer = await executeOk(app.url, ViewerDocument, {}, { authorization: `Bearer ${token}` });
    expect(viewer.viewer).toEqual(expect.objectContaining({ role, id: `dev-${role.toLowerCase()}` }));
  },
);

it('a MANAGER token still needs --sub (their TeamMember id), and says so', async () => {
  await expect(authToken('--role', 'MANAGER')).rejects.toMatchObject({
    stderr: expect.stringContaining('--sub is required'),
  });
});

it('tokens stay valid across a restart of the dev-mode API', async () => {
  const { token } = await authToken('--role', 'ANALYST');
  await app.stop();
  app = await startTestApp(DEV_ENV());
  const viewer = await executeOk(app.url, ViewerDocument, {}, { authorization: `Bearer ${token}` });
  expect(viewer.viewer.role).toBe('ANALYST');
});
