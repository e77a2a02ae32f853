/**
 * Installs the peer (bench/peers: the Neo4j GraphQL Library on Apollo Server) on demand, from
 * its own lockfile, into bench/peers/node_modules (git-ignored). The root project never
 * depends on it: only `npm run bench -- peers` calls this.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const PEER_DIR = path.resolve(__dirname, 'peers');

interface PackageJson {
  version: string;
  dependencies?: Record<string, string>;
}

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as PackageJson;

/** The installed version of a peer dependency, or undefined when missing. */
export function installedVersion(name: string): string | undefined {
  const file = path.join(PEER_DIR, 'node_modules', name, 'package.json');
  return fs.existsSync(file) ? readJson(file).version : undefined;
}

/** Runs `npm ci` in bench/peers unless every pinned dependency is already installed at its version. */
export function ensurePeerInstalled(log: (line: string) => void): void {
  const wanted = readJson(path.join(PEER_DIR, 'package.json')).dependencies ?? {};
  const stale = Object.entries(wanted).filter(([name, version]) => installedVersion(name) !== version);
  if (stale.length === 0) return;
  log(`installing the peer (${stale.map(([name, version]) => `${name}@${version}`).join(', ')}) in ${PEER_DIR}...`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // npm's output goes to stderr: stdout carries the bench's tables.
  execFileSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: PEER_DIR, stdio: ['ignore', 2, 2] });
}
