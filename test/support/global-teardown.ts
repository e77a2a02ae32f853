/** Stops the throw-away Neo4j and deletes its folder. */
import { loadConfig } from '../../src/config/config';
import { LocalNeo4j } from '../../scripts/neo4j/local-server';
import { TEST_ENV } from './test-neo4j';

export default async function globalTeardown(): Promise<void> {
  const home = process.env[TEST_ENV.home];
  if (!home) return;
  const config = loadConfig();
  await new LocalNeo4j({ home, cacheRoot: config.local.home, boltPort: 0, heap: '1g', pageCache: '512m' }).destroy();
  // Several projects share the server: the first teardown removes it, the others find nothing.
  delete process.env[TEST_ENV.home];
}
