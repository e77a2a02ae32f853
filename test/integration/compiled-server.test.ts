/**
 * The compiled production path (issue 13, item 4): `npm run build` compiles src/ to dist/ and
 * `npm run serve` runs dist/main.js with plain Node, no tsx. The test builds it as a user
 * would, checks that everything the server reads from disk at run time (migrations, the
 * explorer's build, the local home) resolves from dist/ to the same place as from src/, then
 * starts the compiled server in production mode (JWT auth, metrics behind METRICS_TOKEN) on the
 * test Neo4j and asks it a query.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config/config';
import { MIGRATIONS_DIR } from '../../src/db/migrations';
import { GraphologyEngine } from '../../src/kpi/graphology-engine';
import type { WorkerEngine as SourceWorkerEngine } from '../../src/kpi/worker/worker-engine';
import { authHeader, TEST_JWT_SECRET } from '../support/auth';
import { freePort } from '../support/free-port';
import { testNeo4jTarget } from '../support/test-neo4j';

// tsc over src/ takes a while on a busy 2-core machine.
jest.setTimeout(300_000);

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const METRICS_TOKEN = crypto.randomBytes(24).toString('hex');

/** A module of the build, typed as its source (the build is that source compiled). */
function compiled<T>(file: string): T {
  // The build is CommonJS JavaScript outside the test's module graph: loaded as it runs.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(DIST, file)) as T;
}

let server: ChildProcess;
let origin: string;
const output: string[] = [];

async function startCompiledServer(): Promise<void> {
  const target = testNeo4jTarget();
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [path.join(DIST, 'main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      NEO4J_URI: target.uri,
      NEO4J_USER: target.user,
      NEO4J_PASSWORD: target.password,
      AUTH_JWT_SECRET: TEST_JWT_SECRET,
      METRICS_TOKEN,
      KPI_WARM_ON_START: 'false',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const started = Date.now();
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the compiled server exited: ${output.join('')}`);
    const ready = await fetch(`${origin}/readyz`).catch(() => undefined);
    if (ready?.ok) return;
    if (Date.now() - started > 60_000) throw new Error(`the compiled server was not ready: ${output.join('')}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(async () => {
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe' });
  await startCompiledServer();
});

afterAll(async () => {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
});

describe('npm run build / npm run serve', () => {
  it('serve runs the compiled JavaScript with node, not tsx', () => {
    const scripts = (
      JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    expect(scripts.serve).toBe('node dist/main.js');
    expect(fs.existsSync(path.join(DIST, 'main.js'))).toBe(true);
  });

  it('finds the migrations, the explorer build and the local home from dist/ where src/ finds them', () => {
    const fromDist = compiled<{ MIGRATIONS_DIR: string }>('db/migrations.js').MIGRATIONS_DIR;
    expect(fromDist).toBe(MIGRATIONS_DIR);
    expect(fs.readdirSync(fromDist).filter((file) => file.endsWith('.cypher')).length).toBeGreaterThan(0);

    const env = { AUTH_JWT_SECRET: TEST_JWT_SECRET };
    const distConfig = compiled<{ loadConfig: typeof loadConfig }>('config/config.js').loadConfig(env);
    const srcConfig = loadConfig(env);
    expect(distConfig.web.distDir).toBe(srcConfig.web.distDir);
    expect(distConfig.local.home).toBe(srcConfig.local.home);
    expect(distConfig.web.distDir).toBe(path.join(ROOT, 'web', 'dist'));
  });

  it('starts in production mode, migrates and answers an authenticated query', async () => {
    // Start-up applied (or found applied) every migration file from graph/.
    expect(output.join('')).not.toMatch(/MigrationError|ENOENT/);
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await authHeader()) },
      body: JSON.stringify({ query: '{ participants(first: 1) { totalCount nodes { id name } } }' }),
    });
    const body = (await response.json()) as { data?: { participants?: { totalCount: number } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(typeof body.data?.participants?.totalCount).toBe('number');
  });

  it("runs the KPI engine in a worker thread started from the compiled JavaScript, with the source engine's results", async () => {
    const { WorkerEngine } = compiled<{ WorkerEngine: typeof SourceWorkerEngine }>('kpi/worker/worker-engine.js');
    const entries: string[] = [];
    const engine = new WorkerEngine({ onStart: ({ entry }) => entries.push(entry) });
    try {
      const graph = {
        nodes: ['a', 'b', 'c', 'd'].map((id) => ({ id, kind: 'STARTUP', sector: 'AI', region: 'EU' })),
        edges: [
          { source: 'a', target: 'b', weight: 2 },
          { source: 'b', target: 'c', weight: 1 },
        ],
      };
      const { elapsedMs: _compiled, ...fromBuild } = await engine.compute(graph);
      const { elapsedMs: _source, ...fromSource } = await new GraphologyEngine().compute(graph);
      expect(fromBuild).toStrictEqual(fromSource);
      expect(entries).toEqual([path.join(DIST, 'kpi', 'worker', 'analytics-worker.js')]);
    } finally {
      await engine.close();
    }
  });

  it('refuses a query without credentials and keeps metrics behind METRICS_TOKEN (production)', async () => {
    const anonymous = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ participants(first: 1) { totalCount } }' }),
    });
    const anonymousBody = (await anonymous.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(anonymousBody.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await fetch(`${origin}/metrics`)).status).toBe(401);
    const metrics = await fetch(`${origin}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain('ecograph_');
  });
});
