/**
 * The shortest-path pass on folded pendant trees (src/kpi/graphology/shortest-paths.ts,
 * pendant-trees.ts) against the plain pass (one BFS per source on the whole graph): the same
 * dependencies and distance sums on random graphs made of a core, trees hanging off it,
 * whole-tree components, pairs and isolated nodes, with every node a source (the exact
 * engine) and with random source sets (the sampled one).
 */
import fc from 'fast-check';
import type { CollaborationGraph } from '../../src/kpi/collaboration-graph';
import { componentsOfCsr } from '../../src/kpi/graphology/components';
import { toCsr } from '../../src/kpi/graphology/csr';
import { buildGraph } from '../../src/kpi/graphology/graph';
import { Pacer } from '../../src/kpi/graphology/pacer';
import { foldPendantTrees } from '../../src/kpi/graphology/pendant-trees';
import { shortestPathPass, type PathTotals, type SourcePlan } from '../../src/kpi/graphology/shortest-paths';
import { plainShortestPathPass } from '../support/plain-shortest-paths';

const id = (i: number) => `p${String(i).padStart(3, '0')}`;

function collaboration(n: number, ties: [number, number][]): CollaborationGraph {
  const seen = new Set<string>();
  const edges: CollaborationGraph['edges'] = [];
  for (const [a, b] of ties) {
    if (a === b) continue;
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push({ source: id(Math.min(a, b)), target: id(Math.max(a, b)), weight: 1 });
  }
  return {
    nodes: Array.from({ length: n }, (_, i) => ({ id: id(i), kind: 'STARTUP', sector: 'AI', region: 'EU' })),
    edges,
  };
}

/** A dense-ish core on the first nodes, then every other node tied to one earlier node (a forest hanging off it), some left alone. */
const graphs = fc
  .record({ n: fc.integer({ min: 1, max: 60 }), core: fc.integer({ min: 0, max: 12 }) })
  .chain(({ n, core }) =>
    fc.record({
      n: fc.constant(n),
      coreTies: fc.array(
        fc.tuple(fc.nat(Math.max(0, Math.min(core, n) - 1)), fc.nat(Math.max(0, Math.min(core, n) - 1))),
        {
          maxLength: 30,
        },
      ),
      hangs: fc.array(fc.option(fc.nat(n), { freq: 4 }), { minLength: n, maxLength: n }),
    }),
  )
  .map(({ n, coreTies, hangs }) => {
    const ties: [number, number][] = [...coreTies];
    hangs.forEach((target, v) => {
      if (target !== null && v > 0) ties.push([v, target % v]);
    });
    return collaboration(n, ties);
  });

/** Every node, or a random subset in random order with a random betweenness prefix. */
function plans(n: number): fc.Arbitrary<SourcePlan> {
  const every: SourcePlan = { sources: Int32Array.from({ length: n }, (_, i) => i), accumulating: n };
  const sampled = fc
    .shuffledSubarray(
      Array.from({ length: n }, (_, i) => i),
      { minLength: 0, maxLength: n },
    )
    .chain((sources) =>
      fc.nat(sources.length).map((accumulating) => ({ sources: Int32Array.from(sources), accumulating })),
    );
  return fc.oneof(fc.constant(every), sampled);
}

async function bothPasses(
  graph: CollaborationGraph,
  plan?: SourcePlan,
): Promise<{ plain: PathTotals; folded: PathTotals }> {
  const analytics = buildGraph(graph);
  const csr = toCsr(analytics);
  const n = analytics.order;
  const sources = plan ?? { sources: Int32Array.from({ length: n }, (_, i) => i), accumulating: n };
  return {
    plain: plainShortestPathPass(csr, sources),
    folded: await shortestPathPass(csr, componentsOfCsr(csr), sources, new Pacer()),
  };
}

describe('the shortest-path pass on folded pendant trees', () => {
  it('gives every node the dependencies and distance sums of one plain BFS per node when every node is a source', async () => {
    await fc.assert(
      fc.asyncProperty(graphs, async (graph) => {
        const { plain, folded } = await bothPasses(graph);
        plain.dependency.forEach((expected, v) => {
          expect(folded.dependency[v]).toBeCloseTo(expected, 9);
          expect(folded.ownDistanceSum[v]).toBe(plain.ownDistanceSum[v]);
          expect(folded.distanceFromSources[v]).toBe(plain.distanceFromSources[v]);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('gives sampled sources the plain distance sums, and a betweenness estimate whose mean over the sources is exact', async () => {
    await fc.assert(
      fc.asyncProperty(
        graphs.chain((graph) => fc.tuple(fc.constant(graph), plans(graph.nodes.length))),
        async ([graph, plan]) => {
          const { plain, folded } = await bothPasses(graph, plan);
          plain.distanceFromSources.forEach((expected, v) => {
            expect(folded.ownDistanceSum[v]).toBe(plain.ownDistanceSum[v]);
            expect(folded.distanceFromSources[v]).toBe(expected);
          });
          // Unbiased: a one-source sample scaled by n, averaged over the n possible sources,
          // is the exact figure; i.e. the one-source dependencies sum to the exact ones.
          const n = graph.nodes.length;
          const exact = (await bothPasses(graph)).plain.dependency;
          const summed = new Float64Array(n);
          for (let x = 0; x < n; x++) {
            const single = await bothPasses(graph, { sources: Int32Array.of(x), accumulating: 1 });
            single.folded.dependency.forEach((value, v) => (summed[v] += value));
          }
          exact.forEach((expected, v) => expect(summed[v]).toBeCloseTo(expected, 9));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('folds a tree hanging off a triangle into the triangle, and a whole tree into one node', async () => {
    // Triangle 0-1-2; 3 and 4 hang off 0, 5 off 3; the separate path 6-7-8 folds completely.
    const graph = collaboration(9, [
      [0, 1],
      [1, 2],
      [0, 2],
      [0, 3],
      [0, 4],
      [3, 5],
      [6, 7],
      [7, 8],
    ]);
    const analytics = buildGraph(graph);
    const folding = foldPendantTrees(toCsr(analytics));
    expect(Array.from(folding.core.nodes)).toEqual([0, 1, 2, 7]);
    expect(folding.size[0]).toBe(4);
    expect(folding.size[7]).toBe(3);
    expect(folding.parent[5]).toBe(3);
    expect(folding.depthSum[0]).toBe(1 + 1 + 2);
    const { plain, folded } = await bothPasses(graph);
    // 0 lies between {3, 4, 5} and {1, 2} and between 4 and {3, 5}: 2 · (3 · 2 + 1 · 2) ordered pairs.
    expect(plain.dependency[0]).toBeCloseTo(16, 12);
    expect(folded.dependency[0]).toBeCloseTo(16, 12);
    expect(folded.dependency[7]).toBeCloseTo(2, 12);
    expect(folded.ownDistanceSum[5]).toBe(plain.ownDistanceSum[5]);
  });
});
