/**
 * "Is this build current?" decided by a hash of everything the build reads, stamped next to
 * its output: timestamps lie after a checkout, a hash does not. Used by the explorer's build
 * (web/build.ts) and the API's production build (build/server.ts).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

export function filesUnder(target: string): string[] {
  if (!fs.existsSync(target)) return [];
  if (fs.statSync(target).isFile()) return [target];
  return fs
    .readdirSync(target, { withFileTypes: true })
    .flatMap((entry) => filesUnder(path.join(target, entry.name)))
    .sort();
}

/** Hash of the files' paths (relative to the repository) and contents. */
export function hashFiles(files: readonly string[]): string {
  const hash = crypto.createHash('sha256');
  for (const file of files) {
    hash.update(path.relative(REPO_ROOT, file));
    hash.update('\0');
    hash.update(fs.readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** True when `stamp` holds `hash` and the build's main output exists. */
export function stampMatches(stamp: string, hash: string, output: string): boolean {
  try {
    return fs.readFileSync(stamp, 'utf8').trim() === hash && fs.existsSync(output);
  } catch {
    return false;
  }
}

export function writeStamp(stamp: string, hash: string): void {
  fs.writeFileSync(stamp, `${hash}\n`);
}
