/**
 * A real Redis server (Debian's redis-server, see provision.ts) for pub/sub in development and tests.
 *
 * An instance is a folder holding the generated redis.conf, the server's log and redis.json
 * (port and pid), so `npm run redis:stop` / `redis:status` can find a server another process
 * started. Nothing is persisted: no RDB snapshots, no append-only file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { freePort, portIsFree } from '../free-port';
import { provisionRedis, redisEnv } from './provision';
import { oneShotClient, release } from './client';
import { ReplyError } from 'ioredis';

export interface LocalRedisOptions {
  /** The instance folder (config, log, state). */
  home: string;
  /** Cache root for the unpacked Debian package, shared by every instance. */
  cacheRoot: string;
  /** Omitted: the port this instance used last time if it is still free, else any free port. */
  port?: number;
  /** Keep running after this process exits (`npm run redis:start`); otherwise it dies with us. */
  outliveParent?: boolean;
  log?: (line: string) => void;
}

interface InstanceState {
  port: number;
  /** Set while a server runs. */
  pid?: number;
}

export interface RunningRedis {
  pid: number;
  port: number;
  url: string;
}

const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 10_000;
const KILL_TIMEOUT_MS = 5_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Alive and (where /proc exists) a Redis: a stale pid file must not make us signal a stranger. */
function isRedisProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  if (!fs.existsSync('/proc/self')) return true;
  try {
    // A zombie's cmdline is empty: it has exited.
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('redis');
  } catch {
    return false;
  }
}

/** Sends a signal unless the process has already gone. */
function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/**
 * A detached `sh` blocked reading a pipe from this process. The kernel closes the pipe when we
 * exit in any way, SIGKILL included; the guard then kills the server, so none is left behind.
 */
function guardAgainstOrphan(pid: number, log: (line: string) => void): ChildProcess {
  const guard = spawn('/bin/sh', ['-c', 'read _; kill -KILL "$1" 2>/dev/null', 'ecograph-redis-guard', String(pid)], {
    stdio: ['pipe', 'ignore', 'ignore'],
    detached: true,
  });
  guard.on('error', (error) => log(`Could not start the guard that stops Redis when we exit: ${error.message}`));
  guard.unref();
  if (guard.stdin instanceof net.Socket) guard.stdin.unref();
  return guard;
}

export class LocalRedis {
  private readonly log: (line: string) => void;
  private child: ChildProcess | undefined;
  private guard: ChildProcess | undefined;

  constructor(private readonly options: LocalRedisOptions) {
    this.log = options.log ?? ((line) => console.log(line));
  }

  private file(name: string): string {
    return path.join(this.options.home, name);
  }

  private readState(): InstanceState | undefined {
    try {
      return JSON.parse(fs.readFileSync(this.file('redis.json'), 'utf8')) as InstanceState;
    } catch {
      return undefined;
    }
  }

  private writeState(state: InstanceState): void {
    fs.writeFileSync(this.file('redis.json'), `${JSON.stringify(state)}\n`);
  }

  /** This instance's running server, if any. */
  running(): RunningRedis | undefined {
    const { pid, port } = this.readState() ?? {};
    if (pid === undefined || port === undefined || !isRedisProcess(pid)) return undefined;
    return { pid, port, url: `redis://${HOST}:${port}` };
  }

  private async choosePort(): Promise<number> {
    if (this.options.port !== undefined) return this.options.port;
    const previous = this.readState()?.port;
    return previous !== undefined && (await portIsFree(previous)) ? previous : freePort();
  }

  private writeConfig(port: number): string {
    const lines = [
      '# Written by ecograph (scripts/redis/local-server.ts) at every start; edits are overwritten.',
      `bind ${HOST}`,
      `port ${port}`,
      'protected-mode yes',
      'daemonize no',
      // Pub/sub only: nothing worth persisting, and no snapshot to wait for at shutdown.
      'save ""',
      'appendonly no',
      `dir ${JSON.stringify(this.options.home)}`,
      'logfile ""',
    ];
    const conf = this.file('redis.conf');
    fs.writeFileSync(conf, `${lines.join('\n')}\n`);
    return conf;
  }

