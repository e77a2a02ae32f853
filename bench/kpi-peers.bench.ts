/**
 * `npm run bench -- kpis --peers [--large]` (issue 15): the whole structural KPI set of the
 * collaboration graph C, the in-process engine against python-igraph and NetworkX on the same
 * graph, interleaved in rounds in one run (ours, igraph, NetworkX, ours, ...), reported as
 * ratios; then the sampled betweenness checked against igraph's exact betweenness.
 *
 * Like for like (docs/kpis.md, "Against python-igraph and NetworkX"):
 * - the same C (seeded, read from Neo4j once, written to a file the Python side reads); ours is
 *   timed from C's arrays in memory, the peers from the file's lists in memory: building each
 *   library's graph is timed, reading C from Neo4j and the file is not;
 * - the same definitions and outputs (kpis.py); where the engine samples betweenness (above
 *   EXACT_BETWEENNESS_MAX_NODES participants), the peers get the engine's own sampled sources:
 *   the same number of traversals, the same estimate;
 * - the peers do not compute what each articulation point or bridge would cut off (neither
 *   library has it), the engine does: the comparison favours the peers there.
 * NetworkX runs in the first round only (one round takes minutes: exact betweenness and
 * closeness in pure Python on the medium seed); `--skip-networkx-large` leaves it out on the
 * large seed. `--skip-medium` (with `--large`) runs the large seed alone, `--skip-exact` leaves out
 * igraph's exact betweenness and the sampling check; PEERS_ROUNDS sets the
 * number of rounds (3). The rounds start once Neo4j has finished populating indexes after the
 * seed.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import readline from 'node:readline';
import { Gateway } from '../src/db/gateway';
import { loadCollaborationGraph, type CollaborationGraph } from '../src/kpi/collaboration-graph';
import { BETWEENNESS_SAMPLE_SIZE, communityRuns, EXACT_BETWEENNESS_MAX_NODES } from '../src/kpi/definitions';
import type { GraphAnalytics } from '../src/kpi/engine';
import { DEFAULT_SEED, GraphologyEngine } from '../src/kpi/graphology-engine';
import { componentsOfCsr } from '../src/kpi/graphology/components';
import { toCsr } from '../src/kpi/graphology/csr';
import { buildGraph } from '../src/kpi/graphology/graph';
import { planSources } from '../src/kpi/graphology/source-sampling';
import { deleteData, settleAfterWrites } from '../src/seed/database';
import type { SeedSize } from '../src/seed/profiles';
import { seedDemoEcosystem } from '../src/seed/seed';
import { ensurePythonPeers, PYTHON_PEERS_DIR } from './kpi-peers-install';
import { CLEAN_UP_TIMEOUT_MS } from './kpis.bench';
import { percentile, startBenchEnvironment, table } from './support';

type Library = 'igraph' | 'networkx';
type Mode = 'exact' | 'sampled';

interface PeerRequest {
  library: Library;
  betweenness: Mode;
  closeness: Mode;
  values?: boolean;
}

interface PeerSummary {
  nodeCount: number;
  edgeCount: number;
  transitivity: number;
  averageClustering: number;
  components: number;
  largestComponentShare: number;
  modularity: number;
  articulationPoints: number;
  bridges: number;
  resilience: number;
}

const VALUE_METRICS = ['degree', 'weightedDegree', 'pageRank', 'betweenness', 'closeness', 'eigenvector'] as const;
type ValueMetric = (typeof VALUE_METRICS)[number];

interface PeerAnswer {
  ms: number;
  summary: PeerSummary;
  values?: Record<ValueMetric, number[]>;
}

/** What the Python side is given: C in the engine's node order, and the engine's sources. */
interface GraphFile {
  nodes: string[];
  pairs: [number, number][];
  weights: number[];
  betweennessSources: number[];
  closenessSources: number[];
  communityRuns: number;
}

