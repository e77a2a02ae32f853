/**
 * The two engines agree: on the small and the medium demo ecosystems, GDS (inside Neo4j)
 * and graphology (in process) give the same centralities and network KPIs within the
 * reference tolerances (exact 1e-9, iterative 1e-6, Louvain modularity 0.01).
 */
import type { App } from '../../src/app';
import { loadCollaborationGraph } from '../../src/analytics/collaboration-graph';
import { CENTRALITY_METRICS } from '../../src/analytics/definitions';
import type { GraphAnalytics } from '../../src/analytics/engine';
import { GdsEngine } from '../../src/analytics/gds-engine';
import { GraphologyEngine } from '../../src/analytics/graphology-engine';
import { Gateway } from '../../src/db/gateway';
import { deleteData } from '../../src/seed/database';
import { seedDemoEcosystem } from '../../src/seed/seed';
import { startTestApp } from '../support/test-app';

const EXACT = 1e-9;
const ITERATIVE = 1e-6;
const TOLERANCE: Record<(typeof CENTRALITY_METRICS)[number], number> = {
  degree: 0,
  weightedDegree: EXACT,
  betweenness: EXACT,
  closeness: EXACT,
  pageRank: ITERATIVE,
  eigenvector: ITERATIVE,
};

let app: App;
let analyticsGateway: Gateway;
beforeAll(async () => {
  app = await startTestApp();
  analyticsGateway = new Gateway(app.driver, { database: 'neo4j', queryTimeoutMs: 600_000 });
});
afterAll(async () => {
  await app.stop();
});

function compare(gds: GraphAnalytics, graphology: GraphAnalytics): void {
  expect(gds.nodes.size).toBe(graphology.nodes.size);
  const worst: Record<string, number> = {};
  for (const [id, expected] of graphology.nodes) {
    const actual = gds.nodes.get(id);
    expect(actual).toBeDefined();
    for (const metric of CENTRALITY_METRICS) {
      const difference = Math.abs((actual?.[metric] ?? Number.NaN) - expected[metric]);
      worst[metric] = Math.max(worst[metric] ?? 0, difference);
    }
  }
  for (const metric of CENTRALITY_METRICS)
    expect({ metric, worst: worst[metric] ?? Number.NaN }).toEqual({ metric, worst: expect.any(Number) });
  for (const metric of CENTRALITY_METRICS) expect(worst[metric]).toBeLessThanOrEqual(TOLERANCE[metric]);

  const a = gds.network;
  const b = graphology.network;
  expect([a.nodeCount, a.edgeCount, a.components]).toEqual([b.nodeCount, b.edgeCount, b.components]);
  for (const key of [
    'density',
    'averageDegree',
    'transitivity',
    'averageClustering',
    'largestComponentShare',
    'resilience',
  ] as const) {
    expect(Math.abs(a[key] - b[key])).toBeLessThanOrEqual(EXACT);
  }
  // Articulation points (with their cut-offs, counted in process for GDS) and bridges with
  // their weights and smaller sides (measured in GDS): same lists, same order.
  expect(a.articulationPoints).toEqual(b.articulationPoints);
  expect(a.bridges).toEqual(b.bridges);
  expect(Math.abs(a.modularity - b.modularity)).toBeLessThanOrEqual(0.01);
}

it.each([
  ['small', 5],
  ['medium', 6],
] as const)(
  'GDS and graphology agree on the %s seed',
  async (size, seed) => {
    await deleteData(app.gateway);
    await seedDemoEcosystem(app.gateway, { size, seed, anchor: '2026-06-30' });
    const graph = await loadCollaborationGraph(analyticsGateway);
    // Both exact, whatever the default sampling threshold, so the comparison is to 1e-9.
    const exact = { exactBetweennessMaxNodes: 1_000_000 };
    const gds = await new GdsEngine(analyticsGateway, exact).compute(graph);
    const graphology = await new GraphologyEngine(exact).compute(graph);
    expect(gds.betweenness.sampled).toBe(false);
    expect(graphology.betweenness.sampled).toBe(false);
    compare(gds, graphology);
    // Not a vacuous agreement: the demo ecosystems have both.
    expect(graphology.network.bridges.length).toBeGreaterThan(0);
    expect(graphology.network.articulationPoints.length).toBeGreaterThan(0);
    const largestCut = (analytics: GraphAnalytics) =>
      Math.max(0, ...analytics.network.bridges.map((b) => b.smallerSide));
    process.stderr.write(
      `[engine-agreement] ${size}: ${graph.nodes.length} participants, ${graph.edges.length} ties; ` +
        `bridges GDS ${gds.network.bridges.length} / graphology ${graphology.network.bridges.length} ` +
        `(largest smaller side ${largestCut(gds)} / ${largestCut(graphology)}); articulation points ` +
        `${gds.network.articulationPoints.length} / ${graphology.network.articulationPoints.length}; ` +
        `GDS ${gds.elapsedMs.toFixed(0)} ms, graphology ${graphology.elapsedMs.toFixed(0)} ms\n`,
    );
  },
  900_000,
);
