/** `npm run migrate`: applies pending graph/migrations to the configured or local Neo4j. */
import { createGateway } from '../src/app';
import { loadConfig } from '../src/config/config';
import { createDriver } from '../src/db/driver';
import { migrate } from '../src/db/migrations';
import { resolveNeo4j } from './neo4j-target';
import { runCli } from './run-cli';

runCli(async () => {
  const config = loadConfig();
  const { target } = await resolveNeo4j(config);
  const driver = createDriver(target, config.neo4j);
  try {
    const applied = await migrate(createGateway(driver, config.neo4j), console.log);
    console.log(applied.length ? `${applied.length} migration(s) applied.` : 'Schema is up to date.');
  } finally {
    await driver.close();
  }
});
