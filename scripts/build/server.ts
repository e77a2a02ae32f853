/**
 * The API's production build (src/ → dist/, `npm run build`), made when missing or stale so
 * `ecograph serve` always runs the sources you have. Stamped like the explorer's build.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { filesUnder, hashFiles, REPO_ROOT, stampMatches, writeStamp } from './stamp';

export const SERVER_DIST = path.join(REPO_ROOT, 'dist');
export const SERVER_ENTRY = path.join(SERVER_DIST, 'main.js');
const STAMP = path.join(SERVER_DIST, '.build-stamp');
const INPUTS = ['src', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

export function serverSourceHash(): string {
  return hashFiles(INPUTS.flatMap((input) => filesUnder(path.join(REPO_ROOT, input))));
}

/** Compiles src/ unless the stamped build matches it (or `force`); returns whether it built. */
export function ensureServerBuild(log: (line: string) => void = console.log, force = false): boolean {
  const hash = serverSourceHash();
  if (!force && stampMatches(STAMP, hash, SERVER_ENTRY)) return false;
  log(fs.existsSync(SERVER_ENTRY) ? 'the API build is stale: recompiling src/' : 'compiling the API (src/ → dist/)');
  const started = Date.now();
  fs.rmSync(SERVER_DIST, { recursive: true, force: true });
  const tsc = path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) {
    throw new Error(`compiling the API failed (tsc exited ${result.status ?? result.signal}): see above`);
  }
  writeStamp(STAMP, hash);
  log(`API compiled in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}
