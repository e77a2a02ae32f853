/** `npm run redis:start | redis:stop | redis:status | redis:provision` for the local development Redis. */
import { loadConfig } from '../src/config/config';
import { devRedis } from './local-instance';
import { provisionRedis } from './redis/provision';
import { runCli } from './run-cli';

runCli(async () => {
  const config = loadConfig();
  const command = process.argv[2];
  const server = devRedis(config);
  switch (command) {
    case 'provision': {
      const { version, server: binary, source } = provisionRedis(config.local.home);
      console.log(`redis-server ${version} (${source}): ${binary}`);
      return;
    }
    case 'start': {
      const { url } = await server.start();
      console.log(`Redis is up at ${url}`);
      return;
    }
    case 'stop':
      console.log((await server.stop()) ? 'Redis stopped.' : 'Redis was not running.');
      return;
    case 'status': {
      const running = server.running();
      console.log(running ? `Redis is running (pid ${running.pid}) at ${running.url}` : 'Redis is not running.');
      process.exitCode = running ? 0 : 3;
      return;
    }
    default:
      throw new Error(`Unknown command "${command ?? ''}": use start, stop, status or provision.`);
  }
});
