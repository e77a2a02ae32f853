/**
 * Shared pieces of the benchmarks: a throw-away Neo4j (or NEO4J_URI), the API in process,
 * timing with percentiles, and a table printer. Benchmarks report ratios against a baseline
 * measured in the same run, never absolute pass/fail thresholds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startApp, type App } from '../src/app';
import { loadConfig } from '../src/config/config';
import { configuredTarget, type Neo4jTarget } from '../src/db/driver';
import { createLogger } from '../src/observability/logger';
import { LocalNeo4j } from '../scripts/neo4j/local-server';
import { TEST_JWT_SECRET } from '../test/support/auth';
import { freePort } from '../test/support/free-port';

export interface BenchEnvironment {
  target: Neo4jTarget;
  app: App;
  /** The throw-away server, unless NEO4J_URI named one (benchmarks that restart Neo4j need it). */
  neo4j?: LocalNeo4j;
  /** Stops the API and starts a fresh one (empty caches) on the same Neo4j. */
  restartApp(): Promise<App>;
  close(): Promise<void>;
}

export async function startBenchEnvironment(env: Record<string, string> = {}): Promise<BenchEnvironment> {
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    LOG_LEVEL: 'silent',
    DEBUG_ROUND_TRIPS: 'true',
    // No background KPI computation competing with what a benchmark measures.
    KPI_WARM_ON_START: 'false',
    // Clients sign ADMIN tokens with the test secret (test/support/auth.ts).
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
    // Many requests from one test caller: per-caller limits are tested where they are the point.
    RATE_LIMIT_PER_MINUTE: '1000000',
    ...env,
  });
  let server: LocalNeo4j | undefined;
  let target = configuredTarget(config.neo4j);
  if (!target) {
    server = new LocalNeo4j({
      home: fs.mkdtempSync(path.join(os.tmpdir(), 'ecograph-bench-neo4j-')),
      cacheRoot: config.local.home,
      boltPort: await freePort(),
      heap: '4g',
      pageCache: '2g',
      log: (line) => console.error(`[bench-neo4j] ${line}`),
    });
    target = await server.start();
  }
  const start = () => startApp({ config, target: target as Neo4jTarget, logger: createLogger(config.log) });
  const environment: BenchEnvironment = {
    target,
    neo4j: server,
    app: await start(),
    restartApp: async () => {
      await environment.app.stop();
      environment.app = await start();
      return environment.app;
    },
    close: async () => {
      await environment.app.stop();
      await server?.destroy();
    },
  };
  return environment;
}

export interface Timing {
  name: string;
  samples: number[];
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times measured (milliseconds). */
export async function measure(name: string, fn: () => Promise<unknown>, runs = 30, warmup = 5): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return { name, samples };
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((row) => row.map((cell) => (typeof cell === 'number' ? cell.toFixed(2) : cell)))];
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => String(row[i]).length)));
  const line = (row: (string | number)[]) =>
    `| ${row.map((cell, i) => String(cell).padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(cells[0] ?? []),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...cells.slice(1).map(line),
  ].join('\n');
}
