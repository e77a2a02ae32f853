/**
 * What is picked out on top of the drawing: the focused participant with its ego network, an
 * introduction path, or search matches. Applied by sigma reducers (the graph's own
 * attributes stay as appearance.ts set them), everything else dimmed.
 */
import type { Settings } from 'sigma/settings';
import { CURSOR_COLOR, DIMMED_COLOR, HIGHLIGHT_EDGE, PATH_COLOR } from './appearance';
import type { EdgeData, NodeData } from './graph-model';

export interface Highlight {
  nodes: Set<string>;
  /** Edge keys drawn emphasised. */
  edges: Set<string>;
  /** Node keys on the introduction path (drawn in the path colour). */
  path: Set<string>;
  pathEdges: Set<string>;
  focus: string | null;
  /** 'drawn': the focus's ties in the drawing (at once); 'api': merged with its `neighborhood`. */
  source: 'drawn' | 'api';
  /** The neighbour under the keyboard cursor (keyboard-walk.ts). */
  cursor: string | null;
}

export const NO_HIGHLIGHT: Highlight = {
  nodes: new Set(),
  edges: new Set(),
  path: new Set(),
  pathEdges: new Set(),
  focus: null,
  source: 'drawn',
  cursor: null,
};

export function isActive(highlight: Highlight): boolean {
  return highlight.nodes.size > 0 || highlight.path.size > 0 || highlight.focus !== null;
}

type Reducers = Pick<Settings<NodeData, EdgeData>, 'nodeReducer' | 'edgeReducer'>;

/** Null reducers when nothing is picked out (sigma shows hovered nodes by itself). */
export function reducers(highlight: Highlight): Reducers {
  if (!isActive(highlight)) return { nodeReducer: null, edgeReducer: null };
  return {
    nodeReducer: (key, data) => {
      if (highlight.path.has(key)) {
        return { ...data, color: PATH_COLOR, forceLabel: true, highlighted: true, zIndex: 2, hidden: false };
      }
      if (key === highlight.cursor) {
        return { ...data, highlighted: true, forceLabel: true, zIndex: 3, hidden: false, color: CURSOR_COLOR };
      }
      if (key === highlight.focus) return { ...data, highlighted: true, forceLabel: true, zIndex: 2, hidden: false };
      if (highlight.nodes.has(key))
        return { ...data, forceLabel: highlight.nodes.size <= 40, zIndex: 1, hidden: false };
      return { ...data, color: DIMMED_COLOR, label: '', zIndex: 0 };
    },
    edgeReducer: (key, data) => {
      if (highlight.pathEdges.has(key)) return { ...data, color: PATH_COLOR, size: 3, zIndex: 2, hidden: false };
      if (highlight.edges.has(key)) return { ...data, color: HIGHLIGHT_EDGE, zIndex: 1, hidden: false };
      return { ...data, color: DIMMED_COLOR };
    },
  };
}
