import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CollaborationEdge, CollaborationGraph } from '../../src/kpi/collaboration-graph';
import { CENTRALITY_METRICS, PAGERANK } from '../../src/kpi/definitions';
import type { GraphAnalytics } from '../../src/kpi/engine';
import { GraphologyEngine, inProcessProvenance } from '../../src/kpi/graphology-engine';
import { cutStructure } from '../../src/kpi/graphology/articulation-points';
import { componentsOfCsr } from '../../src/kpi/graphology/components';
import { toCsr } from '../../src/kpi/graphology/csr';
import { buildGraph } from '../../src/kpi/graphology/graph';
import { resilience } from '../../src/kpi/graphology/resilience';
import { hoeffdingBound } from '../../src/kpi/graphology/source-sampling';

interface KarateFixture {
  nodes: string[];
  edges: CollaborationEdge[];
  network: {
    nodeCount: number;
    edgeCount: number;
    density: number;
    averageDegree: number;
    transitivity: number;
    averageClustering: number;
    components: number;
    largestComponentShare: number;
    articulationPoints: string[];
    articulationCutOff: Record<string, number>;
    bridges: { source: string; target: string; weight: number; smallerSide: number }[];
    resilience: number;
    resilienceRemoved: string[];
    louvainModularitySeed42: number;
    louvainModularityBest: number;
  };
  centrality: Record<(typeof CENTRALITY_METRICS)[number], Record<string, number>>;
  tolerances: { exact: number; iterative: number; modularity: number };
}

const karate = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/karate.json'), 'utf8')) as KarateFixture;

function collaboration(ids: readonly string[], edges: readonly CollaborationEdge[]): CollaborationGraph {
  return { nodes: ids.map((id) => ({ id, kind: 'COMPANY', sector: 'AI', region: 'EU' })), edges: [...edges] };
}

const karateGraph = collaboration(karate.nodes, karate.edges);
const ITERATIVE = new Set(['pageRank', 'eigenvector']);

function node(result: GraphAnalytics, id: string) {
  const scores = result.nodes.get(id);
  if (!scores) throw new Error(`no scores for ${id}`);
  return scores;
}

/** Weighted modularity of a partition, straight from the definition (sparse form). */
function modularityOf(graph: CollaborationGraph, community: (id: string) => number): number {
  const total = graph.edges.reduce((sum, e) => sum + e.weight, 0);
  const internal = new Map<number, number>();
  const strength = new Map<number, number>();
  for (const e of graph.edges) {
    const a = community(e.source);
    const b = community(e.target);
    if (a === b) internal.set(a, (internal.get(a) ?? 0) + e.weight);
    strength.set(a, (strength.get(a) ?? 0) + e.weight);
    strength.set(b, (strength.get(b) ?? 0) + e.weight);
  }
  let q = 0;
  for (const [c, s] of strength) q += (internal.get(c) ?? 0) / total - (s / (2 * total)) ** 2;
  return q;
}

