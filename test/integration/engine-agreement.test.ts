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
  expect([...a.articulationPoints].sort()).toEqual([...b.articulationPoints].sort());
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
  },
  900_000,
);