/** One long-lived Python process per seed answering one request per line (kpis.py). */
class PythonPeers {
  private readonly lines: AsyncIterator<string>;

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    readonly versions: Record<string, string>,
    lines: AsyncIterator<string>,
  ) {
    this.lines = lines;
  }

  static async start(python: string, graphFile: string): Promise<PythonPeers> {
    const child = spawn(python, [path.join(PYTHON_PEERS_DIR, 'kpis.py'), graphFile], { stdio: 'pipe' });
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(`[kpis.py] ${chunk.toString()}`));
    const lines = readline.createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const first = await lines.next();
    if (first.done) throw new Error('kpis.py exited before it started');
    const { versions } = JSON.parse(first.value) as { versions: Record<string, string> };
    return new PythonPeers(child, versions, lines);
  }

  async request(request: PeerRequest): Promise<PeerAnswer> {
    this.child.stdin.write(`${JSON.stringify(request)}\n`);
    const line = await this.lines.next();
    if (line.done) throw new Error(`kpis.py exited while computing ${JSON.stringify(request)}`);
    return JSON.parse(line.value) as PeerAnswer;
  }

  async close(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.stdin.end();
    await exited;
  }
}

/** Writes C and the engine's source plan (same options as GraphologyEngine's defaults). */
function writeGraphFile(graph: CollaborationGraph, file: string): { spec: GraphFile; sampled: boolean; k: number } {
  const csr = toCsr(buildGraph(graph));
  const ids = csr.ids;
  const index = new Map(ids.map((id, i) => [id, i]));
  const plan = planSources(ids.length, componentsOfCsr(csr), {
    exactMaxNodes: EXACT_BETWEENNESS_MAX_NODES,
    sampleSize: BETWEENNESS_SAMPLE_SIZE,
    seed: DEFAULT_SEED,
  });
  const spec: GraphFile = {
    nodes: ids,
    pairs: graph.edges.map((edge) => [index.get(edge.source) ?? -1, index.get(edge.target) ?? -1]),
    weights: graph.edges.map((edge) => edge.weight),
    betweennessSources: Array.from(plan.sources.subarray(0, plan.accumulating)),
    closenessSources: Array.from(plan.sources),
    communityRuns: communityRuns(graph.edges.length),
  };
  fs.writeFileSync(file, JSON.stringify(spec));
  return { spec, sampled: plan.betweenness.sampled, k: plan.accumulating };
}

/** Our values per node index (the file's order). */
function ourValues(analytics: GraphAnalytics, ids: string[], metric: ValueMetric): number[] {
  return ids.map((id) => analytics.nodes.get(id)?.[metric] ?? Number.NaN);
}

function maxAbsDifference(a: readonly number[], b: readonly number[]): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
  return worst;
}

/** Top `count` node indices by score (ties by index, i.e. id). */
function top(scores: readonly number[], count: number): number[] {
  return scores
    .map((score, i) => [score, i] as const)
    .sort((x, y) => y[0] - x[0] || x[1] - y[1])
    .slice(0, count)
    .map(([, i]) => i);
}

const sum = (values: readonly number[]) => values.reduce((total, x) => total + x, 0);

/** Sampled (or exact) betweenness against an exact reference. */
function samplingCheck(label: string, ours: GraphAnalytics, ids: string[], exact: number[]): (string | number)[] {
  const estimate = ourValues(ours, ids, 'betweenness');
  const exactTop = new Set(top(exact, 20));
  const overlap = top(estimate, 20).filter((i) => exactTop.has(i)).length;
  const maxError = maxAbsDifference(estimate, exact);
  const bound = ours.betweenness.errorBound ?? Number.NaN;
  return [
    label,
    ours.betweenness.sampled ? `sampled, ${ours.betweenness.sampleSize} sources` : 'exact',
    sum(estimate) / sum(exact),
    `${overlap}/20`,
    maxError.toExponential(2),
    bound.toExponential(2),
    // Exact runs report a bound of 0: allow for floating-point rounding.
    maxError <= bound + 1e-12 ? 'yes' : 'no',
    `${Math.max(...estimate).toFixed(4)} / ${Math.max(...exact).toFixed(4)}`,
  ];
}

/** `--large` adds the large seed to the medium one, `--skip-medium` leaves the medium out. */
function chosenSizes(): SeedSize[] {
  const sizes: SeedSize[] = process.argv.includes('--skip-medium') ? [] : ['medium'];
  if (process.argv.includes('--large')) sizes.push('large');
  return sizes;
}

async function exactReference(peers: PythonPeers, size: string, mode: Mode): Promise<PeerAnswer> {
  console.error(`${size}: igraph's exact betweenness...`);
  const exact = await peers.request({ library: 'igraph', betweenness: 'exact', closeness: mode, values: true });
  console.error(`${size}: igraph with exact betweenness ${(exact.ms / 1000).toFixed(2)} s`);
  return exact;
}

