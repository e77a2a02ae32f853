/**
 * The explorer's build for browser tests and the web benchmark: `npm run web:build` when
 * web/dist is missing or older than any source file (a test never runs a stale bundle).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const WEB = path.join(__dirname, '..', '..', '..', 'web');

function newest(dir: string): number {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return latest;
}

export function ensureWebBuild(): string {
  const dist = path.join(WEB, 'dist');
  const index = path.join(dist, 'index.html');
  const sources = Math.max(newest(path.join(WEB, 'src')), fs.statSync(path.join(WEB, 'index.html')).mtimeMs);
  if (!fs.existsSync(index) || fs.statSync(index).mtimeMs < sources) {
    execFileSync('npm', ['run', 'web:build'], { cwd: path.join(WEB, '..'), stdio: 'ignore' });
  }
  return dist;
}
