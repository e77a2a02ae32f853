/**
 * `ecograph start` (and `npm start`): the whole product on one machine. Starts the local Neo4j
 * (unless NEO4J_URI is set), migrates, seeds the demo ecosystem when the database has no
 * participants, serves the API and the explorer, and on Ctrl-C / SIGTERM drains the API and
 * stops the Neo4j it started.
 */
import type { Command } from 'commander';
import { startApp } from '../../../src/app';
import { tokenHints } from '../../../src/auth/token-hints';
import { loadConfig } from '../../../src/config/config';
import { createDriver } from '../../../src/db/driver';
import { Gateway } from '../../../src/db/gateway';
import { migrate } from '../../../src/db/migrations';
import { createLogger } from '../../../src/observability/logger';
import { seedDemoEcosystem } from '../../../src/seed/seed';
import { onShutdownSignal } from '../../../src/server/shutdown';
import { resolveNeo4j } from '../../neo4j-target';
import { ensureWebBuild } from '../../web/build';

const SEED_TIMEOUT_MS = 300_000;

async function isEmpty(gateway: Gateway): Promise<boolean> {
  const rows = await gateway.readRows({ cypher: 'MATCH (p:Participant) RETURN p.id LIMIT 1', params: {} });
  return rows.length === 0;
}

/** The local quick start: without any auth configured it opts into dev mode. */
function defaultToDevAuth(): void {
  const configured = ['AUTH_DEV', 'AUTH_JWT_SECRET', 'AUTH_JWKS_FILE', 'AUTH_JWKS_URL', 'AUTH_API_KEYS_FILE'];
  if (process.env.NODE_ENV !== 'production' && configured.every((name) => !process.env[name])) {
    process.env.AUTH_DEV = 'true';
  }
}

async function start(): Promise<void> {
  const started = Date.now();
  defaultToDevAuth();
  const config = loadConfig();
  const logger = createLogger(config.log);
  const say = (line: string) => logger.info(line);
  // Before Neo4j: a broken web build fails fast, not after a long start and seed.
  ensureWebBuild(say);
  const { target, startedHere } = await resolveNeo4j(config, say);
  const stopNeo4j = async () => {
    if (startedHere) {
      say('stopping the local Neo4j');
      await startedHere.stop();
    }
  };

  try {
    // Seed before the API accepts traffic, with the migrations it needs applied first.
    const driver = createDriver(target, config.neo4j);
    try {
      // Seeding writes large batches: a longer transaction timeout than API requests get.
      const gateway = new Gateway(driver, { database: config.neo4j.database, queryTimeoutMs: SEED_TIMEOUT_MS });
      await migrate(gateway, say);
      if (await isEmpty(gateway)) {
        say(`empty database: seeding the ${config.seed.size} demo ecosystem (seed ${config.seed.seed})`);
        await seedDemoEcosystem(gateway, { size: config.seed.size, seed: config.seed.seed, log: say });
      }
    } finally {
      await driver.close();
    }
    const app = await startApp({ config, target, logger });
    say(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${app.url}`);
    const explorer = app.url.replace(/\/graphql$/, '/');
    if (app.devToken) {
      // The fragment never reaches the server (or its logs); the page stores it and drops it.
      say(`explorer (dev mode, signs in by itself): ${explorer}#token=${app.devToken}`);
      say(`dev mode (AUTH_DEV=true): send this ADMIN token, valid 12 h, as the header below`);
      say(`Authorization: Bearer ${app.devToken}`);
    } else {
      say(`explorer: ${explorer} (sign in with a token or an API key)`);
    }
    for (const hint of tokenHints(config)) say(hint);
    onShutdownSignal(
      async () => {
        await app.stop();
        await stopNeo4j();
      },
      // Neo4j's own clean shutdown can take a while on a large store: allow for it.
      { graceMs: config.http.shutdownGraceMs + 60_000, log: say },
    );
  } catch (error) {
    await stopNeo4j();
    throw error;
  }
}

export function registerStart(program: Command): void {
  program
    .command('start')
    .description(
      'run the product locally: Neo4j started, schema migrated, demo ecosystem seeded when empty, API and explorer up',
    )
    .action(start);
}