function ratioCell(ours: number[], peer: number[]): string {
  if (peer.length === 0) return 'not run';
  const pairs = peer.map((ms, i) => (ours[i] ?? Number.NaN) / ms);
  const range = pairs.length > 1 ? ` (${Math.min(...pairs).toFixed(2)}–${Math.max(...pairs).toFixed(2)})` : '';
  return `${percentile(pairs, 50).toFixed(2)}${range}`;
}

const seconds = (samples: number[]) =>
  samples.length === 0 ? 'not run' : samples.map((ms) => (ms / 1000).toFixed(2)).join(' / ');

export async function kpiPeersBench(
  sizes: SeedSize[] = chosenSizes(),
  rounds = Number(process.env.PEERS_ROUNDS ?? 3),
): Promise<string> {
  const python = ensurePythonPeers((line) => console.error(line));
  const env = await startBenchEnvironment();
  const timings: (string | number)[][] = [];
  const agreement: (string | number)[][] = [];
  const sampling: (string | number)[][] = [];
  const notes: string[] = [];
  let versions: Record<string, string> = {};
  const loads: number[] = [];
  try {
    for (const size of sizes) {
      await deleteData(new Gateway(env.app.driver, { database: 'neo4j', queryTimeoutMs: CLEAN_UP_TIMEOUT_MS }));
      console.error(`seeding ${size}...`);
      await seedDemoEcosystem(env.app.gateway, { size, seed: 21, anchor: '2026-06-30' });
      const patient = new Gateway(env.app.driver, { database: 'neo4j', queryTimeoutMs: 3_600_000 });
      // Index population after the seed would share the CPU with the rounds.
      await settleAfterWrites(patient);
      const graph = await loadCollaborationGraph(patient);
      const file = path.join(os.tmpdir(), `ecograph-kpi-peers-${size}-${process.pid}.json`);
      const { spec, sampled, k } = writeGraphFile(graph, file);
      const mode: Mode = sampled ? 'sampled' : 'exact';
      const peers = await PythonPeers.start(python, file);
      versions = peers.versions;
      const withNetworkx = size !== 'large' || !process.argv.includes('--skip-networkx-large');
      const networkxRounds = 1;
      const ms: Record<'ours' | Library, number[]> = { ours: [], igraph: [], networkx: [] };
      let first: { ours: GraphAnalytics; igraph: PeerAnswer; networkx?: PeerAnswer } | undefined;
      try {
        for (let round = 0; round < rounds; round++) {
          console.error(`${size}: round ${round + 1} of ${rounds}...`);
          loads.push(os.loadavg()[0]);
          const start = performance.now();
          const ours = await new GraphologyEngine().compute(graph);
          ms.ours.push(performance.now() - start);
          const values = round === 0;
          const igraph = await peers.request({ library: 'igraph', betweenness: mode, closeness: mode, values });
          ms.igraph.push(igraph.ms);
          let networkx: PeerAnswer | undefined;
          if (withNetworkx && round < networkxRounds) {
            networkx = await peers.request({ library: 'networkx', betweenness: mode, closeness: mode, values });
            ms.networkx.push(networkx.ms);
          }
          if (round === 0) first = { ours, igraph, networkx };
          const last = (xs: number[]) => (xs.length > round ? (xs[round] / 1000).toFixed(2) : '–');
          console.error(
            `${size}: round ${round + 1}: ours ${last(ms.ours)} s, igraph ${last(ms.igraph)} s, NetworkX ${last(ms.networkx)} s`,
          );
        }
        // `--skip-exact`: igraph's exact run takes about 8 minutes on the large seed.
        const exact = process.argv.includes('--skip-exact') ? undefined : await exactReference(peers, size, mode);
        const label = `${size} (${spec.nodes.length.toLocaleString('en-US')} participants)`;
        if (exact) sampling.push(samplingCheck(label, first!.ours, spec.nodes, exact.values!.betweenness));
        if (exact && !sampled) {
          // Below the threshold the engine is exact; force its sampler to check it here too.
          const forced = await new GraphologyEngine({ exactBetweennessMaxNodes: 0 }).compute(graph);
          sampling.push(samplingCheck(`${label}, sampling forced`, forced, spec.nodes, exact.values!.betweenness));
        }
        timings.push([
          `${size} (${spec.nodes.length.toLocaleString('en-US')} participants, ${spec.pairs.length.toLocaleString('en-US')} ties)`,
          sampled ? `sampled: the engine's ${k} sources for all` : 'exact for all',
          seconds(ms.ours),
          seconds(ms.igraph),
          seconds(ms.networkx),
          ratioCell(ms.ours, ms.igraph),
          ratioCell(ms.ours, ms.networkx),
          exact
            ? `${(exact.ms / 1000).toFixed(2)} (ours / it: ${(percentile(ms.ours, 50) / exact.ms).toFixed(2)})`
            : 'not run (--skip-exact)',
        ]);
        agreement.push(...agreementRows(size, spec, first!));
        if (!withNetworkx) notes.push(`NetworkX was not run on the ${size} seed (--skip-networkx-large).`);
        else if (networkxRounds < rounds) notes.push(`NetworkX ran once on the ${size} seed (in the first round).`);
      } finally {
        await peers.close();
        fs.rmSync(file, { force: true });
      }
    }
  } finally {
    await env.close();
  }
  return [
    '### Whole KPI set against python-igraph and NetworkX (`npm run bench -- kpis --peers`)',
    '',
    `Interleaved rounds (ours, igraph, NetworkX); seconds per round; ratio = ours / peer per round, median (range). ${Object.entries(
      versions,
    )
      .map(([name, version]) => `${name} ${version}`)
      .join(
        ', ',
      )}; 1-minute load average at the rounds' starts ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${os.cpus().length} cores.`,
    '',
    table(
      [
        'seed',
        'betweenness and closeness',
        'ours s',
        'igraph s',
        'NetworkX s',
        'ours / igraph',
        'ours / NetworkX',
        'igraph with exact betweenness s',
      ],
      timings,
    ),
    ...(notes.length ? ['', ...notes] : []),
    '',
    '### The same figures: ours against the peers (first round)',
    '',
    table(['seed', 'figure', 'ours', 'igraph', 'NetworkX'], agreement),
    '',
    "### Sampled betweenness against igraph's exact betweenness",
    '',
    table(
      [
        'seed',
        'ours',
        'sum ours / exact',
        'top-20 overlap',
        'max abs error',
        'reported error bound',
        'within bound',
        'top score ours / exact',
      ],
      sampling,
    ),
  ].join('\n');
}