describe('GraphologyEngine on the karate club (NetworkX reference)', () => {
  let result: GraphAnalytics;
  let wallMs: number;

  beforeAll(async () => {
    const started = performance.now();
    result = await new GraphologyEngine().compute(karateGraph);
    wallMs = performance.now() - started;
  });

  it.each(CENTRALITY_METRICS.map((metric) => [metric]))('matches NetworkX %s for every member', (metric) => {
    const tolerance = ITERATIVE.has(metric) ? karate.tolerances.iterative : karate.tolerances.exact;
    expect(result.nodes.size).toBe(karate.nodes.length);
    for (const id of karate.nodes) {
      const expected = karate.centrality[metric][id] ?? Number.NaN;
      const actual = node(result, id)[metric];
      if (Math.abs(actual - expected) > tolerance)
        throw new Error(`${metric}(${id}) = ${actual}, NetworkX ${expected}`);
    }
  });

  it('matches every network KPI of the reference', () => {
    const { network } = result;
    const exact = karate.tolerances.exact;
    expect(network.nodeCount).toBe(karate.network.nodeCount);
    expect(network.edgeCount).toBe(karate.network.edgeCount);
    expect(network.components).toBe(karate.network.components);
    for (const kpi of [
      'density',
      'averageDegree',
      'transitivity',
      'averageClustering',
      'largestComponentShare',
      'resilience',
    ] as const) {
      expect(Math.abs(network[kpi] - karate.network[kpi])).toBeLessThanOrEqual(exact);
    }
    expect(network.articulationPoints.map((point) => point.id)).toEqual(karate.network.articulationPoints);
  });

  it('finds the bridges and what they and the articulation points would cut off, as NetworkX does', () => {
    expect(result.network.bridges).toEqual(karate.network.bridges);
    expect(Object.fromEntries(result.network.articulationPoints.map((point) => [point.id, point.cutOff]))).toEqual(
      karate.network.articulationCutOff,
    );
  });

  it('removes the reference participants for resilience', () => {
    const csr = toCsr(buildGraph(karateGraph));
    const { removed } = resilience(csr, componentsOfCsr(csr).largestSize);
    expect(removed.map((i) => csr.ids[i])).toEqual(karate.network.resilienceRemoved);
  });

  // Louvain is randomised: the reference is NetworkX's best over seeds 0-199 (its seed-42 run
  // stops in a weaker local optimum, 0.4266); graphology reaches 0.4439 / 0.4449 on every seed.
  it('finds a Louvain partition as modular as the reference, and reports its modularity', () => {
    expect(Math.abs(result.network.modularity - karate.network.louvainModularityBest)).toBeLessThanOrEqual(
      karate.tolerances.modularity,
    );
    const recomputed = modularityOf(karateGraph, (id) => node(result, id).community);
    expect(Math.abs(result.network.modularity - recomputed)).toBeLessThanOrEqual(1e-12);
    const communities = new Set(karate.nodes.map((id) => node(result, id).community));
    expect([...communities].sort()).toEqual([...Array(communities.size).keys()]);
  });

  it('reports exact betweenness', () => {
    expect(result.betweenness).toEqual({ sampled: false, sampleSize: karate.nodes.length, errorBound: 0 });
    expect(result.engine).toBe('graphology');
    // The computation's own time: positive, and within the time the call took around it.
    expect(result.elapsedMs).toBeGreaterThan(0);
    expect(result.elapsedMs).toBeLessThanOrEqual(wallMs);
  });

  it('says every figure is in-process, and that the eigenvector converged', () => {
    expect(result.provenance).toEqual(inProcessProvenance(true));
    expect(Object.values(result.provenance.centralities)).toEqual(CENTRALITY_METRICS.map(() => 'in-process'));
  });

  it('is deterministic and independent of the input order', async () => {
    const again = await new GraphologyEngine().compute(karateGraph);
    const shuffled = await new GraphologyEngine().compute(
      collaboration([...karate.nodes].reverse(), [...karate.edges].reverse()),
    );
    for (const other of [again, shuffled]) {
      expect(other.network).toEqual(result.network);
      for (const id of karate.nodes) expect(node(other, id)).toEqual(node(result, id));
    }
  });
});

