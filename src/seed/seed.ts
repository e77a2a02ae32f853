/**
 * Seeds the demo ecosystem into a database (used by `npm run seed` and `npm start`):
 * generates it for a size, seed and anchor date, writes it batch by batch, then checks
 * that the database gained exactly what the generator produced — a MATCH that found
 * nothing would otherwise drop rows silently.
 */
import type { Gateway } from '../db/gateway';
import { graphCounts } from './database';
import { generateBatches } from './batches';
import { sizeProfile, type SeedSize, type SizeProfile } from './profiles';
import { formatDuration, progressLine, throughput } from './progress';
import type { GraphKey, Tally } from './statements';
import { parseAnchor, todayUtc } from './time';
import { writeBatches, type Progress, type WriteResult } from './writer';

export interface SeedOptions {
  size: SeedSize;
  seed: number;
  /** YYYY-MM-DD, the last day of the generated history; default today (UTC). */
  anchor?: string;
  /** Rows per UNWIND batch (one write transaction each). */
  batchSize?: number;
  /** Progress and summary lines; without `onProgress`, a progress line every 5 s. */
  log?: (line: string) => void;
  onProgress?: (progress: Progress) => void;
}

export interface SeedReport extends WriteResult {
  size: SeedSize;
  seed: number;
  anchor: string;
  profile: SizeProfile;
}

export const DEFAULT_BATCH_SIZE = 5_000;

export class SeedVerificationError extends Error {
  override name = 'SeedVerificationError';
}

function differences(expected: Tally, before: Tally, after: Tally): string[] {
  const problems: string[] = [];
  for (const [key, count] of Object.entries(expected) as [GraphKey, number][]) {
    const gained = (after[key] ?? 0) - (before[key] ?? 0);
    if (gained !== count) problems.push(`${key}: generated ${count}, database gained ${gained}`);
  }
  return problems;
}

export async function seedDemoEcosystem(gateway: Gateway, options: SeedOptions): Promise<SeedReport> {
  const anchorText = options.anchor ?? todayUtc();
  const anchor = parseAnchor(anchorText);
  if (anchor === undefined) throw new RangeError(`anchor must be a date YYYY-MM-DD (got "${anchorText}")`);
  const profile = sizeProfile(options.size);
  const log = options.log ?? (() => undefined);
  const sink = options.onProgress ? undefined : progressLine({ log });
  const onProgress = options.onProgress ?? ((progress: Progress) => sink?.update(progress));

  const before = await graphCounts(gateway);
  const batches = generateBatches({ seed: options.seed, profile, anchor }, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const result = await writeBatches(gateway, batches, onProgress);
  sink?.finish();
  const problems = differences(result.tally, before, await graphCounts(gateway));
  if (problems.length > 0) {
    throw new SeedVerificationError(`The seeded graph does not match the generated one:\n  ${problems.join('\n  ')}`);
  }
  log(
    `seeded the ${options.size} ecosystem (seed ${options.seed}, anchor ${anchorText}): ` +
      `${result.nodes.toLocaleString('en-US')} nodes and ${result.relationships.toLocaleString('en-US')} relationships ` +
      `in ${formatDuration(result.elapsedMs)} (${throughput(result.nodes, result.relationships, result.elapsedMs)})`,
  );
  return { ...result, size: options.size, seed: options.seed, anchor: anchorText, profile };
}
