/** The Redis the project starts is a real server (Debian's redis-server): PING, pub/sub, clean stop. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/config';
import { LocalRedis } from '../../scripts/redis/local-server';
import type { Redis } from 'ioredis';
import { oneShotClient, release } from '../../scripts/redis/client';
import { freePort } from '../support/free-port';

const cacheRoot = loadConfig().local.home;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (processExists(pid) && Date.now() < deadline) await sleep(50);
  return !processExists(pid);
}

describe('LocalRedis', () => {
  let home: string;
  let port: number;
  let server: LocalRedis;
  let url: string;
  const connections: Redis[] = [];
  const connect = async () => {
    const connection = await oneShotClient(port);
    connections.push(connection);
    return connection;
  };

  beforeAll(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'ecograph-test-redis-'));
    port = await freePort();
    server = new LocalRedis({ home, cacheRoot, port, log: () => undefined });
    ({ url } = await server.start());
  });
  afterAll(async () => {
    connections.forEach(release);
    await server.destroy();
  });

  it('answers PING on 127.0.0.1 at the port it was given, as Redis 7 without persistence', async () => {
    expect(url).toBe(`redis://127.0.0.1:${port}`);
    const client = await connect();
    expect(await client.ping()).toBe('PONG');
    const info = await client.info('server');
    expect(info).toMatch(/^redis_version:7\.\d+\.\d+\r?$/m);
    expect(info).toContain(`tcp_port:${port}`);
    expect(info).toContain(`process_id:${server.running()?.pid}`);
    expect(await client.config('GET', 'save')).toEqual(['save', '']);
    expect(await client.config('GET', 'appendonly')).toEqual(['appendonly', 'no']);
    expect(await client.config('GET', 'protected-mode')).toEqual(['protected-mode', 'yes']);
    expect(await client.config('GET', 'bind')).toEqual(['bind', '127.0.0.1']);
  });

  it('delivers a PUBLISH on one connection to a SUBSCRIBE on another', async () => {
    const subscriber = await connect();
    const publisher = await connect();
    const received: [string, string][] = [];
    const arrived = new Promise<void>((resolve) =>
      subscriber.on('message', (channel: string, message: string) => {
        received.push([channel, message]);
        resolve();
      }),
    );
    expect(await subscriber.subscribe('ecograph:test')).toBe(1);
    const payload = JSON.stringify({ kind: 'kpi-updated', at: Date.now() });
    expect(await publisher.publish('ecograph:other', 'x')).toBe(0);
    expect(await publisher.publish('ecograph:test', payload)).toBe(1);
    await arrived;
    // Only the subscribed channel's message, though the other one was published first.
    expect(received).toEqual([['ecograph:test', payload]]);
  });

  it('finds the running server again instead of starting a second one', async () => {
    const before = server.running();
    const again = new LocalRedis({ home, cacheRoot, log: () => undefined });
    expect(await again.start()).toEqual({ url });
    expect(again.running()).toEqual(before);
  });

  it('stops: the port is closed and the process is gone', async () => {
    const pid = server.running()?.pid;
    expect(pid).toBeGreaterThan(0);
    expect(await server.stop()).toBe(true);
    expect(processExists(pid ?? 0)).toBe(false);
    expect(server.running()).toBeUndefined();
    await expect(oneShotClient(port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(await server.stop()).toBe(false);
  });
});

it('dies with the process that started it, even when that process is SIGKILLed', async () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ecograph-test-redis-orphan-'));
  const port = await freePort();
  const modulePath = path.resolve(__dirname, '../../scripts/redis/local-server');
  const script = `
    const { LocalRedis } = require(${JSON.stringify(modulePath)});
    setInterval(() => undefined, 1000);
    const server = new LocalRedis({ home: ${JSON.stringify(home)}, cacheRoot: ${JSON.stringify(cacheRoot)}, port: ${port}, log: () => undefined });
    server.start().then(() => console.log('pid ' + server.running().pid), (error) => { console.error(error); process.exit(1); });
  `;
  const parent = spawn(process.execPath, ['--require', 'tsx/cjs', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      parent.stdout.on('data', (chunk: Buffer) => resolve(chunk.toString()));
      parent.once('exit', (code) => reject(new Error(`the parent exited (${code}) before Redis was up`)));
    });
    const pid = Number(/pid (\d+)/.exec(line)?.[1]);
    const client = await oneShotClient(port);
    expect(await client.ping()).toBe('PONG');
    release(client);

    parent.kill('SIGKILL');
    expect(await waitUntilGone(pid, 5_000)).toBe(true);
    await expect(oneShotClient(port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  } finally {
    parent.kill('SIGKILL');
    fs.rmSync(home, { recursive: true, force: true });
  }
});
