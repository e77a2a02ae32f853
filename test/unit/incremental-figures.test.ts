/**
 * The incremental figures against a from-scratch computation (graphology-components and the
 * graphology engine), over random sequences of graph changes: the union-find applied in place
 * on additions and rebuilt on removals gives the same components as a fresh search every time.
 */
import fc from 'fast-check';
import type { CollaborationGraph } from '../../src/kpi/collaboration-graph';
import { GraphologyEngine } from '../../src/kpi/graphology-engine';
import { findComponents } from '../../src/kpi/graphology/components';
import { buildGraph } from '../../src/kpi/graphology/graph';
import { IncrementalFigures, overlayExact } from '../../src/kpi/incremental/exact-figures';

const NODES = 30;
const id = (i: number) => `p${String(i).padStart(2, '0')}`;

type Change =
  | { kind: 'tie'; a: number; b: number; weight: number }
  | { kind: 'untie'; a: number; b: number }
  | { kind: 'join'; n: number }
  | { kind: 'leave'; n: number };

const change: fc.Arbitrary<Change> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('tie' as const),
      a: fc.nat(NODES - 1),
      b: fc.nat(NODES - 1),
      weight: fc.integer({ min: 1, max: 3 }),
    }),
    weight: 6,
  },
  {
    arbitrary: fc.record({ kind: fc.constant('untie' as const), a: fc.nat(NODES - 1), b: fc.nat(NODES - 1) }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('join' as const), n: fc.nat(NODES - 1) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('leave' as const), n: fc.nat(NODES - 1) }), weight: 1 },
);

/** The graph after a change: nodes present, ties between present nodes (source < target). */
function applyChange(nodes: Set<number>, ties: Map<string, number>, c: Change): void {
  const key = (a: number, b: number) => (a < b ? `${a}-${b}` : `${b}-${a}`);
  if (c.kind === 'join') nodes.add(c.n);
  if (c.kind === 'leave') {
    nodes.delete(c.n);
    for (const k of [...ties.keys()]) if (k.split('-').map(Number).includes(c.n)) ties.delete(k);
  }
  if (c.kind === 'tie' && c.a !== c.b && nodes.has(c.a) && nodes.has(c.b)) ties.set(key(c.a, c.b), c.weight);
  if (c.kind === 'untie') ties.delete(key(c.a, c.b));
}

function graphOf(nodes: Set<number>, ties: Map<string, number>): CollaborationGraph {
  return {
    nodes: [...nodes].sort((a, b) => a - b).map((n) => ({ id: id(n), kind: 'STARTUP', sector: 'AI', region: 'EU' })),
    edges: [...ties].map(([k, weight]) => {
      const [a, b] = k
        .split('-')
        .map(Number)
        .sort((x, y) => x - y);
      return { source: id(a), target: id(b), weight };
    }),
  };
}

it('gives the components, largest share, degrees and density of a fresh computation after every change', async () => {
  // Both paths of the union-find must have been taken for the test to mean anything.
  const ways = new Set<string>();
  await fc.assert(
    fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 60 }), async (changes) => {
      const nodes = new Set([0, 1, 2, 3, 4]);
      const ties = new Map<string, number>();
      const incremental = new IncrementalFigures();
      const base = await new GraphologyEngine().compute(graphOf(nodes, ties));
      incremental.update(graphOf(nodes, ties), 0);
      let version = 0;
      for (const c of changes) {
        applyChange(nodes, ties, c);
        const graph = graphOf(nodes, ties);
        const figures = incremental.update(graph, ++version);
        ways.add(figures.components);
        const fresh = findComponents(buildGraph(graph));
        expect(figures.network.components).toBe(fresh.members.length);
        expect(figures.network.largestComponentShare).toBe(
          graph.nodes.length === 0 ? 0 : fresh.largestSize / graph.nodes.length,
        );
        // Laid over an older full computation, the exact figures are the full engine's.
        const full = await new GraphologyEngine().compute(graph);
        const overlaid = overlayExact(base, figures);
        for (const figure of [
          'nodeCount',
          'edgeCount',
          'density',
          'averageDegree',
          'components',
          'largestComponentShare',
        ] as const) {
          expect(overlaid.network[figure]).toBe(full.network[figure]);
        }
        expect([...overlaid.nodes.keys()]).toEqual([...full.nodes.keys()]);
        for (const [key, node] of full.nodes) {
          expect(overlaid.nodes.get(key)).toMatchObject({ degree: node.degree, weightedDegree: node.weightedDegree });
        }
      }
    }),
    { numRuns: 60 },
  );
  expect([...ways].sort()).toEqual(['additions', 'rebuilt']);
});
