/**
 * Scale of the graphology engine: compute() time and peak RSS on synthetic heavy-tailed
 * collaboration graphs (10k nodes / 50k edges, 100k nodes / 500k edges), exact vs sampled
 * betweenness. No database. Each case runs in its own child process so that its peak RSS
 * is its own. Run alone with `npx tsx bench/centrality-scale.bench.ts [--full]` (`--full`
 * adds exact betweenness on 100k nodes, which takes tens of minutes).
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import type { CollaborationEdge, CollaborationGraph } from '../src/kpi/collaboration-graph';
import { GraphologyEngine } from '../src/kpi/graphology-engine';
import { Random, cumulative } from '../src/seed/random';

interface Case {
  nodes: number;
  edges: number;
  exact: boolean;
}

interface CaseResult extends Case {
  components: number;
  largestShare: number;
  sampleSize: number;
  buildMs: number;
  computeMs: number;
  baselineRssMb: number;
  peakRssMb: number;
}

/**
 * Chung–Lu graph with power-law expected degrees (exponent 2.5): a few hubs, a long tail,
 * some isolated participants and small islands, like a real partnership network. Edge
 * weights (shared partnerships) are 1 + a geometric count.
 */
export function syntheticGraph(nodes: number, edges: number, seed = 7): CollaborationGraph {
  const random = Random.seeded(seed);
  const ids = Array.from({ length: nodes }, () => random.uuid()).sort();
  const expected = ids.map((_, i) => Math.pow(i + 10, -1 / 1.5));
  const order = random.sample(
    ids.map((_, i) => i),
    nodes,
  ); // hubs spread over the id range
  const weights = cumulative(order.map((i) => expected[i] ?? 0));
  const seen = new Set<number>();
  const list: CollaborationEdge[] = [];
  while (list.length < edges) {
    const a = order[random.weightedIndex(weights)] ?? 0;
    const b = order[random.weightedIndex(weights)] ?? 0;
    if (a === b) continue;
    const [u, v] = a < b ? [a, b] : [b, a];
    if (seen.has(u * nodes + v)) continue;
    seen.add(u * nodes + v);
    let weight = 1;
    while (random.chance(0.35)) weight++;
    list.push({ source: ids[u] ?? '', target: ids[v] ?? '', weight });
  }
  list.sort((x, y) => (x.source < y.source ? -1 : x.source > y.source ? 1 : x.target < y.target ? -1 : 1));
  return { nodes: ids.map((id) => ({ id, kind: 'COMPANY', sector: 'AI', region: 'EU' })), edges: list };
}

async function runCase(spec: Case): Promise<CaseResult> {
  let start = performance.now();
  const graph = syntheticGraph(spec.nodes, spec.edges);
  const buildMs = performance.now() - start;
  global.gc?.();
  const baselineRssMb = process.memoryUsage().rss / 2 ** 20;
  const engine = new GraphologyEngine(
    spec.exact ? { exactBetweennessMaxNodes: Number.POSITIVE_INFINITY } : { exactBetweennessMaxNodes: 0 },
  );
  start = performance.now();
  const result = await engine.compute(graph);
  const computeMs = performance.now() - start;
  return {
    ...spec,
    components: result.network.components,
    largestShare: result.network.largestComponentShare,
    sampleSize: result.betweenness.sampleSize,
    buildMs,
    computeMs,
    baselineRssMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

export async function centralityScaleBench(full = process.argv.includes('--full')): Promise<string> {
  const cases: Case[] = [
    { nodes: 10_000, edges: 50_000, exact: true },
    { nodes: 10_000, edges: 50_000, exact: false },
    { nodes: 100_000, edges: 500_000, exact: false },
    ...(full ? [{ nodes: 100_000, edges: 500_000, exact: true }] : []),
  ];
  const rows = cases.map((spec) => {
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, '--expose-gc', __filename, '--case', JSON.stringify(spec)],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      },
    );
    if (child.status !== 0) throw new Error(`case ${JSON.stringify(spec)} failed:\n${child.stderr}`);
    const r = JSON.parse(child.stdout) as CaseResult;
    return [
      `${r.nodes} / ${r.edges}`,
      r.exact ? 'exact' : `sampled (${r.sampleSize})`,
      `${r.components} (${(100 * r.largestShare).toFixed(1)} %)`,
      (r.computeMs / 1000).toFixed(2),
      r.baselineRssMb.toFixed(0),
      r.peakRssMb.toFixed(0),
    ];
  });
  return `### graphology engine: compute() on synthetic heavy-tailed graphs\n\n${table(
    ['nodes / edges', 'betweenness', 'components (largest)', 'compute (s)', 'RSS before (MB)', 'peak RSS (MB)'],
    rows,
  )}`;
}

/** Markdown table (support.ts has one, but importing it loads the whole app into the measured process). */
function table(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

if (require.main === module) {
  const at = process.argv.indexOf('--case');
  const task =
    at >= 0
      ? runCase(JSON.parse(process.argv[at + 1] ?? '{}') as Case).then((r) => JSON.stringify(r))
      : centralityScaleBench();
  task.then(
    (out) => console.log(out),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
