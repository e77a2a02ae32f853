/**
 * Builds the explorer (web/ → web/dist) when the build is missing or stale. "Stale" is decided
 * by a hash of everything the build reads (sources, index.html, public files, configs, the
 * lockfile), stamped into web/dist/.build-stamp: timestamps lie after a checkout, a hash does not.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { filesUnder, hashFiles, REPO_ROOT, stampMatches, writeStamp } from '../build/stamp';

export { REPO_ROOT };
export const WEB_DIR = path.join(REPO_ROOT, 'web');
export const WEB_DIST = path.join(WEB_DIR, 'dist');
const STAMP = path.join(WEB_DIST, '.build-stamp');
const INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'tsconfig.json', 'package.json'];
/** Files outside web/ the explorer imports (the domain vocabulary's lifecycle order). */
const SHARED_INPUTS = ['src/domain/vocabulary.ts'];

/** Hash of the build's inputs (paths and contents). */
export function webSourceHash(): string {
  return hashFiles([
    ...INPUTS.flatMap((input) => filesUnder(path.join(WEB_DIR, input))),
    ...SHARED_INPUTS.map((input) => path.join(REPO_ROOT, input)),
    path.join(REPO_ROOT, 'package-lock.json'),
  ]);
}

export function webBuildIsCurrent(hash = webSourceHash()): boolean {
  return stampMatches(STAMP, hash, path.join(WEB_DIST, 'index.html'));
}

/** Runs `vite build` unless the stamped build matches the sources; returns whether it built. */
export function ensureWebBuild(log: (line: string) => void = console.log, force = false): boolean {
  const hash = webSourceHash();
  if (!force && webBuildIsCurrent(hash)) return false;
  log(fs.existsSync(WEB_DIST) ? 'the explorer build is stale: rebuilding web/' : 'building the explorer (web/)');
  const started = Date.now();
  const vite = path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: WEB_DIR,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) {
    throw new Error(`building the explorer failed (vite build exited ${result.status ?? result.signal}): see above`);
  }
  writeStamp(STAMP, hash);
  log(`explorer built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}
