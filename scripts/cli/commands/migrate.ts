/** `ecograph migrate`: applies pending graph/migrations to the configured or local Neo4j. */
import type { Command } from 'commander';
import { createGateway } from '../../../src/app';
import { loadConfig } from '../../../src/config/config';
import { createDriver } from '../../../src/db/driver';
import { migrate } from '../../../src/db/migrations';
import { resolveNeo4j } from '../../neo4j-target';
import { report } from '../options';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('apply pending schema migrations (graph/migrations) to Neo4j')
    .option('--json', 'print {applied: [file names]} as JSON')
    .action(async (options: { json?: boolean }) => {
      const config = loadConfig();
      const { target } = await resolveNeo4j(config, (line) => console.error(line));
      const driver = createDriver(target, config.neo4j);
      try {
        const applied = await migrate(createGateway(driver, config.neo4j), options.json ? () => {} : console.log);
        report(
          options.json,
          { applied },
          applied.length ? `${applied.length} migration(s) applied.` : 'Schema is up to date.',
        );
      } finally {
        await driver.close();
      }
    });
}
