/**
 * `ecograph build [--only api|web] [--if-stale]`: the production builds — the API compiled to
 * dist/ (what `npm run serve` / `ecograph serve` run) and the explorer to web/dist (served at
 * `/`). Each is stamped with a hash of its sources; `--if-stale` skips a build that matches.
 */
import { Option, type Command } from 'commander';
import { ensureServerBuild } from '../../build/server';
import { ensureWebBuild } from '../../web/build';
import { oneOf } from '../options';

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('compile the API (src/ → dist/) and build the explorer (web/ → web/dist)')
    .addOption(
      new Option('--only <part>', 'build only the api or the web explorer').argParser(oneOf(['api', 'web'] as const)),
    )
    .option('--if-stale', 'only when the sources changed since the last build', false)
    .action((options: { only?: 'api' | 'web'; ifStale: boolean }) => {
      const force = !options.ifStale;
      if (options.only !== 'web' && !ensureServerBuild(console.log, force)) console.log('the API build is current');
      if (options.only !== 'api' && !ensureWebBuild(console.log, force)) console.log('the explorer build is current');
    });
}
