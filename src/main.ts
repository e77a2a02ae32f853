/**
 * Production entry, compiled by `npm run build` and run by `npm run serve` (`node dist/main.js`):
 * serve the API against the Neo4j named by NEO4J_URI. For a local server started for you, use
 * `npm start`.
 */
import { startApp } from './app';
import { tokenHints } from './auth/token-hints';
import { ConfigError, loadConfig } from './config/config';
import { configuredTarget } from './db/driver';
import { onShutdownSignal } from './server/shutdown';
import { createLogger } from './observability/logger';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.log);
  const target = configuredTarget(config.neo4j);
  if (!target) {
    throw new ConfigError([
      'NEO4J_URI is not set: set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD, or run `npm start` to use a local Neo4j',
    ]);
  }
  const app = await startApp({ config, target, logger });
  for (const hint of tokenHints(config)) logger.info(hint);
  onShutdownSignal(() => app.stop(), { graceMs: config.http.shutdownGraceMs, log: (m) => logger.info(m) });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  process.exit(1);
});
