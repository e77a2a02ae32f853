/**
 * `ecograph seed --size small|medium|large --seed N [--anchor YYYY-MM-DD] [--reset]`: writes the
 * deterministic demo ecosystem into Neo4j (NEO4J_URI, else the local server, started if
 * needed). The same seed and anchor give exactly the same graph, ids included; the anchor
 * defaults to today (UTC), so pass it explicitly for reproducible runs.
 */
import { Option, type Command } from 'commander';
import { loadConfig } from '../../../src/config/config';
import { createDriver } from '../../../src/db/driver';
import { Gateway } from '../../../src/db/gateway';
import { migrate } from '../../../src/db/migrations';
import { dataNodeCount, deleteData } from '../../../src/seed/database';
import { SEED_SIZES, type SeedSize } from '../../../src/seed/profiles';
import { formatDuration, progressLine, throughput } from '../../../src/seed/progress';
import { DEFAULT_BATCH_SIZE, seedDemoEcosystem, type SeedReport } from '../../../src/seed/seed';
import { parseAnchor, todayUtc } from '../../../src/seed/time';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../../src/seed/vocabulary';
import { resolveNeo4j } from '../../neo4j-target';
import { integerBetween, oneOf } from '../options';
import { UsageError } from '../usage-error';

/** Seeding writes big batches: allow far more than an API request's timeout. */
const SEED_TIMEOUT_MS = 300_000;
const RESET_TIMEOUT_MS = 3_600_000;
const MAX_SEED = 2 ** 31 - 1;

interface SeedOptions {
  size?: SeedSize;
  seed?: number;
  anchor?: string;
  reset: boolean;
  batchSize: number;
  json?: boolean;
}

function anchorDate(text: string): string {
  if (parseAnchor(text) === undefined) throw new UsageError(`--anchor must be a date YYYY-MM-DD (got "${text}")`);
  return text;
}

function printTotals(report: SeedReport): void {
  const width = Math.max(...[...NODE_LABELS, ...RELATIONSHIP_TYPES].map((key) => key.length));
  const line = (key: string, count: number) => `  ${key.padEnd(width)} ${count.toLocaleString('en-US').padStart(12)}`;
  console.log('nodes');
  for (const label of NODE_LABELS) console.log(line(label, report.tally[label] ?? 0));
  console.log('relationships');
  for (const type of RELATIONSHIP_TYPES) console.log(line(type, report.tally[type] ?? 0));
  console.log(
    `total: ${report.nodes.toLocaleString('en-US')} nodes, ${report.relationships.toLocaleString('en-US')} relationships ` +
      `in ${formatDuration(report.elapsedMs)} (${report.batches} batches) — ` +
      throughput(report.nodes, report.relationships, report.elapsedMs),
  );
}

export function registerSeed(program: Command): void {
  program
    .command('seed')
    .description('write the deterministic demo ecosystem (docs/demo-data.md) into Neo4j')
    .addOption(
      new Option(
        '--size <size>',
        'small ≈ 300 participants, medium ≈ 10,000, large ≈ 100,000 (default: SEED_SIZE, small)',
      ).argParser(oneOf(SEED_SIZES)),
    )
    .option('--seed <n>', 'integer 0..2147483647 (default: SEED, 42)', integerBetween(0, MAX_SEED))
    .option('--anchor <date>', 'last day of the two-year history, YYYY-MM-DD (default: today, UTC)', anchorDate)
    .option('--reset', 'delete the existing ecograph data first (migration records are kept)', false)
    .option('--batch-size <n>', 'rows per write transaction', integerBetween(100, 50_000), DEFAULT_BATCH_SIZE)
    .option('--json', 'print the totals as JSON instead of a table')
    .action(async (options: SeedOptions) => {
      const config = loadConfig();
      const size = options.size ?? config.seed.size;
      const seed = options.seed ?? config.seed.seed;
      const anchor = options.anchor ?? todayUtc();
      const say = options.json ? (line: string) => console.error(line) : (line: string) => console.log(line);
      const { target, startedHere } = await resolveNeo4j(config, say);
      const driver = createDriver(target, config.neo4j);
      try {
        const gateway = new Gateway(driver, { database: config.neo4j.database, queryTimeoutMs: SEED_TIMEOUT_MS });
        await migrate(gateway, say);

        const existing = await dataNodeCount(gateway);
        if (existing > 0 && !options.reset) {
          throw new UsageError(
            `The database already holds ecograph data (${existing.toLocaleString('en-US')} node${existing === 1 ? '' : 's'}). ` +
              'Run again with --reset to delete it first: ecograph seed --reset ...',
          );
        }
        if (existing > 0) {
          say(`--reset: deleting ${existing.toLocaleString('en-US')} nodes...`);
          const started = performance.now();
          await deleteData(new Gateway(driver, { database: config.neo4j.database, queryTimeoutMs: RESET_TIMEOUT_MS }));
          say(`deleted in ${formatDuration(performance.now() - started)}`);
        }

        say(`seeding the ${size} ecosystem: seed ${seed}, anchor ${anchor}, ${options.batchSize} rows per batch`);
        const sink = progressLine({ log: say, stream: options.json ? process.stderr : process.stdout });
        const report = await seedDemoEcosystem(gateway, {
          size,
          seed,
          anchor,
          batchSize: options.batchSize,
          onProgress: (progress) => sink.update(progress),
        });
        sink.finish();
        if (options.json) {
          console.log(JSON.stringify(report));
        } else {
          printTotals(report);
        }
        if (startedHere) say('The local Neo4j started for seeding keeps running (ecograph db stop stops it).');
      } finally {
        await driver.close();
      }
    });
}
