/** Starts the real API (in process, on a free port) against the test Neo4j (or the one given). */
import { startApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config/config';
import type { Clock } from '../../src/core/clock';
import type { Neo4jTarget } from '../../src/db/driver';
import { createLogger, type DestinationStream } from '../../src/observability/logger';
import { TEST_JWT_SECRET } from './auth';
import { testNeo4jTarget } from './test-neo4j';

export interface TestAppOptions {
  /** Receives the app's JSON log lines (set LOG_LEVEL in `env` too: tests default to silent). */
  logTo?: DestinationStream;
  /** Another Neo4j than the shared test server (e.g. one a fault test kills). */
  target?: Neo4jTarget;
  /** Pins "now" (src/core/clock.ts): fixtures built relative to it never drift with the calendar. */
  clock?: Clock;
}

export async function startTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<App> {
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    DEBUG_ROUND_TRIPS: 'true',
    // Tests start and stop many apps: no background computation unless a test asks for KPIs.
    KPI_WARM_ON_START: 'false',
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
    // Many requests from one test caller: per-caller limits are tested where they are the point.
    RATE_LIMIT_PER_MINUTE: '1000000',
    ...env,
  });
  return startApp({
    config,
    target: options.target ?? testNeo4jTarget(),
    logger: createLogger(config.log, options.logTo),
    clock: options.clock,
  });
}
