/**
 * The README's start command, end to end, as a new user runs it: a fresh ECOGRAPH_HOME (so the
 * Neo4j distribution is provisioned from Maven), Neo4j started, migrated, seeded, API serving
 * demo data; then SIGINT stops everything, Neo4j included.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../support/free-port';

const ROOT = path.resolve(__dirname, '..', '..');
let home: string;
let child: ChildProcess | undefined;
let output = '';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} not reached within ${timeoutMs} ms. Output:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

beforeAll(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'ecograph-start-'));
});
afterAll(async () => {
  if (child?.exitCode === null) child.kill('SIGKILL');
  const pidFile = path.join(home, 'instances/dev/run/ecograph-neo4j.pid');
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, 'utf8'));
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  }
  fs.rmSync(home, { recursive: true, force: true });
});

it('npm start: Neo4j + migrations + demo seed + API; SIGINT stops everything', async () => {
  const [apiPort, boltPort] = [await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ECOGRAPH_HOME: home,
    PORT: String(apiPort),
    NEO4J_BOLT_PORT: String(boltPort),
    NEO4J_HEAP: '1g',
    NEO4J_PAGECACHE: '512m',
    SEED_SIZE: 'small',
    LOG_LEVEL: 'info',
  };
  for (const name of ['NEO4J_URI', 'NEO4J_PASSWORD', 'NODE_ENV']) delete env[name];
  child = spawn(process.execPath, [path.join(ROOT, 'scripts/bin/ecograph.cjs'), 'start'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const url = `http://127.0.0.1:${apiPort}`;
  await waitFor('readiness', async () => ((await fetch(`${url}/readyz`)).ok ? true : undefined), 240_000);

  // Dev mode (npm start without auth configured) prints an ADMIN token.
  const token = /Authorization: Bearer (\S+)/.exec(output)?.[1];
  expect(token).toBeDefined();
  // …and the explorer link that signs in by itself (the token in the fragment, never sent).
  const link = /explorer \(dev mode, signs in by itself\): (\S+)#token=(\S+)/.exec(output);
  expect(link?.[1]).toBe(`${url}/`);
  expect(link?.[2]).toBe(token);
  const page = await fetch(`${url}/`, { headers: { accept: 'text/html' } });
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain('<div id="root">');
  expect(html).toContain('"devAuth":true');
  const anonymous = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ participants(first: 1) { totalCount } }' }),
  });
  expect(anonymous.status).toBe(401);
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ participants(first: 3) { totalCount nodes { name kind } } }' }),
  });
  const body = (await response.json()) as { data: { participants: { totalCount: number; nodes: unknown[] } } };
  expect(body.data.participants.totalCount).toBeGreaterThanOrEqual(250);
  expect(body.data.participants.nodes).toHaveLength(3);

  const neo4jPid = Number(fs.readFileSync(path.join(home, 'instances/dev/run/ecograph-neo4j.pid'), 'utf8'));
  expect(isAlive(neo4jPid)).toBe(true);

  const exited = new Promise<number | null>((resolve) => child?.once('exit', (code) => resolve(code)));
  child.kill('SIGINT');
  expect(await exited).toBe(0);
  expect(isAlive(neo4jPid)).toBe(false);
  await expect(fetch(`${url}/healthz`)).rejects.toThrow();
}, 300_000);
