/**
 * `npm run seed -- --size small|medium|large --seed N [--anchor YYYY-MM-DD] [--reset]`
 *
 * Writes the deterministic demo ecosystem into Neo4j (NEO4J_URI, else the local dev server,
 * started if needed). The same seed and anchor give exactly the same graph, ids included;
 * the anchor defaults to today (UTC), so pass it explicitly for reproducible runs.
 */
import { parseArgs } from 'node:util';
import { loadConfig, type Config } from '../src/config/config';
import { createDriver } from '../src/db/driver';
import { Gateway } from '../src/db/gateway';
import { migrate } from '../src/db/migrations';
import { dataNodeCount, deleteData } from '../src/seed/database';
import { SEED_SIZES, type SeedSize } from '../src/seed/profiles';
import { formatDuration, progressLine, throughput } from '../src/seed/progress';
import { DEFAULT_BATCH_SIZE, seedDemoEcosystem, type SeedReport } from '../src/seed/seed';
import { parseAnchor, todayUtc } from '../src/seed/time';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../src/seed/vocabulary';
import { resolveNeo4j } from './neo4j-target';
import { runCli } from './run-cli';

const USAGE = `usage: npm run seed -- [--size small|medium|large] [--seed N] [--anchor YYYY-MM-DD] [--reset] [--batch-size N]
  --size        small ≈ 300 participants, medium ≈ 10,000, large ≈ 100,000 (default: SEED_SIZE, small)
  --seed        integer 0..2147483647 (default: SEED, 42)
  --anchor      last day of the generated two-year history (default: today, UTC);
                the same seed and anchor always give the same graph, ids included
  --reset       delete the existing ecograph data first (migration records are kept)
  --batch-size  rows per write transaction (default ${DEFAULT_BATCH_SIZE})`;

/** Seeding writes big batches: allow far more than an API request's timeout. */
const SEED_TIMEOUT_MS = 300_000;
const RESET_TIMEOUT_MS = 3_600_000;
const MAX_SEED = 2 ** 31 - 1;

class UsageError extends Error {
  override name = 'UsageError';
}

interface SeedArgs {
  size: SeedSize;
  seed: number;
  anchor: string;
  reset: boolean;
  batchSize: number;
}

function parse(argv: string[], config: Config): SeedArgs | undefined {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        size: { type: 'string' },
        seed: { type: 'string' },
        anchor: { type: 'string' },
        reset: { type: 'boolean', default: false },
        'batch-size': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    const message = error instanceof Error ? error.message.split('. ')[0] : String(error);
    throw new UsageError(`${message}\n${USAGE}`);
  }
  if (values.help) return undefined;

  const size = values.size ?? config.seed.size;
  if (!(SEED_SIZES as readonly string[]).includes(size))
    throw new UsageError(`--size must be small, medium or large (got "${size}")`);
  const seedText = values.seed ?? String(config.seed.seed);
  const seed = Number(seedText);
  if (!/^\d+$/.test(seedText) || seed > MAX_SEED) {
    throw new UsageError(`--seed must be an integer between 0 and ${MAX_SEED} (got "${seedText}")`);
  }
  const anchor = values.anchor ?? todayUtc();
  if (parseAnchor(anchor) === undefined) throw new UsageError(`--anchor must be a date YYYY-MM-DD (got "${anchor}")`);
  const batchText = values['batch-size'] ?? String(DEFAULT_BATCH_SIZE);
  const batchSize = Number(batchText);
  if (!/^\d+$/.test(batchText) || batchSize < 100 || batchSize > 50_000) {
    throw new UsageError(`--batch-size must be an integer between 100 and 50000 (got "${batchText}")`);
  }
  return { size: size as SeedSize, seed, anchor, reset: values.reset, batchSize };
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

runCli(async () => {
  const config = loadConfig();
  const args = parse(process.argv.slice(2), config);
  if (!args) {
    console.log(USAGE);
    return;
  }
  const say = (line: string) => console.log(line);
  const { target, startedHere } = await resolveNeo4j(config, say);
  const driver = createDriver(target, config.neo4j);
  try {
    const gateway = new Gateway(driver, { database: config.neo4j.database, queryTimeoutMs: SEED_TIMEOUT_MS });
    await migrate(gateway, say);

    const existing = await dataNodeCount(gateway);
    if (existing > 0 && !args.reset) {
      throw new UsageError(
        `The database already holds ecograph data (${existing.toLocaleString('en-US')} node${existing === 1 ? '' : 's'}). ` +
          'Run again with --reset to delete it first: npm run seed -- --reset ...',
      );
    }
    if (existing > 0) {
      say(`--reset: deleting ${existing.toLocaleString('en-US')} nodes...`);
      const started = performance.now();
      await deleteData(new Gateway(driver, { database: config.neo4j.database, queryTimeoutMs: RESET_TIMEOUT_MS }));
      say(`deleted in ${formatDuration(performance.now() - started)}`);
    }

    say(
      `seeding the ${args.size} ecosystem: seed ${args.seed}, anchor ${args.anchor}, ${args.batchSize} rows per batch`,
    );
    const sink = progressLine({ log: say, stream: process.stdout });
    const report = await seedDemoEcosystem(gateway, {
      size: args.size,
      seed: args.seed,
      anchor: args.anchor,
      batchSize: args.batchSize,
      onProgress: (progress) => sink.update(progress),
    });
    sink.finish();
    printTotals(report);
    if (startedHere) say('The local Neo4j started for seeding keeps running (npm run db:stop stops it).');
  } finally {
    await driver.close();
  }
});
