/**
 * Where the analytics engines cross over (issue 15, item 2): every structural KPI computed by
 * the GDS engine and by the graphology engine on the same collaboration graphs of growing
 * size, in one run, interleaved (graphology, GDS, graphology, GDS, ...) so that a machine
 * shared with other work slows both alike; reported as GDS / graphology ratios. The graphs are
 * the heavy-tailed synthetic ones of centrality-scale.bench.ts with the demo seeds' density
 * (1.7 ties per participant), written to Neo4j as participants and two-party partnerships (a
 * tie of weight w = w partnerships), so GDS projects them like any ecosystem. `auto`'s rule
 * (src/kpi/select-engine.ts) is set from these figures.
 *
 * `npm run bench -- engine-crossover [--quick] [--sizes 16000,20000] [--repetitions 3]`
 * (--quick: the three smallest sizes).
 */
import { performance } from 'node:perf_hooks';
import { Gateway } from '../src/db/gateway';
import { loadCollaborationGraph, type CollaborationGraph } from '../src/kpi/collaboration-graph';
import type { AnalyticsEngine } from '../src/kpi/engine';
import { GdsEngine } from '../src/kpi/gds-engine';
import { GraphologyEngine } from '../src/kpi/graphology-engine';
import { deleteData } from '../src/seed/database';
import { syntheticGraph } from './centrality-scale.bench';
import { startBenchEnvironment, table } from './support';

const SIZES = [1_000, 4_000, 12_000, 16_000, 20_000, 40_000, 100_000];
const TIES_PER_PARTICIPANT = 1.7;
const REPETITIONS = 2;

/** The value after `--name` on the command line, if any. */
function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
const WRITE_BATCH = 5_000;

async function write(gateway: Gateway, graph: CollaborationGraph): Promise<void> {
  await deleteData(gateway);
  for (let i = 0; i < graph.nodes.length; i += WRITE_BATCH) {
    await gateway.writeRows({
      cypher: `UNWIND $ids AS id
CREATE (:Participant {id: id, externalId: id, name: id, kind: 'COMPANY', sector: 'AI', region: 'Europe',
  tier: 'STANDARD', status: 'ACTIVE', joinedAt: datetime(), createdAt: datetime(), updatedAt: datetime()})`,
      params: { ids: graph.nodes.slice(i, i + WRITE_BATCH).map((node) => node.id) },
    });
  }
  const deals = graph.edges.flatMap((edge) =>
    Array.from({ length: edge.weight }, (_, k) => ({
      id: `${edge.source}~${edge.target}#${k}`,
      parties: [edge.source, edge.target],
    })),
  );
  for (let i = 0; i < deals.length; i += WRITE_BATCH) {
    await gateway.writeRows({
      cypher: `UNWIND $deals AS deal
CREATE (s:Partnership {id: deal.id, name: deal.id, type: 'RESEARCH', subtype: 'ACADEMIC', stage: 'ACTIVE',
  strategicAlignment: 0.5, startedAt: datetime(), createdAt: datetime(), updatedAt: datetime()})
WITH s, deal
UNWIND range(0, 1) AS i
MATCH (p:Participant {id: deal.parties[i]})
CREATE (p)-[:PARTY_TO {role: CASE i WHEN 0 THEN 'LEAD' ELSE 'PARTNER' END}]->(s)`,
      params: { deals: deals.slice(i, i + WRITE_BATCH) },
    });
  }
}

async function timed(engine: AnalyticsEngine, graph: CollaborationGraph): Promise<number> {
  const start = performance.now();
  await engine.compute(graph);
  return performance.now() - start;
}

export async function engineCrossoverBench(quick = process.argv.includes('--quick')): Promise<string> {
  const sizes = option('sizes')?.split(',').map(Number) ?? (quick ? SIZES.slice(0, 3) : SIZES);
  const repetitions = Number(option('repetitions') ?? REPETITIONS);
  if (sizes.some((n) => !Number.isInteger(n) || n < 2) || !Number.isInteger(repetitions) || repetitions < 1) {
    throw new Error('--sizes takes participant counts ≥ 2 separated by commas, --repetitions a positive integer');
  }
  const env = await startBenchEnvironment();
  const rows: (string | number)[][] = [];
  try {
    const gateway = new Gateway(env.app.driver, { database: 'neo4j', queryTimeoutMs: 3_600_000 });
    for (const nodes of sizes) {
      await write(gateway, syntheticGraph(nodes, Math.round(nodes * TIES_PER_PARTICIPANT)));
      const loadStart = performance.now();
      const graph = await loadCollaborationGraph(gateway);
      const loadMs = performance.now() - loadStart;
      const gds = new GdsEngine(gateway);
      const graphology = new GraphologyEngine();
      const times = { gds: [] as number[], graphology: [] as number[] };
      for (let rep = 0; rep < repetitions; rep++) {
        times.graphology.push(await timed(graphology, graph));
        times.gds.push(await timed(gds, graph));
      }
      const ratios = times.gds.map((ms, rep) => ms / times.graphology[rep]).sort((a, b) => a - b);
      rows.push([
        graph.nodes.length.toLocaleString('en-US'),
        graph.edges.length.toLocaleString('en-US'),
        loadMs,
        times.graphology.map((ms) => ms.toFixed(0)).join(' / '),
        times.gds.map((ms) => ms.toFixed(0)).join(' / '),
        (ratios[Math.floor((ratios.length - 1) / 2)] + ratios[Math.ceil((ratios.length - 1) / 2)]) / 2,
        `${ratios[0].toFixed(2)}–${ratios[ratios.length - 1].toFixed(2)}`,
      ]);
      process.stderr.write(`[engine-crossover] ${JSON.stringify(rows[rows.length - 1])}\n`);
    }
    await deleteData(gateway);
  } finally {
    await env.close();
  }
  return [
    '### Engine crossover: every structural KPI, GDS vs graphology on the same graphs, interleaved',
    '',
    table(
      [
        'participants',
        'ties',
        'load C ms',
        'graphology ms (each run)',
        'GDS ms (each run)',
        'GDS / graphology (median pair)',
        'GDS / graphology (range over pairs)',
      ],
      rows,
    ),
  ].join('\n');
}
