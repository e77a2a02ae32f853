/**
 * Snapshots of the GDS engine's statements (Cypher + parameters), reviewed in diffs, and the
 * pure conversions from GDS's raw results to the KPI definitions.
 */
import * as algorithms from '../../src/kpi/gds/algorithms';
import * as catalog from '../../src/kpi/gds/catalog';
import { smallerSides, type Block } from '../../src/kpi/gds/bridges';
import { isConvergedUnitVector } from '../../src/kpi/gds/eigenvector-fallback';
import { computeIdOf, leftoverProjections } from '../../src/kpi/gds/leftovers';
import {
  betweennessScale,
  clustering,
  componentSummary,
  parseNodes,
  renumberCommunities,
  unitSum,
  type GdsNode,
} from '../../src/kpi/gds/normalise';
import { mostConnected, removalCount, resilienceRatio } from '../../src/kpi/gds/resilience';

const GRAPH = 'ecograph-kpi-test';
const TYPES: algorithms.RelationshipTypes = { pairs: [catalog.COLLABORATES], parallel: [catalog.SHARES] };

describe('GDS statements', () => {
  it.each([
    ['projectCollaborationGraph', () => catalog.projectCollaborationGraph(GRAPH)],
    ['projectWithoutNodes', () => catalog.projectWithoutNodes(`${GRAPH}-sub`, GRAPH, TYPES.pairs, [3, 14])],
    [
      'projectWithoutRelationships',
      () =>
        catalog.projectWithoutRelationships(`${GRAPH}-sub`, GRAPH, TYPES.pairs, [
          [3, 14],
          [14, 15],
        ]),
    ],
    ['dropGraph', () => catalog.dropGraph(GRAPH)],
    ['listGraphs', () => catalog.LIST_GRAPHS],
    ['listKpiGraphs', () => catalog.LIST_KPI_GRAPHS],
    ['runningKpiComputes', () => catalog.RUNNING_KPI_COMPUTES],
    ['degree', () => algorithms.degree(GRAPH, TYPES, false)],
    ['weightedDegree', () => algorithms.degree(GRAPH, TYPES, true)],
    ['pageRank', () => algorithms.pageRank(GRAPH, TYPES)],
    ['betweenness exact', () => algorithms.betweenness(GRAPH, TYPES, null)],
    ['betweenness sampled', () => algorithms.betweenness(GRAPH, TYPES, { size: 1000, seed: 42 })],
    ['closeness', () => algorithms.closeness(GRAPH, TYPES)],
    ['eigenvector', () => algorithms.eigenvector(GRAPH, TYPES)],
    ['louvain', () => algorithms.louvain(GRAPH, TYPES, 'community')],
    ['leiden', () => algorithms.leiden(GRAPH, TYPES, 43, 'community2')],
    ['triangles', () => algorithms.triangles(GRAPH, TYPES)],
    ['components', () => algorithms.components(GRAPH, TYPES)],
    ['articulationPoints', () => algorithms.articulationPoints(GRAPH, TYPES)],
    ['bridges', () => algorithms.bridges(GRAPH, TYPES)],
    ['componentsOf', () => algorithms.componentsOf(`${GRAPH}-sub`, [3, 14, 15])],
    ['streamNodeProperties', () => algorithms.streamNodeProperties(GRAPH, algorithms.NODE_PROPERTIES)],
    [
      'streamNodeProperties with the winning community candidate',
      () => algorithms.streamNodeProperties(GRAPH, ['degree', 'community2'], { community2: 'community' }),
    ],
    ['largestComponentSize', () => algorithms.largestComponentSize(`${GRAPH}-sub`)],
  ])('%s', (_name, build) => {
    expect(build()).toMatchSnapshot();
  });

  it('runs an edgeless graph on every relationship type', () => {
    const all = { pairs: ['*'], parallel: ['*'] };
    expect(algorithms.eigenvector(GRAPH, all).params.config).toMatchObject({ relationshipTypes: ['*'] });
    expect(algorithms.closeness(GRAPH, all).params.config).toMatchObject({ relationshipTypes: ['*'] });
  });
});

