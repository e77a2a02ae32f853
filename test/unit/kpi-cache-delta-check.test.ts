/**
 * The incremental KPIs' safety net (src/kpi/kpi-cache.ts, verifyHeld): a write that changed C
 * without declaring what it touched leaves the delta empty, so C in memory goes wrong; the
 * next full computation of that version finds the two graphs different, says so, and the
 * cache carries on from the computation's graph. The cache's inputs are plain functions over
 * in-memory graphs here (no database involved in this logic).
 */
import type { CollaborationGraph } from '../../src/kpi/collaboration-graph';
import { GraphologyEngine } from '../../src/kpi/graphology-engine';
import type { CollaborationDelta } from '../../src/kpi/incremental/collaboration-delta.queries';
import { KpiCache } from '../../src/kpi/kpi-cache';

const node = (id: string) => ({ id, kind: 'STARTUP', sector: 'AI', region: 'EU' });
const before: CollaborationGraph = { nodes: [node('a'), node('b'), node('c')], edges: [] };
const after: CollaborationGraph = { ...before, edges: [{ source: 'a', target: 'b', weight: 1 }] };

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}

it('finds an undeclared change when the full computation of that version lands, and carries on from its graph', async () => {
  let version = 1;
  let graph = before;
  const mismatches: { version: number; held: number; read: number }[] = [];
  const incremental = new Map<number, number>();
  const cache = new KpiCache({
    version: async () => version,
    compute: async () => ({ graph, analytics: await new GraphologyEngine().compute(graph) }),
    incremental: {
      // The write below declared nothing: the delta says nothing was touched.
      loadDelta: async (): Promise<CollaborationDelta> => ({
        kind: 'delta',
        version,
        touched: [],
        nodes: [],
        edges: [],
      }),
      loadGraph: async () => graph,
    },
    debounceMs: 50,
    onDeltaMismatch: (detail) => mismatches.push(detail),
    onIncremental: (figures) => incremental.set(figures.version, figures.network.edgeCount),
  });
  try {
    expect((await cache.read()).analytics.network.edgeCount).toBe(0);

    // An undeclared write: C gains a tie, the delta misses it.
    version = 2;
    graph = after;
    await cache.read();
    await until(() => cache.incrementalReads.delta === 1);
    // The incremental figures are wrong for version 2 (what the check exists for)...
    const wrong = await cache.read();
    expect([wrong.exactVersion, wrong.analytics.network.edgeCount]).toEqual([2, 0]);

    // ...until the full computation of version 2 lands: the mismatch is reported.
    await until(() => mismatches.length === 1);
    expect(mismatches).toEqual([{ version: 2, held: 0, read: 1 }]);
    const fixed = await cache.read();
    expect([fixed.version, fixed.analytics.network.edgeCount]).toEqual([2, 1]);

    // The next update starts from the computation's graph, not the wrong one.
    version = 3;
    await cache.read();
    await until(() => incremental.has(3));
    expect(incremental.get(2)).toBe(0);
    expect(incremental.get(3)).toBe(1);
    expect(mismatches).toHaveLength(1);
  } finally {
    cache.close();
  }
});
