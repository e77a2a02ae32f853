/**
 * `ecograph serve`: the production server, as deployed: plain Node running the compiled
 * dist/main.js (compiled first when missing or stale) against the Neo4j named by NEO4J_URI.
 * Signals are passed on, so Ctrl-C / SIGTERM drain it as they would the deployed process.
 */
import { spawn } from 'node:child_process';
import type { Command } from 'commander';
import { ensureServerBuild, SERVER_ENTRY } from '../../build/server';

async function serve(): Promise<void> {
  ensureServerBuild((line) => console.error(line));
  const child = spawn(process.execPath, [SERVER_ENTRY], { stdio: 'inherit' });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  const code = await new Promise<number>((resolve) => {
    child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 128 + 15 : 1)));
  });
  process.off('SIGINT', forward);
  process.off('SIGTERM', forward);
  process.exitCode = code;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the compiled production server (dist/main.js) against NEO4J_URI; builds it when stale')
    .action(serve);
}