function node(id: string, values: Partial<GdsNode['values']>, nodeId = 0): GdsNode {
  const zero = Object.fromEntries(algorithms.NODE_PROPERTIES.map((property) => [property, 0]));
  return { nodeId, id, values: { ...zero, ...values } as GdsNode['values'] };
}

describe('GDS results to KPI definitions', () => {
  it('parses one row per node, sorted by participant id, with defaults for properties not streamed', () => {
    const names = algorithms.NODE_PROPERTIES.filter((property) => property !== 'articulationPoint');
    const rows = [
      { nodeId: 7, id: 'b', names, values: names.map((_, i) => i) },
      { nodeId: 3, id: 'a', names, values: names.map(() => 1) },
    ];
    const nodes = parseNodes(rows, { articulationPoint: 0 });
    expect(nodes.map((n) => [n.nodeId, n.id])).toEqual([
      [3, 'a'],
      [7, 'b'],
    ]);
    expect(nodes[1]!.values).toMatchObject({ degree: 0, weightedDegree: 1, component: 8, articulationPoint: 0 });
    expect(() => parseNodes(rows)).toThrow(/no numeric articulationPoint/);
  });

  it('rescales PageRank to sum 1 and betweenness to NetworkX normalized=True', () => {
    expect(unitSum([0.3, 0.1, 0.6, 1])).toEqual([0.15, 0.05, 0.3, 0.5]);
    expect(unitSum([0, 0])).toEqual([0, 0]);
    // A path a–b–c: GDS gives b 1 (one pair, halved from both ends); NetworkX normalised: 1.
    expect(1 * betweennessScale(3, 3)).toBe(1);
    expect(betweennessScale(10, 5)).toBeCloseTo((2 / 72) * 2, 15);
    expect(betweennessScale(2, 2)).toBe(0);
  });

  it('derives transitivity and average clustering from triangles and degrees', () => {
    // A triangle a–b–c with a pendant d on a: a has 1 triangle among 3 pairs.
    const nodes = [
      node('a', { degree: 3, triangles: 1 }),
      node('b', { degree: 2, triangles: 1 }),
      node('c', { degree: 2, triangles: 1 }),
      node('d', { degree: 1 }),
    ];
    expect(clustering(nodes).transitivity).toBeCloseTo(3 / 5, 15);
    expect(clustering(nodes).averageClustering).toBeCloseTo((1 / 3 + 1 + 1 + 0) / 4, 15);
    expect(clustering([])).toEqual({ transitivity: 0, averageClustering: 0 });
  });

  it('counts components and renumbers communities by size, ties by smallest member id', () => {
    const nodes = [
      node('a', { component: 9, community: 50 }),
      node('b', { component: 9, community: 70 }),
      node('c', { component: 4, community: 70 }),
      node('d', { component: 5, community: 60 }),
    ];
    expect(componentSummary(nodes)).toEqual({ count: 3, largestSize: 2 });
    expect(Object.fromEntries(renumberCommunities(nodes))).toEqual({ a: 1, b: 0, c: 0, d: 2 });
  });

  it('removes the ⌈5 % n⌉ highest-degree nodes, ties by weighted degree then smaller id', () => {
    expect([removalCount(1), removalCount(20), removalCount(21), removalCount(34)]).toEqual([1, 1, 2, 2]);
    const nodes = [
      node('c', { degree: 3, weightedDegree: 5 }),
      node('b', { degree: 3, weightedDegree: 5 }),
      node('a', { degree: 3, weightedDegree: 4 }),
      node('z', { degree: 4, weightedDegree: 4 }),
    ];
    expect(mostConnected(nodes, 3).map((n) => n.id)).toEqual(['z', 'b', 'c']);
    expect(resilienceRatio(10, 4, 20)).toBeCloseTo(0.4, 15);
    // No relationship left: survivors are components of one.
    expect(resilienceRatio(10, null, 3)).toBeCloseTo(0.1, 15);
    expect(resilienceRatio(10, null, 0)).toBe(0);
    expect(resilienceRatio(0, null, 0)).toBe(0);
  });

  it("accepts GDS's eigenvector only when converged to a finite non-negative unit vector", () => {
    expect(isConvergedUnitVector([0.6, 0.8, 0], true)).toBe(true);
    expect(isConvergedUnitVector([0.6, 0.8, 0], false)).toBe(false);
    // What an overflowed run looks like: "converged", all zeros or infinities.
    expect(isConvergedUnitVector([0, 0, 0], true)).toBe(false);
    expect(isConvergedUnitVector([Infinity, 0], true)).toBe(false);
    expect(isConvergedUnitVector([-0.6, 0.8], true)).toBe(false);
  });
});

