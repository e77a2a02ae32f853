/** `npm run db:start | db:stop | db:status | db:provision` for the local development Neo4j. */
import { loadConfig } from '../src/config/config';
import { devInstance } from './local-instance';
import { provision } from './neo4j/provision';
import { runCli } from './run-cli';

runCli(async () => {
  const config = loadConfig();
  const command = process.argv[2];
  if (config.neo4j.uri && command !== 'provision') {
    console.log(`NEO4J_URI is set (${config.neo4j.uri}): ecograph uses that server and starts nothing.`);
    return;
  }
  const server = devInstance(config);
  switch (command) {
    case 'provision':
      provision(config.local.home);
      return;
    case 'start': {
      const { uri, user } = await server.start();
      console.log(`Neo4j is up at ${uri} (user ${user}, password in ${config.local.home}/instances/dev/password)`);
      return;
    }
    case 'stop':
      console.log((await server.stop()) ? 'Neo4j stopped.' : 'Neo4j was not running.');
      return;
    case 'status': {
      const pid = server.runningPid();
      console.log(pid ? `Neo4j is running (pid ${pid}) at ${server.boltUri}` : 'Neo4j is not running.');
      process.exitCode = pid ? 0 : 3;
      return;
    }
    default:
      throw new Error(`Unknown command "${command ?? ''}": use start, stop, status or provision.`);
  }
});
