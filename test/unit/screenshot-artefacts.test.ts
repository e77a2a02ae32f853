/**
 * Tests and benchmarks save screenshots as artefacts in an ignored directory, so `npm test` on
 * a clean clone leaves `git status` empty; only `npm run screenshots` writes docs/screenshots/.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PUBLISHED_SCREENSHOTS, REPO_ROOT, SCREENSHOT_ARTEFACTS } from '../../scripts/screenshots/artefacts';

const git = (...args: string[]) => execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' });

/** Every TypeScript file below a folder of the repository. */
function sources(folder: string): string[] {
  return fs
    .readdirSync(path.join(REPO_ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(REPO_ROOT, folder, name));
}

describe('screenshot artefacts', () => {
  it('land in a directory git ignores and tracks nothing in', () => {
    const probe = path.relative(REPO_ROOT, path.join(SCREENSHOT_ARTEFACTS, 'overview.png'));
    expect(git('check-ignore', probe).trim()).toBe(probe);
    expect(git('ls-files', path.relative(REPO_ROOT, SCREENSHOT_ARTEFACTS)).trim()).toBe('');
  });

  it('are never written to docs/screenshots by the browser tests or the benchmarks', () => {
    const writers = [...sources('test/browser'), ...sources('bench')].filter((file) => {
      const text = fs.readFileSync(file, 'utf8');
      return /['"]docs['"],\s*['"]screenshots['"]|docs\/screenshots\/[\w-]+\.png['"`]\s*\)/.test(text);
    });
    expect(writers).toEqual([]);
  });

  it('are published from tracked README images, which exist', () => {
    const published = fs.readdirSync(PUBLISHED_SCREENSHOTS).filter((name) => name.endsWith('.png'));
    expect(published).toContain('overview.png');
    const tracked = git('ls-files', path.relative(REPO_ROOT, PUBLISHED_SCREENSHOTS)).trim().split('\n');
    expect(tracked.map((file) => path.basename(file)).sort()).toEqual(published.sort());
  });
});
