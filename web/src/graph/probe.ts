/**
 * The graph view's read-only probe, `window.__ecographGraph`, for the browser tests and
 * `npm run bench -- web` (test/browser/support/probe.ts re-exports it for the Node side). No DOM
 * types here: the tests' TypeScript project has none.
 */
export interface GraphProbe {
  nodeCount: number;
  edgeCount: number;
  totalNodes: number;
  visibleNodes(): number;
  identities: boolean;
  /** performance.now() when the data arrived / the first frame was drawn. */
  dataAt: number;
  drawnAt: number | null;
  layoutRunning: boolean;
  /** Click (or search pick) to the frame showing the focus's ties in the drawing. */
  lastEgoDrawnMs: number | null;
  /** Click to the frame showing the ego network merged from the API (`neighborhood`). */
  lastEgoMs: number | null;
  egoNodes: number;
  pathNodes: number;
  focus: string | null;
  /** Viewport position and drawn radius of a node inside the canvas container (for real clicks). */
  nodeViewport(key: string): { x: number; y: number; size: number } | null;
  /** Moves the camera (framed-graph coordinates, 0.5/0.5 = centre, ratio 1 = whole graph). */
  setCamera(state: { x: number; y: number; ratio: number }): void;
  keys(): string[];
  hasNode(key: string): boolean;
  /** Whether the drawing ties two participants. */
  hasTie(a: string, b: string): boolean;
  /** What sigma is told to draw for a node (null when the graph has no such node). */
  nodeAppearance(key: string): { color: string; size: number; hidden: boolean; status: string } | null;
  /** The neighbour under the keyboard cursor. */
  cursor: string | null;
  /** The colour sigma draws labels in (null before the renderer exists). */
  labelColor(): string | null;
  /** Live drawings merged into the graph since it was built, and what the last one changed. */
  liveUpdates: number;
  lastMerge: {
    addedNodes: string[];
    removedNodes: string[];
    addedEdges: number;
    removedEdges: number;
    changedNodes: number;
  } | null;
}
