/**
 * A throw-away Redis for a test run: own port, own temp folder, removed again by `stop()`.
 * With REDIS_URL set, that server is used and nothing is started (like NEO4J_URI for Neo4j).
 * The server also dies with the process that started it, should `stop()` never be called.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/config';
import { LocalRedis } from '../../scripts/redis/local-server';
import { freePort } from './free-port';

export interface TestRedis {
  url: string;
  stop: () => Promise<void>;
  /** Stops the server and starts it again on the same port after `downMs` (outage tests; not for an external REDIS_URL). */
  outage?: (downMs: number) => Promise<void>;
}

export async function startTestRedis(): Promise<TestRedis> {
  const external = process.env.REDIS_URL;
  if (external) return { url: external, stop: async () => undefined };
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ecograph-test-redis-'));
  const server = new LocalRedis({
    home,
    cacheRoot: loadConfig().local.home,
    port: await freePort(),
    log: (line) => process.stderr.write(`[test-redis] ${line}\n`),
  });
  const started = Date.now();
  try {
    const { url } = await server.start();
    process.stderr.write(`[test-redis] ready at ${url} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    const outage = async (downMs: number) => {
      await server.stop();
      await new Promise((resolve) => setTimeout(resolve, downMs));
      await server.start();
    };
    return { url, stop: () => server.destroy(), outage };
  } catch (error) {
    await server.destroy();
    throw error;
  }
}
