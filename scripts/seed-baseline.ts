/**
 * The seed generator as it was before the calibration of issue 17 (commit BASELINE_COMMIT),
 * for side-by-side comparisons only (`npm run seed:report`, `npm run bench -- seed`). Its
 * src/seed folder is extracted from git into the git-ignored .ecograph/ folder (inside the
 * repository, so that it resolves the project's node_modules) and imported from there:
 * the baseline is the exact old code (its own size profiles included), not a copy kept alive
 * in the tree.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateBatches, type Batch } from '../src/seed/batches';
import { sizeProfile, type SeedSize, type SizeProfile } from '../src/seed/profiles';

/** The last commit with the uncalibrated generator (an ecosystem of islands). */
export const BASELINE_COMMIT = '6be46db9b839ecac83c3b372f3979877ebd4f502';

const ROOT = path.resolve(__dirname, '..');

/** A generator with its own size profiles: (size, seed, anchor) → batches. */
export type SizedGenerator = (
  options: { size: SeedSize; seed: number; anchor: number },
  batchSize: number,
) => Iterable<Batch>;

export async function loadBaselineGenerator(): Promise<SizedGenerator> {
  const dir = path.join(ROOT, '.ecograph', 'seed-baseline', BASELINE_COMMIT.slice(0, 12));
  const entry = path.join(dir, 'src', 'seed', 'batches.ts');
  if (!fs.existsSync(entry)) {
    const archive = execFileSync('git', ['archive', '--format=tar', BASELINE_COMMIT, 'src/seed'], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    fs.mkdirSync(dir, { recursive: true });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
  }
  type Batches = (options: { seed: number; profile: SizeProfile; anchor: number }, size: number) => Iterable<Batch>;
  const batches = (await import(pathToFileURL(entry).href)) as { generateBatches: Batches };
  const profiles = (await import(pathToFileURL(path.join(dir, 'src', 'seed', 'profiles.ts')).href)) as {
    sizeProfile: (size: SeedSize) => SizeProfile;
  };
  return ({ size, seed, anchor }, batchSize) =>
    batches.generateBatches({ seed, profile: profiles.sizeProfile(size), anchor }, batchSize);
}

/** The current generator, in the same shape. */
export const currentGenerator: SizedGenerator = ({ size, seed, anchor }, batchSize) =>
  generateBatches({ seed, profile: sizeProfile(size), anchor }, batchSize);
