/**
 * The graph view's read-only probe (web/src/graph/GraphView.tsx, `window.__ecographGraph`) as
 * the Node side sees it. Page functions reach it through `globalThis` (this project's Node
 * typings have no DOM).
 */
export interface GraphProbe {
  nodeCount: number;
  edgeCount: number;
  totalNodes: number;
  visibleNodes(): number;
  identities: boolean;
  dataAt: number;
  drawnAt: number | null;
  layoutRunning: boolean;
  lastEgoDrawnMs: number | null;
  lastEgoMs: number | null;
  egoNodes: number;
  pathNodes: number;
  focus: string | null;
  nodeViewport(key: string): { x: number; y: number; size: number } | null;
  setCamera(state: { x: number; y: number; ratio: number }): void;
  keys(): string[];
}

export interface ProbeHost {
  __ecographGraph?: GraphProbe;
}
