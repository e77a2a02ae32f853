/**
 * Colour, size and visibility of nodes and edges, written into the graph's attributes in one
 * pass when the view state changes (sigma then redraws once). Highlights (focus, ego network,
 * path, search) are a reducer on top, so they cost nothing while unused.
 */
import type { DrawnGraph, ColorBy, NodeData, SizeMetric } from './graph-model';
import type { GraphFilters } from './view-state';

/**
 * Distinguishable, colour-blind aware (Okabe–Ito first, then ColorBrewer), and each at least
 * 3:1 against the white canvas (WCAG 2.2 AA for graphical objects, 1.4.11; checked by the
 * graph view's browser test): Okabe–Ito's orange and sky blue are darkened for it.
 */
export const PALETTE = [
  '#0072b2',
  '#c27c00',
  '#009e73',
  '#d55e00',
  '#cc79a7',
  '#3b8ccc',
  '#8c6d31',
  '#6a3d9a',
  '#b15928',
  '#808000',
  '#e7298a',
  '#5a8f1a',
];
export const OTHER_COLOR = '#868e89';
export const DIMMED_COLOR = '#e3e7e4';
export const HIGHLIGHT_EDGE = '#14532d';
export const PATH_COLOR = '#c2185b';
/** The keyboard cursor's node: the ink colour, distinct from every palette entry. */
export const CURSOR_COLOR = '#1a1f1c';

const pickers: Record<ColorBy, (node: NodeData) => string> = {
  community: (node) => String(node.community),
  kind: (node) => node.kind,
  sector: (node) => node.sector,
  region: (node) => node.region,
};

export interface Legend {
  entries: { value: string; color: string; count: number }[];
  /** Values beyond the palette share one colour. */
  others: number;
}

/** The palette goes to the most frequent values; the rest share "other". */
export function legendFor(graph: DrawnGraph, colorBy: ColorBy): Legend {
  const pick = pickers[colorBy];
  const counts = new Map<string, number>();
  graph.forEachNode((_key, node) => counts.set(pick(node), (counts.get(pick(node)) ?? 0) + 1));
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = sorted.slice(0, PALETTE.length);
  return {
    entries: shown.map(([value, count], i) => ({ value, count, color: PALETTE[i] ?? OTHER_COLOR })),
    others: sorted.length - shown.length,
  };
}

/** Smaller dots for big graphs: 9,000 nodes at the small-graph sizes cover the canvas. */
function sizeRange(order: number): [number, number] {
  return order > 2_000 ? [1, 12] : [2, 16];
}

export function applyAppearance(
  graph: DrawnGraph,
  colorBy: ColorBy,
  sizeBy: SizeMetric,
  filters: GraphFilters,
): Legend {
  const legend = legendFor(graph, colorBy);
  const colorOf = new Map(legend.entries.map((entry) => [entry.value, entry.color]));
  const pick = pickers[colorBy];
  let max = 0;
  graph.forEachNode((_key, node) => {
    max = Math.max(max, node.metrics[sizeBy]);
  });
  const [MIN_SIZE, MAX_SIZE] = sizeRange(graph.order);
  const keep = (values: string[], value: string) => values.length === 0 || values.includes(value);
  graph.updateEachNodeAttributes(
    (_key, node) => {
      node.color = colorOf.get(pick(node)) ?? OTHER_COLOR;
      // Square root: area, not radius, grows with the metric.
      node.size = MIN_SIZE + (MAX_SIZE - MIN_SIZE) * (max > 0 ? Math.sqrt(node.metrics[sizeBy] / max) : 0);
      node.hidden = !(
        keep(filters.kind, node.kind) &&
        keep(filters.sector, node.sector) &&
        keep(filters.region, node.region)
      );
      return node;
    },
    { attributes: ['color', 'size', 'hidden'] },
  );
  const byClass = filters.type.length > 0 || filters.stage.length > 0;
  graph.updateEachEdgeAttributes(
    (_key, edge, _source, _target, sourceData, targetData) => {
      const classes = byClass
        ? edge.classes.filter((c) => keep(filters.type, c.type) && keep(filters.stage, c.stage)).length
        : edge.weight;
      edge.hidden = sourceData.hidden || targetData.hidden || classes === 0;
      edge.size = Math.min(4, 0.5 + 0.5 * classes);
      return edge;
    },
    { attributes: ['hidden', 'size'] },
  );
  return legend;
}
