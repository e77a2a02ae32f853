/** Starts the real API (in process, on a free port) against the test Neo4j (or the one given). */
import { startApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config/config';
import type { Neo4jTarget } from '../../src/db/driver';
import { createLogger } from '../../src/logging/logger';
import { TEST_JWT_SECRET } from './auth';
import { testNeo4jTarget } from './test-neo4j';

export async function startTestApp(
  env: Record<string, string> = {},
  target: Neo4jTarget = testNeo4jTarget(),
): Promise<App> {
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    DEBUG_ROUND_TRIPS: 'true',
    // Tests start and stop many apps: no background computation unless a test asks for KPIs.
    KPI_WARM_ON_START: 'false',
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
    ...env,
  });
  return startApp({ config, target, logger: createLogger(config.log) });
}
