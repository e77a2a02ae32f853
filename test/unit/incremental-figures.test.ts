/**
 * The incremental figures against a from-scratch computation by the graphology engine, over
 * random sequences of graph changes applied as the deltas the database would answer: C kept in
 * memory (with its triangles kept around the changed ties) gives every exact figure of a fresh
 * computation, and the warm-started PageRank and eigenvector its scores to tolerance.
 */
import fc from 'fast-check';
import type { CollaborationGraph } from '../../src/kpi/collaboration-graph';
import { GraphologyEngine } from '../../src/kpi/graphology-engine';
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
    edges: [...ties]
      .map(([k, weight]) => {
        const [a, b] = k
          .split('-')
          .map(Number)
          .sort((x, y) => x - y);
        return { source: id(a), target: id(b), weight };
      })
      .sort((x, y) => (x.source + x.target < y.source + y.target ? -1 : 1)),
  };
}

/**
 * The delta the database would answer after `changes` (collaboration-delta.queries.ts): the
 * participants they touched, those of them still in C, and every tie with an end among them.
 */
function deltaOf(changes: readonly Change[], graph: CollaborationGraph, version: number) {
  const touched = new Set<string>();
  for (const c of changes) {
    if (c.kind === 'tie' || c.kind === 'untie') [c.a, c.b].forEach((n) => touched.add(id(n)));
    else touched.add(id(c.n));
  }
  return {
    kind: 'delta' as const,
    version,
    touched: [...touched].sort(),
    nodes: graph.nodes.filter((node) => touched.has(node.id)),
    edges: graph.edges.filter((edge) => touched.has(edge.source) || touched.has(edge.target)),
  };
}

it('moved by deltas, gives every exact figure of a fresh full computation after every change', async () => {
  let deltas = 0;
  let multiple = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 30 }),
      async (batches) => {
        const nodes = new Set([0, 1, 2, 3, 4]);
        const ties = new Map<string, number>();
        const incremental = new IncrementalFigures();
        let previous = await new GraphologyEngine().compute(graphOf(nodes, ties));
        const base = previous;
        incremental.startFrom(graphOf(nodes, ties), 0);
        let version = 0;
        for (const batch of batches) {
          for (const c of batch) applyChange(nodes, ties, c);
          const graph = graphOf(nodes, ties);
          const figures = await incremental.advance(deltaOf(batch, graph, ++version), previous.nodes);
          deltas += 1;
          if (batch.length > 1) multiple += 1;
          expect(figures.read).toBe('delta');
          expect(figures.version).toBe(version);
          expect(figures.graph).toEqual(graph);

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
            'transitivity',
            'averageClustering',
            'articulationPoints',
            'bridges',
          ] as const) {
            expect([figure, overlaid.network[figure]]).toEqual([figure, full.network[figure]]);
          }
          expect([...overlaid.nodes.keys()]).toEqual([...full.nodes.keys()]);
          for (const [key, node] of full.nodes) {
            const served = overlaid.nodes.get(key)!;
            expect(served).toMatchObject({ degree: node.degree, weightedDegree: node.weightedDegree });
            // Warm-started from the last version: the same fixed point, to the kernels' tolerance.
            expect(Math.abs(served.pageRank - node.pageRank)).toBeLessThan(1e-9);
            expect(Math.abs(served.eigenvector - node.eigenvector)).toBeLessThan(1e-6);
          }
          previous = overlaid;
        }
      },
    ),
    { numRuns: 60 },
  );
  // Deltas spanning several writes (several versions read at once) were exercised too.
  expect(multiple).toBeGreaterThan(10);
  expect(deltas).toBeGreaterThan(100);
});

it('refuses a delta that reaches a participant C does not hold (the cache then reads C whole)', async () => {
  const incremental = new IncrementalFigures();
  incremental.startFrom(graphOf(new Set([0, 1]), new Map()), 0);
  await expect(
    incremental.advance(
      { kind: 'delta', version: 1, touched: [id(0)], nodes: [], edges: [{ source: id(0), target: id(7), weight: 1 }] },
      new Map(),
    ),
  ).rejects.toThrow(/reaches p07, not in C/);
});