describe('what GDS bridges would cut off', () => {
  it('adds up the block sizes on each side of each bridge', () => {
    // Blocks (2-edge-connected, sizes in brackets): A[4] –1– B[1] –2– C[3], B –3– D[2];
    // E[5] –4– F[1] in another component; nodes are named by their block.
    const blocks: Record<number, Block> = {
      1: { key: 'A', size: 4 },
      2: { key: 'B', size: 1 },
      3: { key: 'C', size: 3 },
      4: { key: 'D', size: 2 },
      5: { key: 'E', size: 5 },
      6: { key: 'F', size: 1 },
    };
    const bridges: [number, number][] = [
      [1, 2],
      [2, 3],
      [2, 4],
      [5, 6],
    ];
    // Component of 10: A | B C D = 4 | 6; A B D | C = 7 | 3; A B C | D = 8 | 2. Other: 5 | 1.
    expect(smallerSides(bridges, (node) => blocks[node]!)).toEqual([4, 3, 2, 1]);
    // Whichever end is listed first and whichever block the walk starts from.
    const reversed = bridges.map(([a, b]) => [b, a] as [number, number]).reverse();
    expect(smallerSides(reversed, (node) => blocks[node]!)).toEqual([1, 2, 3, 4]);
  });

  it('refuses ends in one block (not bridges)', () => {
    expect(() => smallerSides([[1, 2]], () => ({ key: 'A', size: 2 }))).toThrow(/one 2-edge-connected block/);
    expect(smallerSides([], () => ({ key: 'A', size: 1 }))).toEqual([]);
  });
});

describe('leftover KPI projections', () => {
  const running = '2f1c7a52-3e4d-4c1b-9a8e-0d6f5b4a3c21';
  const crashed = '9b0e4f6a-1c2d-4e3f-8a7b-6c5d4e3f2a10';

  it('reads the compute id from a projection name', () => {
    expect(computeIdOf(catalog.projectionName(running, 0))).toBe(running);
    expect(computeIdOf(catalog.projectionName(running, 12))).toBe(running);
    expect(computeIdOf(`ecograph-kpi-${running}`)).toBeNull();
    expect(computeIdOf('ecograph-kpi-stale')).toBeNull();
    expect(computeIdOf(`other-${running}-0`)).toBeNull();
  });

  it('keeps projections of running computations and other names, drops the rest', () => {
    const names = [
      catalog.projectionName(running, 0),
      catalog.projectionName(running, 1),
      catalog.projectionName(crashed, 0),
      'ecograph-kpi-stale',
      `ecograph-kpi-${crashed}`,
      'someone-elses-graph',
    ];
    expect(leftoverProjections(names, [running])).toEqual([
      `ecograph-kpi-${crashed}`,
      catalog.projectionName(crashed, 0),
      'ecograph-kpi-stale',
    ]);
    expect(leftoverProjections(names, [running, crashed])).toEqual([`ecograph-kpi-${crashed}`, 'ecograph-kpi-stale']);
  });
});
