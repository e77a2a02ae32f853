/**
 * The API as its own process (`src/main.ts` through tsx; `npm run serve` runs the same entry
 * compiled), for benchmarks whose load generator must not share an event loop with the server
 * it measures.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Neo4jTarget } from '../src/db/driver';
import { TEST_JWT_SECRET } from '../test/support/auth';
import { freePort } from '../test/support/free-port';

const ROOT = path.resolve(__dirname, '..');
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

export interface ApiProcess {
  /** http://127.0.0.1:port (append /graphql, /readyz). */
  origin: string;
  /** SIGTERM (graceful shutdown), then waits for the exit. */
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startApiProcess(target: Neo4jTarget, env: Record<string, string> = {}): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['src/main.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'silent',
      NEO4J_URI: target.uri,
      NEO4J_USER: target.user,
      NEO4J_PASSWORD: target.password,
      // Clients sign ADMIN tokens with the test secret (test/support/auth.ts).
      AUTH_JWT_SECRET: TEST_JWT_SECRET,
      ...env,
    },
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited during start-up (code ${child.exitCode})`);
    const ready = await fetch(`${origin}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the API was not ready within ${START_TIMEOUT_MS / 1000} s`);
    }
    await sleep(250);
  }
  return {
    origin,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
