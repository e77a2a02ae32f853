/**
 * The `ecograph` command line (docs/cli.md): one program, one module per command. Exit codes:
 * 0 done, 1 failed, 2 wrong usage (with what to fix), 3 a server is not running (`status`).
 */
import { Command, CommanderError } from 'commander';
import { registerAuth } from './commands/auth';
import { registerBuild } from './commands/build';
import { registerDb } from './commands/db';
import { registerExport } from './commands/export';
import { registerImport } from './commands/import';
import { registerKpis } from './commands/kpis';
import { registerMigrate } from './commands/migrate';
import { registerRedis } from './commands/redis';
import { registerSeed } from './commands/seed';
import { registerServe } from './commands/serve';
import { registerStart } from './commands/start';
import { EXIT, UsageError } from './usage-error';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- package.json is not a module
const { version } = require('../../package.json') as { version: string };

export function buildProgram(): Command {
  const program = new Command('ecograph')
    .description('Map and measure AI partnership ecosystems: Neo4j graph, GraphQL API, explorer, KPIs.')
    .version(version)
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ sortSubcommands: false, showGlobalOptions: true });
  registerStart(program);
  registerServe(program);
  registerBuild(program);
  registerDb(program);
  registerRedis(program);
  registerMigrate(program);
  registerSeed(program);
  registerKpis(program);
  registerImport(program);
  registerExport(program);
  registerAuth(program);
  // Every command, nested ones too, reports usage errors by throwing instead of exiting.
  const override = (command: Command) => {
    command.exitOverride();
    command.commands.forEach(override);
  };
  override(program);
  return program;
}

/** Runs the command line; resolves to the exit code (long-running commands resolve once started). */
export async function runProgram(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed the message (or the help / version, exit code 0) already.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    return error instanceof UsageError ? EXIT.usage : EXIT.failed;
  }
}
