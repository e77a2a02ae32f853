/** The developer's local Neo4j instance (`npm start`, `npm run db:*`), as configured. */
import path from 'node:path';
import type { Config } from '../src/config/config';
import { LocalNeo4j } from './neo4j/local-server';

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
