/** Starts the throw-away Neo4j for the integration tests (skipped when NEO4J_URI is set). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/config';
import { LocalNeo4j } from '../../scripts/neo4j/local-server';
import { freePort } from './free-port';
import { TEST_ENV } from './test-neo4j';

export default async function globalSetup(): Promise<void> {
  // Already started by another project's global setup in this run (integration + browser).
  if (process.env.NEO4J_URI || process.env[TEST_ENV.uri]) return;
  const config = loadConfig();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ecograph-test-neo4j-'));
  const server = new LocalNeo4j({
    home,
    cacheRoot: config.local.home,
    boltPort: await freePort(),
    heap: '1g',
    pageCache: '512m',
    log: (line) => process.stderr.write(`[test-neo4j] ${line}\n`),
  });
  const started = Date.now();
  const { uri, password } = await server.start();
  process.stderr.write(`[test-neo4j] ready at ${uri} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  process.env[TEST_ENV.uri] = uri;
  process.env[TEST_ENV.password] = password;
  process.env[TEST_ENV.home] = home;
}