function agreementRows(
  size: string,
  spec: GraphFile,
  first: { ours: GraphAnalytics; igraph: PeerAnswer; networkx?: PeerAnswer },
): (string | number)[][] {
  const rows: (string | number)[][] = [];
  const { network } = first.ours;
  const ours: PeerSummary = {
    nodeCount: network.nodeCount,
    edgeCount: network.edgeCount,
    transitivity: network.transitivity,
    averageClustering: network.averageClustering,
    components: network.components,
    largestComponentShare: network.largestComponentShare,
    modularity: network.modularity,
    articulationPoints: network.articulationPoints.length,
    bridges: network.bridges.length,
    resilience: network.resilience,
  };
  const show = (x: number | undefined) =>
    x === undefined ? '–' : Number.isInteger(x) ? x.toLocaleString('en-US') : x.toFixed(6);
  for (const key of Object.keys(ours) as (keyof PeerSummary)[]) {
    rows.push([size, key, show(ours[key]), show(first.igraph.summary[key]), show(first.networkx?.summary[key])]);
  }
  // Per participant: the largest difference from ours (closeness: sampled runs give the
  // peers' closeness of the sources only, compared there).
  const closenessAt = spec.closenessSources.length < spec.nodes.length ? spec.closenessSources : undefined;
  for (const metric of VALUE_METRICS) {
    let mine = ourValues(first.ours, spec.nodes, metric);
    if (metric === 'closeness' && closenessAt) mine = closenessAt.map((i) => mine[i]);
    const diff = (answer?: PeerAnswer) =>
      answer?.values ? `max \\|Δ\\| ${maxAbsDifference(mine, answer.values[metric]).toExponential(1)}` : '–';
    rows.push([
      size,
      `${metric}${metric === 'closeness' && closenessAt ? ' (sources)' : ''}`,
      '',
      diff(first.igraph),
      diff(first.networkx),
    ]);
  }
  return rows;
}
