/**
 * Seed throughput, the calibrated generator against the baseline one (src/seed at
 * BASELINE_COMMIT, scripts/seed-baseline.ts), in the same run on the same Neo4j: each size is
 * written alternately with both, several rounds, through the same writer (one UNWIND batch of
 * 5,000 rows per write transaction, generation overlapping the writes). Reported: nodes/s and
 * relationships/s (median over the rounds) and their ratio new / baseline. The two write
 * different graphs (the calibrated one has 2.7 times the partnerships), so rates, not times,
 * are compared.
 */
import { Gateway } from '../src/db/gateway';
import { deleteData } from '../src/seed/database';
import type { SeedSize } from '../src/seed/profiles';
import { writeBatches } from '../src/seed/writer';
import { parseAnchor } from '../src/seed/time';
import {
  BASELINE_COMMIT,
  currentGenerator,
  loadBaselineGenerator,
  type SizedGenerator,
} from '../scripts/seed-baseline';
import { percentile, startBenchEnvironment, table } from './support';

const ROUNDS: Record<SeedSize, number> = { small: 5, medium: 3, large: 1 };
const BATCH_SIZE = 5_000;

export async function seedBench(
  sizes: SeedSize[] = process.argv.includes('--large') ? ['small', 'medium', 'large'] : ['small', 'medium'],
): Promise<string> {
  const anchor = parseAnchor('2026-06-30') as number;
  const generators: [string, SizedGenerator][] = [
    ['baseline', await loadBaselineGenerator()],
    ['calibrated', currentGenerator],
  ];
  const env = await startBenchEnvironment();
  const rows: (string | number)[][] = [];
  try {
    const gateway = new Gateway(env.app.driver, { database: 'neo4j', queryTimeoutMs: 3_600_000 });
    for (const size of sizes) {
      const rates = new Map<string, { nodes: number[]; relationships: number[]; written: string }>();
      for (let round = 0; round < ROUNDS[size]; round += 1) {
        for (const [name, generate] of generators) {
          await deleteData(gateway);
          const result = await writeBatches(gateway, generate({ size, seed: 21 + round, anchor }, BATCH_SIZE));
          const seconds = result.elapsedMs / 1000;
          const entry = rates.get(name) ?? { nodes: [], relationships: [], written: '' };
          entry.nodes.push(result.nodes / seconds);
          entry.relationships.push(result.relationships / seconds);
          entry.written = `${result.nodes.toLocaleString('en-US')} nodes, ${result.relationships.toLocaleString('en-US')} rels`;
          rates.set(name, entry);
          console.error(`[seed] ${size} ${name} round ${round + 1}: ${seconds.toFixed(1)} s`);
        }
      }
      const median = (name: string, key: 'nodes' | 'relationships') => percentile(rates.get(name)?.[key] ?? [], 50);
      for (const [name] of generators) {
        rows.push([
          `${size} ${name} (${rates.get(name)?.written ?? ''})`,
          median(name, 'nodes'),
          median(name, 'relationships'),
          median(name, 'nodes') / median('baseline', 'nodes'),
          median(name, 'relationships') / median('baseline', 'relationships'),
        ]);
      }
    }
  } finally {
    await env.close();
  }
  return [
    `Seed throughput, calibrated vs baseline (${BASELINE_COMMIT.slice(0, 7)}), median of ${sizes
      .map((size) => `${ROUNDS[size]} ${size}`)
      .join(' / ')} rounds, same Neo4j, batches of ${BATCH_SIZE} rows`,
    table(['generator (graph written)', 'nodes/s', 'relationships/s', 'nodes/s ratio', 'relationships/s ratio'], rows),
  ].join('\n\n');
}