  /** Starts the server (fetching Redis on first use) and resolves once it answers PING. */
  async start(): Promise<{ url: string }> {
    const existing = this.running();
    if (existing) {
      this.log(`Redis already running (pid ${existing.pid}) at ${existing.url}`);
      await this.waitForPing(existing);
      return { url: existing.url };
    }
    const binary = provisionRedis(this.options.cacheRoot, this.log);
    fs.mkdirSync(this.options.home, { recursive: true });
    const port = await this.choosePort();
    const conf = this.writeConfig(port);

    const out = fs.openSync(this.file('redis.log'), 'a');
    const outlive = this.options.outliveParent ?? false;
    // argv0 matters: Debian's redis-server is a symlink to a multi-call binary that picks its mode by name.
    const child = spawn(binary.server, [conf], {
      argv0: 'redis-server',
      detached: outlive,
      stdio: ['ignore', out, out],
      env: redisEnv(binary),
    });
    fs.closeSync(out);
    const spawnFailure = new Promise<Error>((resolve) => child.once('error', resolve));
    if (child.pid === undefined) throw new Error(`Could not start ${binary.server}: ${(await spawnFailure).message}`);
    child.unref();
    this.child = child;
    if (!outlive) this.guard = guardAgainstOrphan(child.pid, this.log);
    const server: RunningRedis = { pid: child.pid, port, url: `redis://${HOST}:${port}` };
    this.writeState({ port, pid: child.pid });
    this.log(`Starting Redis ${binary.version} (pid ${child.pid}) at ${server.url}...`);
    try {
      await this.waitForPing(server);
    } catch (error) {
      await this.stop();
      throw error;
    }
    return { url: server.url };
  }

  private async ping(port: number): Promise<boolean> {
    const client = await oneShotClient(port, HOST);
    try {
      return (await client.ping()) === 'PONG';
    } finally {
      release(client);
    }
  }

  /** Polls PING until it answers; fails fast with the server's log if the process dies. */
  private async waitForPing({ pid, port, url }: RunningRedis): Promise<void> {
    const deadline = Date.now() + START_TIMEOUT_MS;
    for (;;) {
      let problem = 'no PONG';
      try {
        if (await this.ping(port)) return;
      } catch (error) {
        problem = String(error);
      }
      if (!isRedisProcess(pid)) throw new Error(`Redis exited during start-up. Its log:\n${this.recentLog()}`);
      if (Date.now() > deadline) {
        throw new Error(
          `Redis did not answer on ${url} within ${START_TIMEOUT_MS / 1000}s (${problem}).\n${this.recentLog()}`,
        );
      }
      await sleep(100);
    }
  }

  /** The last lines of the server's log, for start-up failures. */
  recentLog(): string {
    if (!fs.existsSync(this.file('redis.log'))) return '(no log)';
    return fs.readFileSync(this.file('redis.log'), 'utf8').trimEnd().split('\n').slice(-15).join('\n');
  }

  /** Gone, and reaped when it is our own child (so its pid no longer exists at all). */
  private async exited(pid: number, timeoutMs: number): Promise<boolean> {
    const ownChild = this.child?.pid === pid ? this.child : undefined;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const reaped = !ownChild || ownChild.exitCode !== null || ownChild.signalCode !== null;
      if (reaped && !isRedisProcess(pid)) return true;
      if (Date.now() > deadline) return false;
      await sleep(50);
    }
  }

  /** SHUTDOWN NOSAVE over the protocol; SIGTERM when that cannot be delivered or is refused. */
  private async requestShutdown({ pid, port }: RunningRedis): Promise<void> {
    try {
      const client = await oneShotClient(port, HOST);
      // On success the server closes the connection without a reply: only an error reply counts.
      const refusal = await client.shutdown('NOSAVE').then(
        () => undefined,
        (error: unknown) => (error instanceof ReplyError ? error : undefined),
      );
      release(client);
      if (refusal) throw refusal;
    } catch (error) {
      this.log(`SHUTDOWN NOSAVE did not work (${String(error)}); sending SIGTERM`);
      signal(pid, 'SIGTERM');
    }
  }

  /** Stops the server: SHUTDOWN NOSAVE (or SIGTERM), then SIGKILL if it is still there after a while. */
  async stop(): Promise<boolean> {
    const server = this.running();
    if (server) {
      await this.requestShutdown(server);
      if (!(await this.exited(server.pid, STOP_TIMEOUT_MS))) {
        this.log(`Redis (pid ${server.pid}) did not stop within ${STOP_TIMEOUT_MS / 1000}s; killing it`);
        signal(server.pid, 'SIGKILL');
        await this.exited(server.pid, KILL_TIMEOUT_MS);
      }
    }
    this.guard?.kill('SIGKILL');
    this.guard = undefined;
    this.child = undefined;
    const state = this.readState();
    if (state) this.writeState({ port: state.port });
    return server !== undefined;
  }

  /** Stops the server if needed and removes the whole instance folder (test instances). */
  async destroy(): Promise<void> {
    await this.stop();
    fs.rmSync(this.options.home, { recursive: true, force: true });
  }
}
