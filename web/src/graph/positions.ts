/**
 * Node positions kept between visits (localStorage): a returning manager sees the same map,
 * and a layout only runs for participants that are new since. Keyed by node key (global id),
 * so positions survive graph versions; with aggregate disclosure (no ids) the key set is the
 * graph version and node count, because index i may be another participant next time.
 */
import type { DrawnGraph } from './graph-model';

const STORAGE_KEY = 'ecograph.graph.positions.v1';
/** Far more than the medium seed (about 250 KB of JSON for 9,300 nodes). */
const MAX_STORED = 50_000;

interface Stored {
  scope: string;
  positions: Record<string, [number, number]>;
}

export function positionScope(identities: boolean, version: number, nodeCount: number): string {
  return identities ? 'ids' : `aggregate:${version}:${nodeCount}`;
}

/** Sets x, y of every node that has a saved position; returns how many did. */
export function restorePositions(graph: DrawnGraph, scope: string): number {
  let stored: Stored | null = null;
  try {
    stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Stored | null;
  } catch {
    stored = null;
  }
  if (!stored || stored.scope !== scope) return 0;
  let restored = 0;
  graph.updateEachNodeAttributes(
    (key, node) => {
      const saved = stored.positions[key];
      if (saved) {
        node.x = saved[0];
        node.y = saved[1];
        restored++;
      }
      return node;
    },
    { attributes: ['x', 'y'] },
  );
  return restored;
}

export function savePositions(graph: DrawnGraph, scope: string): void {
  if (graph.order > MAX_STORED) return;
  const positions: Record<string, [number, number]> = {};
  graph.forEachNode((key, node) => {
    positions[key] = [Math.round(node.x * 10) / 10, Math.round(node.y * 10) / 10];
  });
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ scope, positions } satisfies Stored));
  } catch {
    // Storage full or disabled: the next visit lays the graph out again.
  }
}
