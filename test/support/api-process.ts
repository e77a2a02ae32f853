/**
 * An API replica in its own Node.js process: the production entry point (src/main.ts) on the
 * test Neo4j, so a test can run several replicas, restart them, or SIGKILL one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TEST_JWT_SECRET } from './auth';
import { testNeo4jTarget } from './test-neo4j';

const ROOT = path.resolve(__dirname, '..', '..');

export interface ApiProcess {
  url: string;
  process: ChildProcess;
  output: string[];
  /** SIGTERM (graceful) or SIGKILL; resolves once the process exited. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startApiProcess(port: number, env: Record<string, string>): Promise<ApiProcess> {
  const target = testNeo4jTarget();
  // tsx's loader in this very process (not its CLI, which runs the app in a child): a signal
  // sent to `process` reaches the API itself, so SIGKILL kills it, not a wrapper.
  const tsx = path.join(ROOT, 'node_modules/tsx/dist');
  const args = [
    '--require',
    path.join(tsx, 'preflight.cjs'),
    '--import',
    pathToFileURL(path.join(tsx, 'loader.mjs')).href,
  ];
  const child = spawn(process.execPath, [...args, 'src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      NEO4J_URI: target.uri,
      NEO4J_USER: target.user,
      NEO4J_PASSWORD: target.password,
      AUTH_JWT_SECRET: TEST_JWT_SECRET,
      KPI_WARM_ON_START: 'false',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}/graphql`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API process exited: ${output.join('')}`);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined);
    if (ready?.ok) break;
    if (Date.now() - started > 60_000) throw new Error(`API process not ready: ${output.join('')}`);
    await pause(200);
  }
  const stop = async (signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM') => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  };
  return { url, process: child, output, stop };
}
