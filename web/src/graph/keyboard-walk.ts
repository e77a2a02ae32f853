/**
 * Walking the graph from the keyboard: with the canvas focused, the arrow keys step through the
 * selected participant's neighbours (most central first, by the size metric), Space selects
 * the neighbour under the cursor (the walk goes on from there) and Enter opens its page. With
 * nothing selected an arrow key selects the most central participant shown.
 */
import type { DrawnGraph, SizeMetric } from './graph-model';

export type WalkKey = 'next' | 'previous' | 'select' | 'open';

export function walkKey(key: string): WalkKey | null {
  if (key === 'ArrowDown' || key === 'ArrowRight') return 'next';
  if (key === 'ArrowUp' || key === 'ArrowLeft') return 'previous';
  if (key === ' ') return 'select';
  if (key === 'Enter') return 'open';
  return null;
}

const byMetric = (graph: DrawnGraph, metric: SizeMetric) => (a: string, b: string) =>
  graph.getNodeAttribute(b, 'metrics')[metric] - graph.getNodeAttribute(a, 'metrics')[metric] ||
  graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label'));

/** The focus's neighbours that are shown (not filtered out), most central first. */
export function walkableNeighbours(graph: DrawnGraph, focus: string, metric: SizeMetric): string[] {
  if (!graph.hasNode(focus)) return [];
  return graph.filterNeighbors(focus, (_key, node) => !node.hidden).sort(byMetric(graph, metric));
}

/** The most central participant shown: where a walk starts when nothing is selected. */
export function walkStart(graph: DrawnGraph, metric: SizeMetric): string | null {
  let best: string | null = null;
  let bestValue = Number.NEGATIVE_INFINITY;
  graph.forEachNode((key, node) => {
    if (node.hidden || node.metrics[metric] <= bestValue) return;
    best = key;
    bestValue = node.metrics[metric];
  });
  return best;
}

/** The cursor's next position among `neighbours` (wrapping), from `cursor` (null: none yet). */
export function stepCursor(neighbours: string[], cursor: string | null, step: 1 | -1): string | null {
  if (neighbours.length === 0) return null;
  const at = cursor === null ? -1 : neighbours.indexOf(cursor);
  if (at < 0) return step === 1 ? neighbours[0]! : neighbours[neighbours.length - 1]!;
  return neighbours[(at + step + neighbours.length) % neighbours.length]!;
}