describe('GraphologyEngine on a disconnected graph with isolated participants', () => {
  // Triangle x-y-z (weight 2), path a-b-c (weight 1), isolated i1 and i2: n = 8, m = 5.
  const toy = collaboration(
    ['a', 'b', 'c', 'i1', 'i2', 'x', 'y', 'z'],
    [
      { source: 'a', target: 'b', weight: 1 },
      { source: 'b', target: 'c', weight: 1 },
      { source: 'x', target: 'y', weight: 2 },
      { source: 'x', target: 'z', weight: 2 },
      { source: 'y', target: 'z', weight: 2 },
    ],
  );
  let result: GraphAnalytics;

  beforeAll(async () => {
    result = await new GraphologyEngine().compute(toy);
  });

  it('has PageRank summing to 1, the uniform teleport share on isolated nodes', () => {
    const ids = toy.nodes.map((n) => n.id);
    const sum = ids.reduce((total, id) => total + node(result, id).pageRank, 0);
    expect(Math.abs(sum - 1)).toBeLessThanOrEqual(1e-12);
    // Isolated nodes are the only dangling ones: x = ((1 - α) + α · 2x) / n.
    const alpha = PAGERANK.damping;
    const isolated = (1 - alpha) / (ids.length - 2 * alpha);
    expect(Math.abs(node(result, 'i1').pageRank - isolated)).toBeLessThanOrEqual(1e-9);
    expect(node(result, 'i2').pageRank).toBe(node(result, 'i1').pageRank);
  });

  it('gives isolated nodes closeness 0 and scales closeness by the reachable share', () => {
    expect(node(result, 'i1').closeness).toBe(0);
    expect(node(result, 'i2').closeness).toBe(0);
    // b reaches 2 nodes at distance 1: (2 / 2) · (2 / 7); a reaches 2 at total distance 3.
    expect(node(result, 'b').closeness).toBeCloseTo(2 / 7, 12);
    expect(node(result, 'a').closeness).toBeCloseTo((2 / 3) * (2 / 7), 12);
  });

  it('normalises betweenness over the whole graph', () => {
    // b is on the one a-c path: 1 pair × 2 / ((n - 1)(n - 2)).
    expect(node(result, 'b').betweenness).toBeCloseTo(2 / (7 * 6), 12);
    for (const id of ['a', 'c', 'x', 'y', 'z', 'i1', 'i2']) expect(node(result, id).betweenness).toBe(0);
  });

  it('puts the eigenvector on the component with the largest spectral radius', () => {
    // Triangle of weight 2: radius 4; path: radius √2; isolated: 0.
    for (const id of ['x', 'y', 'z']) expect(node(result, id).eigenvector).toBeCloseTo(1 / Math.sqrt(3), 9);
    for (const id of ['a', 'b', 'c', 'i1', 'i2']) expect(node(result, id).eigenvector).toBe(0);
  });

  it('computes the structure KPIs', () => {
    expect(result.network).toMatchObject({
      nodeCount: 8,
      edgeCount: 5,
      components: 4,
      largestComponentShare: 3 / 8,
      articulationPoints: [{ id: 'b', cutOff: 1 }],
      bridges: [
        { source: 'a', target: 'b', weight: 1, smallerSide: 1 },
        { source: 'b', target: 'c', weight: 1, smallerSide: 1 },
      ],
      // ⌈0.4⌉ = 1 removed: x (degree 2, weighted 4, smallest id of the triangle); a-b-c stays.
      resilience: 1,
    });
    expect(result.network.density).toBeCloseTo(10 / 56, 12);
    expect(result.network.averageDegree).toBeCloseTo(10 / 8, 12);
    expect(result.network.transitivity).toBeCloseTo(3 / 4, 12);
    expect(result.network.averageClustering).toBeCloseTo(3 / 8, 12);
  });

  it('keeps components apart in communities', () => {
    const c = (id: string) => node(result, id).community;
    expect(c('x')).toBe(c('y'));
    expect(c('y')).toBe(c('z'));
    expect(c('a')).toBe(c('c'));
    expect(new Set([c('a'), c('x'), c('i1'), c('i2')]).size).toBe(4);
    expect(result.network.modularity).toBeCloseTo(modularityOf(toy, c), 12);
  });
});

