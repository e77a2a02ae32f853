/**
 * A server of the peer benchmark as its own Node process, started as `node --import tsx <entry>`
 * (or plain `node <entry>` for compiled JavaScript) so that its pid is the server itself and its
 * CPU time can be read (a `tsx` CLI would be a parent process around it).
 */
import { spawn } from 'node:child_process';

const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

export interface ServerProcess {
  pid: number;
  origin: string;
  stop(): Promise<void>;
}

export interface ServerStart {
  /** The entry file, relative to `cwd`. */
  entry: string;
  /** Run through tsx (TypeScript) or as compiled JavaScript. */
  typescript: boolean;
  cwd: string;
  port: number;
  env: Record<string, string>;
  /** Resolves true once the server answers. */
  ready: (origin: string) => Promise<boolean>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startServerProcess(start: ServerStart): Promise<ServerProcess> {
  const args = start.typescript ? ['--import', 'tsx', start.entry] : [start.entry];
  const child = spawn(process.execPath, args, {
    cwd: start.cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...start.env, PORT: String(start.port) },
  });
  if (child.pid === undefined) throw new Error(`could not start ${start.entry}`);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const origin = `http://127.0.0.1:${start.port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${start.entry} exited during start-up (code ${child.exitCode})`);
    if (await start.ready(origin).catch(() => false)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${start.entry} was not ready within ${START_TIMEOUT_MS / 1000} s`);
    }
    await sleep(250);
  }
  return {
    pid: child.pid,
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
