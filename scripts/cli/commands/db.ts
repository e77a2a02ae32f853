/** `ecograph db start|stop|status|provision`: the local development Neo4j (unless NEO4J_URI is set). */
import type { Command } from 'commander';
import { loadConfig } from '../../../src/config/config';
import { devInstance } from '../../local-instance';
import { provision } from '../../neo4j/provision';
import { report } from '../options';
import { EXIT } from '../usage-error';

function external(): string | undefined {
  const { uri } = loadConfig().neo4j;
  return uri ? `NEO4J_URI is set (${uri}): ecograph uses that server and starts nothing.` : undefined;
}

export function registerDb(program: Command): void {
  const db = program.command('db').description('the local Neo4j that ecograph runs for you (in ECOGRAPH_HOME)');
  db.command('start')
    .description('start the local Neo4j (provisioned from Maven Central on first use)')
    .option('--json', 'print {uri, user} as JSON')
    .action(async (options: { json?: boolean }) => {
      const note = external();
      if (note) return report(options.json, { external: true }, note);
      const config = loadConfig();
      const { uri, user } = await devInstance(config).start();
      report(
        options.json,
        { uri, user },
        `Neo4j is up at ${uri} (user ${user}, password in ${config.local.home}/instances/dev/password)`,
      );
    });
  db.command('stop')
    .description('stop the local Neo4j')
    .action(async () => {
      const note = external();
      if (note) return console.log(note);
      console.log((await devInstance(loadConfig()).stop()) ? 'Neo4j stopped.' : 'Neo4j was not running.');
    });
  db.command('status')
    .description(`is the local Neo4j running? (exit code ${EXIT.notRunning} when not)`)
    .option('--json', 'print {running, pid, uri} as JSON')
    .action((options: { json?: boolean }) => {
      const note = external();
      if (note) return report(options.json, { external: true }, note);
      const server = devInstance(loadConfig());
      const pid = server.runningPid();
      report(
        options.json,
        { running: pid !== undefined, pid: pid ?? null, uri: pid ? server.boltUri : null },
        pid ? `Neo4j is running (pid ${pid}) at ${server.boltUri}` : 'Neo4j is not running.',
      );
      if (!pid) process.exitCode = EXIT.notRunning;
    });
  db.command('provision')
    .description('download Neo4j and Graph Data Science from Maven Central into ECOGRAPH_HOME (once)')
    .action(() => {
      provision(loadConfig().local.home);
    });
}
