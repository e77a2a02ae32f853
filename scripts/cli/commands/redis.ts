/** `ecograph redis start|stop|status|provision`: the local Redis for running replicas side by side. */
import type { Command } from 'commander';
import { loadConfig } from '../../../src/config/config';
import { devRedis } from '../../local-instance';
import { provisionRedis } from '../../redis/provision';
import { report } from '../options';
import { EXIT } from '../usage-error';

export function registerRedis(program: Command): void {
  const redis = program.command('redis').description("a local Redis (Debian's redis-server), for replicas");
  redis
    .command('start')
    .description('start the local Redis')
    .action(async () => {
      const { url } = await devRedis(loadConfig()).start();
      console.log(`Redis is up at ${url}`);
    });
  redis
    .command('stop')
    .description('stop the local Redis')
    .action(async () => {
      console.log((await devRedis(loadConfig()).stop()) ? 'Redis stopped.' : 'Redis was not running.');
    });
  redis
    .command('status')
    .description(`is the local Redis running? (exit code ${EXIT.notRunning} when not)`)
    .option('--json', 'print {running, pid, url} as JSON')
    .action((options: { json?: boolean }) => {
      const running = devRedis(loadConfig()).running();
      report(
        options.json,
        { running: Boolean(running), pid: running?.pid ?? null, url: running?.url ?? null },
        running ? `Redis is running (pid ${running.pid}) at ${running.url}` : 'Redis is not running.',
      );
      if (!running) process.exitCode = EXIT.notRunning;
    });
  redis
    .command('provision')
    .description("install Debian's redis-server into ECOGRAPH_HOME (once)")
    .action(() => {
      const { version, server, source } = provisionRedis(loadConfig().local.home);
      console.log(`redis-server ${version} (${source}): ${server}`);
    });
}
