/** The developer's local servers (`npm start`, `npm run db:*`, `npm run redis:*`), as configured. */
import path from 'node:path';
import type { Config } from '../src/config/config';
import { LocalNeo4j } from './neo4j/local-server';
import { LocalRedis } from './redis/local-server';

export function devInstance(config: Config, log?: (line: string) => void): LocalNeo4j {
  return new LocalNeo4j({
    home: path.join(config.local.home, 'instances', 'dev'),
    cacheRoot: config.local.home,
    boltPort: config.local.boltPort,
    heap: config.local.heap,
    pageCache: config.local.pageCache,
    log,
  });
}

/** Runs on after the command that started it; keeps its port across restarts while that port is free. */
export function devRedis(config: Config, log?: (line: string) => void): LocalRedis {
  return new LocalRedis({
    home: path.join(config.local.home, 'instances', 'redis'),
    cacheRoot: config.local.home,
    outliveParent: true,
    log,
  });
}
