/**
 * Layout off the main thread: nodes without a saved position start in a circle pack grouped
 * by component and community (an instantly readable first picture), then ForceAtlas2 refines
 * it in a web worker (graphology-layout-forceatlas2/worker) for a bounded time, and the result
 * is saved for the next visit. Participants new since the last visit are placed beside a
 * positioned neighbour and only a short refinement runs.
 */
import circlepack from 'graphology-layout/circlepack';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import type { DrawnGraph } from './graph-model';

/** Deterministic jitter (a seeded LCG): the same graph gives the same first picture. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Places nodes not in `positioned`; returns how many were placed. */
export function placeNewNodes(graph: DrawnGraph, positioned: number): number {
  const rng = seeded(42);
  if (positioned === 0) {
    circlepack.assign(graph, { hierarchyAttributes: ['component', 'community'], rng, scale: 1000 });
    return graph.order;
  }
  let placed = 0;
  const known = new Set<string>();
  graph.forEachNode((key, node) => {
    if (node.x !== 0 || node.y !== 0) known.add(key);
  });
  graph.forEachNode((key) => {
    if (known.has(key)) return;
    const anchor = graph.neighbors(key).find((neighbour) => known.has(neighbour));
    const base = anchor ? graph.getNodeAttributes(anchor) : { x: 0, y: 0 };
    graph.mergeNodeAttributes(key, { x: base.x + (rng() - 0.5) * 20, y: base.y + (rng() - 0.5) * 20 });
    placed++;
  });
  return placed;
}

export interface LayoutRun {
  stop(): void;
  done: Promise<void>;
}

/**
 * ForceAtlas2 in a worker for `durationMs` (longer for bigger graphs), then stops. Barnes–Hut
 * above 2,000 nodes, as the library advises for large graphs.
 */
export function runLayout(graph: DrawnGraph, durationMs: number): LayoutRun {
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > 2_000,
    adjustSizes: false,
    strongGravityMode: true,
    gravity: 0.05,
  };
  const supervisor = new FA2LayoutSupervisor(graph, { settings, getEdgeWeight: 'weight' });
  supervisor.start();
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const timer = window.setTimeout(() => stop(), durationMs);
  let stopped = false;
  function stop() {
    if (stopped) return;
    stopped = true;
    window.clearTimeout(timer);
    supervisor.kill();
    finish();
  }
  return { stop, done };
}

/** Layout time by size: enough for the medium seed to settle, short for a refinement. */
export function layoutDuration(nodeCount: number, newNodes: number): number {
  if (newNodes === 0) return 0;
  if (newNodes < nodeCount * 0.1) return 1_500;
  return Math.min(8_000, 2_000 + nodeCount / 2);
}