describe('GraphologyEngine edge cases', () => {
  it('converges on bipartite graphs (a star), where plain power iteration oscillates', async () => {
    const leaves = ['l1', 'l2', 'l3', 'l4', 'l5'];
    const star = await new GraphologyEngine().compute(
      collaboration(
        ['hub', ...leaves],
        leaves.map((leaf) => ({ source: 'hub', target: leaf, weight: 1 })),
      ),
    );
    expect(node(star, 'hub').eigenvector).toBeCloseTo(1 / Math.sqrt(2), 9);
    for (const leaf of leaves) expect(node(star, leaf).eigenvector).toBeCloseTo(1 / Math.sqrt(10), 9);
  });

  it('counts shortest paths beyond 2^32 (a chain of 40 diamonds has 2^40 end to end)', async () => {
    // m00 -<a01|b01>- m01 -<a02|b02>- m02 ... m40: every m is a cut vertex.
    const name = (prefix: string, j: number) => `${prefix}${String(j).padStart(2, '0')}`;
    const ids = ['m00'];
    const edges: CollaborationEdge[] = [];
    for (let j = 1; j <= 40; j++) {
      ids.push(name('a', j), name('b', j), name('m', j));
      for (const side of ['a', 'b']) {
        edges.push({ source: name(side, j), target: name('m', j - 1), weight: 1 });
        edges.push({ source: name(side, j), target: name('m', j), weight: 1 });
      }
    }
    const result = await new GraphologyEngine().compute(collaboration(ids, edges));
    const n = ids.length;
    for (const i of [5, 20, 35]) {
      // The 3i nodes left of m_i times the 120 − 3i right of it, plus half of the pairs
      // (a_i, b_i) and (a_i+1, b_i+1), whose two shortest paths go round either end.
      const pairs = 3 * i * (120 - 3 * i) + 1;
      expect(node(result, name('m', i)).betweenness).toBeCloseTo((2 * pairs) / ((n - 1) * (n - 2)), 12);
    }
  });

  it('handles the empty graph and a graph without edges', async () => {
    const empty = await new GraphologyEngine().compute(collaboration([], []));
    expect(empty.nodes.size).toBe(0);
    expect(empty.network).toMatchObject({ nodeCount: 0, density: 0, modularity: 0, resilience: 0, components: 0 });

    const loose = await new GraphologyEngine().compute(collaboration(['a', 'b', 'c', 'd'], []));
    expect(loose.network).toMatchObject({ edgeCount: 0, components: 4, modularity: 0, transitivity: 0 });
    for (const id of ['a', 'b', 'c', 'd']) {
      expect(node(loose, id).pageRank).toBeCloseTo(0.25, 12);
      expect(node(loose, id).eigenvector).toBeCloseTo(0.5, 12);
      expect(node(loose, id).closeness).toBe(0);
    }
  });

  it('finds articulation points and bridges on a 100k-node path without recursion', () => {
    const n = 100_000;
    const ids = Array.from({ length: n }, (_, i) => `p${String(i).padStart(6, '0')}`);
    const edges = ids.slice(1).map((id, i) => ({ source: ids[i] ?? '', target: id, weight: 1 }));
    const { articulationPoints, bridges } = cutStructure(toCsr(buildGraph(collaboration(ids, edges))));
    expect(articulationPoints).toHaveLength(n - 2);
    // Node i splits the path into i and n − 1 − i nodes; the smaller part is cut off.
    expect(articulationPoints[0]).toEqual({ node: 1, cutOff: 1 });
    expect(articulationPoints[n / 2 - 1]).toEqual({ node: n / 2, cutOff: n / 2 - 1 });
    expect(articulationPoints[n - 3]).toEqual({ node: n - 2, cutOff: 1 });
    expect(bridges).toHaveLength(n - 1);
    expect(bridges[n / 2 - 1]).toEqual({ a: n / 2 - 1, b: n / 2, weight: 1, smallerSide: n / 2 });
  });

  it('refuses a graph that breaks the loader contract', async () => {
    const engine = new GraphologyEngine();
    const ab = { source: 'a', target: 'b', weight: 1 };
    await expect(engine.compute(collaboration(['a', 'b'], [ab, ab]))).rejects.toThrow(/appears twice/);
    await expect(engine.compute(collaboration(['a'], [ab]))).rejects.toThrow(/not a listed participant/);
    await expect(engine.compute(collaboration(['a'], [{ source: 'a', target: 'a', weight: 1 }]))).rejects.toThrow(
      /self-loop/,
    );
    await expect(engine.compute(collaboration(['a', 'b'], [{ ...ab, weight: 0 }]))).rejects.toThrow(/weight/);
    await expect(engine.compute(collaboration(['a', 'a'], []))).rejects.toThrow(/appears twice/);
  });
});

interface LesMis {
  nodes: string[];
  edges: CollaborationEdge[];
  network: {
    articulationPoints: string[];
    articulationCutOff: Record<string, number>;
    bridges: KarateFixture['network']['bridges'];
  };
}

