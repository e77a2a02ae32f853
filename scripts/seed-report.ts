/**
 * `npm run seed:report [-- --sizes small,medium[,large]] [--seed N] [--anchor YYYY-MM-DD]`
 *
 * Generates each demo ecosystem with the calibrated generator and with the baseline
 * (scripts/seed-baseline.ts), computes the KPIs in process (scripts/seed-kpis.ts) and prints
 * the before/after Markdown table of docs/demo-data.md. No database is needed: the same
 * definitions as the API, applied to the generated rows.
 */
import { parseArgs } from 'node:util';
import { SEED_SIZES, type SeedSize } from '../src/seed/profiles';
import { parseAnchor } from '../src/seed/time';
import { BASELINE_COMMIT, currentGenerator, loadBaselineGenerator, type SizedGenerator } from './seed-baseline';
import { seedKpis, type SeedKpis } from './seed-kpis';

const ROWS: [keyof SeedKpis, string, number][] = [
  ['participants', 'participants', 0],
  ['partnerships', 'partnerships', 0],
  ['nodes', 'nodes written', 0],
  ['relationships', 'relationships written', 0],
  ['collaborators', 'participants in C (not EXITED)', 0],
  ['ties', 'ties in C', 0],
  ['averageDegree', 'average degree', 2],
  ['components', 'components', 0],
  ['largestComponentShare', 'largest component share', 3],
  ['isolatedShare', 'isolated share', 3],
  ['transitivity', 'transitivity', 3],
  ['averageClustering', 'average clustering', 3],
  ['modularity', 'modularity (Louvain)', 3],
  ['communities10', 'communities of 10+', 0],
  ['maxDegree', 'max degree', 0],
  ['medianDegree', 'median degree (connected)', 0],
  ['articulationPoints', 'articulation points', 0],
  ['largestCutOff', 'largest cut-off of one articulation point', 0],
  ['resilience', 'resilience', 3],
  ['valueGini', 'Gini of value per partnership', 3],
  ['valueTop10', 'value share of the top 10 % partnerships', 3],
  ['terminated', 'partnerships TERMINATED', 0],
  ['exited', 'participants EXITED', 0],
  ['activeShare', 'active share (90 days)', 3],
  ['churn', 'churn (90 days)', 3],
  ['engagementTrend', 'engagement trend (90 days)', 2],
  ['healthScore', 'health score', 1],
];

function format(value: number | null, digits: number): string {
  if (value === null) return '–';
  return digits === 0 ? Math.round(value).toLocaleString('en-US') : value.toFixed(digits);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: 'small,medium' },
      seed: { type: 'string', default: '42' },
      anchor: { type: 'string', default: '2026-06-30' },
    },
  });
  const sizes = values.sizes.split(',') as SeedSize[];
  const bad = sizes.filter((size) => !(SEED_SIZES as readonly string[]).includes(size));
  if (bad.length > 0) throw new RangeError(`--sizes takes small, medium, large (got ${bad.join(', ')})`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0) throw new RangeError(`--seed must be an integer ≥ 0 (got ${values.seed})`);
  const anchor = parseAnchor(values.anchor);
  if (anchor === undefined) throw new RangeError(`--anchor must be a date YYYY-MM-DD (got ${values.anchor})`);

  const generators: [string, SizedGenerator][] = [
    ['before', await loadBaselineGenerator()],
    ['after', currentGenerator],
  ];
  const columns: { title: string; kpis: SeedKpis }[] = [];
  for (const size of sizes) {
    for (const [when, generate] of generators) {
      console.error(`${size} ${when}...`);
      const kpis = await seedKpis(generate({ size, seed, anchor }, 5_000), anchor);
      columns.push({ title: `${size} ${when}`, kpis });
    }
  }
  console.log(`Seed ${seed}, anchor ${values.anchor}; before = generator at ${BASELINE_COMMIT.slice(0, 7)}.\n`);
  console.log(`| KPI | ${columns.map((c) => c.title).join(' | ')} |`);
  console.log(`| --- | ${columns.map(() => '---:').join(' | ')} |`);
  for (const [key, label, digits] of ROWS) {
    console.log(`| ${label} | ${columns.map((c) => format(c.kpis[key], digits)).join(' | ')} |`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