describe('GraphologyEngine cut structure', () => {
  it('matches NetworkX on the Les Misérables co-appearance network (18 bridges, 8 articulation points)', async () => {
    const lesmis = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/lesmis.json'), 'utf8')) as LesMis;
    const { network } = await new GraphologyEngine().compute(collaboration(lesmis.nodes, lesmis.edges));
    expect(network.bridges).toHaveLength(18);
    expect(network.bridges).toEqual(lesmis.network.bridges);
    expect(network.articulationPoints.map((point) => point.id)).toEqual(lesmis.network.articulationPoints);
    expect(Object.fromEntries(network.articulationPoints.map((point) => [point.id, point.cutOff]))).toEqual(
      lesmis.network.articulationCutOff,
    );
  });

  /** Nodes reachable from `start` without crossing `skipNode` or the edge `skipEdge`, by BFS. */
  function reach(edges: [number, number][], start: number, skipNode = -1, skipEdge = -1): Set<number> {
    const seen = new Set([start]);
    const queue = [start];
    for (let i = 0; i < queue.length; i++) {
      edges.forEach(([x, y], e) => {
        const next = x === queue[i] ? y : y === queue[i] ? x : -1;
        if (e !== skipEdge && next >= 0 && next !== skipNode && !seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      });
    }
    return seen;
  }

  it('agrees with removing each node and each edge in turn, on random sparse graphs', () => {
    // Brute force as the oracle: v is an articulation point when its neighbours fall into two
    // or more pieces once it is removed; an edge is a bridge when its ends no longer reach
    // each other without it.
    let state = 12345;
    const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let bridgesSeen = 0;
    let cutsSeen = 0;
    for (let trial = 0; trial < 60; trial++) {
      const n = 2 + Math.floor(random() * 30);
      const pairs = new Set<string>();
      const edges: [number, number][] = [];
      for (let k = Math.floor(random() * 1.6 * n); k > 0; k--) {
        const [a, b] = [Math.floor(random() * n), Math.floor(random() * n)].sort((x, y) => x - y) as [number, number];
        if (a === b || pairs.has(`${a}-${b}`)) continue;
        pairs.add(`${a}-${b}`);
        edges.push([a, b]);
      }
      const ids = Array.from({ length: n }, (_, i) => `n${String(i).padStart(2, '0')}`);
      const weight = (e: number) => 1 + (e % 3);
      const graph = collaboration(
        ids,
        edges.map(([a, b], e) => ({ source: ids[a]!, target: ids[b]!, weight: weight(e) })),
      );
      const { articulationPoints, bridges } = cutStructure(toCsr(buildGraph(graph)));

      const expectedCuts = [];
      for (let v = 0; v < n; v++) {
        const pieces: Set<number>[] = [];
        for (const [a, b] of edges) {
          const neighbour = a === v ? b : b === v ? a : -1;
          if (neighbour < 0 || pieces.some((piece) => piece.has(neighbour))) continue;
          pieces.push(reach(edges, neighbour, v));
        }
        if (pieces.length < 2) continue;
        const component = reach(edges, v).size;
        expectedCuts.push({ node: v, cutOff: component - 1 - Math.max(...pieces.map((piece) => piece.size)) });
      }
      const expectedBridges = edges
        .map(([a, b], e) => ({ a, b, e, sideA: reach(edges, a, -1, e) }))
        .filter(({ b, sideA }) => !sideA.has(b))
        .map(({ a, b, e, sideA }) => ({
          a,
          b,
          weight: weight(e),
          smallerSide: Math.min(sideA.size, reach(edges, b, -1, e).size),
        }))
        .sort((x, y) => x.a - y.a || x.b - y.b);

      expect(articulationPoints).toEqual(expectedCuts);
      expect(bridges).toEqual(expectedBridges);
      bridgesSeen += bridges.length;
      cutsSeen += articulationPoints.filter((point) => point.cutOff > 1).length;
    }
    // The random graphs did exercise both, with cut-offs beyond a single leaf.
    expect(bridgesSeen).toBeGreaterThan(50);
    expect(cutsSeen).toBeGreaterThan(10);
  });
});

describe('GraphologyEngine betweenness sampling', () => {
  const options = { exactBetweennessMaxNodes: 20, betweennessSampleSize: 12 };

  it('samples above the threshold and reports the sample size and error bound', async () => {
    const sampled = await new GraphologyEngine(options).compute(karateGraph);
    expect(sampled.betweenness).toEqual({ sampled: true, sampleSize: 12, errorBound: hoeffdingBound(12) });
    expect(sampled.betweenness.errorBound).toBeCloseTo(Math.sqrt(Math.log(40) / 24), 12);
    const errors = karate.nodes.map((id) =>
      Math.abs(node(sampled, id).betweenness - (karate.centrality.betweenness[id] ?? 0)),
    );
    expect(Math.max(...errors)).toBeLessThanOrEqual(sampled.betweenness.errorBound ?? Number.NaN);
    // Sampling changes betweenness (and estimates closeness) only.
    expect(errors.some((error) => error > 0)).toBe(true);
    for (const id of karate.nodes) {
      expect(Math.abs(node(sampled, id).pageRank - (karate.centrality.pageRank[id] ?? 0))).toBeLessThanOrEqual(1e-6);
      expect(Math.abs(node(sampled, id).closeness - (karate.centrality.closeness[id] ?? 0))).toBeLessThan(0.1);
    }
  });

  it('stays exact at or under the threshold, or when the sample would cover every node', async () => {
    const atThreshold = await new GraphologyEngine({ ...options, exactBetweennessMaxNodes: 34 }).compute(karateGraph);
    expect(atThreshold.betweenness.sampled).toBe(false);
    const wholeSample = await new GraphologyEngine({ ...options, betweennessSampleSize: 34 }).compute(karateGraph);
    expect(wholeSample.betweenness).toEqual({ sampled: false, sampleSize: 34, errorBound: 0 });
  });

  it('is unbiased: averaged over seeds, the estimate approaches the exact scores', async () => {
    const seeds = 300;
    const mean = new Map<string, number>(karate.nodes.map((id) => [id, 0]));
    for (let seed = 1; seed <= seeds; seed++) {
      const run = await new GraphologyEngine({ ...options, seed }).compute(karateGraph);
      for (const id of karate.nodes) mean.set(id, (mean.get(id) ?? 0) + node(run, id).betweenness / seeds);
    }
    // One run's standard deviation is ≤ 0.07 here, so the mean of 300 is within ~0.004.
    for (const id of karate.nodes) {
      expect(Math.abs((mean.get(id) ?? 0) - (karate.centrality.betweenness[id] ?? 0))).toBeLessThan(0.015);
    }
  });

  it('is deterministic for a seed', async () => {
    const first = await new GraphologyEngine(options).compute(karateGraph);
    const second = await new GraphologyEngine(options).compute(karateGraph);
    for (const id of karate.nodes) expect(node(second, id)).toEqual(node(first, id));
  });

  it('computes closeness exactly in components no larger than the sample', async () => {
    // Karate plus a separate 5-node path: the path is smaller than the sample, so all of its
    // nodes are closeness sources, whatever the betweenness sample drew.
    const path = ['q1', 'q2', 'q3', 'q4', 'q5'];
    const graph = collaboration(
      [...karate.nodes, ...path],
      [...karate.edges, ...path.slice(1).map((id, i) => ({ source: path[i] ?? '', target: id, weight: 1 }))],
    );
    const sampled = await new GraphologyEngine(options).compute(graph);
    const exact = await new GraphologyEngine().compute(graph);
    expect(sampled.betweenness.sampled).toBe(true);
    for (const id of path) expect(node(sampled, id).closeness).toBeCloseTo(node(exact, id).closeness, 12);
  });
});

describe('GraphologyEngine eigenvector non-convergence', () => {
  it('reports that the power iteration stopped at its limit instead of stopping silently', async () => {
    // A path of 300: the two leading eigenvalues of A + I differ by ~1e-4 relative, so power
    // iteration needs ~10^5 iterations to reach 1e-12, ten times the limit (EIGENVECTOR).
    const n = 300;
    const ids = Array.from({ length: n }, (_, i) => `p${String(i).padStart(3, '0')}`);
    const edges = ids.slice(1).map((id, i) => ({ source: ids[i]!, target: id, weight: 1 }));
    const result = await new GraphologyEngine().compute(collaboration(ids, edges));
    expect(result.provenance.eigenvector).toEqual({ source: 'in-process', converged: false });
    // Still the best iterate: a unit vector, symmetric like the path.
    const scores = ids.map((id) => result.nodes.get(id)!.eigenvector);
    expect(Math.abs(Math.hypot(...scores) - 1)).toBeLessThan(1e-9);
    expect(Math.abs(scores[0]! - scores[n - 1]!)).toBeLessThan(1e-9);
  });

  it('reports convergence where the iteration converges (a path of 10)', async () => {
    const ids = Array.from({ length: 10 }, (_, i) => `q${i}`);
    const edges = ids.slice(1).map((id, i) => ({ source: ids[i]!, target: id, weight: 1 }));
    const result = await new GraphologyEngine().compute(collaboration(ids, edges));
    expect(result.provenance.eigenvector).toEqual({ source: 'in-process', converged: true });
  });
});
