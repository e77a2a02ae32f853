/**
 * The sigma renderer's lifecycle for one graph: created when the graph arrives, killed on
 * unmount, with the events the view needs. Camera state survives appearance changes (the
 * graph object is kept and only attributes change).
 */
import { useEffect, useRef, useState } from 'react';
import Sigma from 'sigma';
import type { DrawnGraph, EdgeData, NodeData } from './graph-model';

export type GraphRenderer = Sigma<NodeData, EdgeData>;

export interface SigmaHandlers {
  onClickNode(key: string, shift: boolean): void;
  onDoubleClickNode(key: string): void;
  onEnterNode(key: string): void;
  onLeaveNode(): void;
  onClickStage(): void;
  onFirstRender(): void;
}

/**
 * `renderer` is React state (re-renders when sigma arrives or goes); `live` is the same
 * instance set the moment it is created, for effects later in the same commit (a live merge
 * must make sigma index added ties before anything repaints them, even before the state lands).
 */
export function useSigma(container: HTMLElement | null, graph: DrawnGraph | null, handlers: SigmaHandlers) {
  const [renderer, setRenderer] = useState<GraphRenderer | null>(null);
  const live = useRef<GraphRenderer | null>(null);
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;

  useEffect(() => {
    if (!container || !graph) return undefined;
    performance.mark('graph:sigma');
    const sigma: GraphRenderer = new Sigma<NodeData, EdgeData>(graph, container, {
      // Smooth on ~10k nodes: labels only for large nodes, none while the camera moves.
      labelRenderedSizeThreshold: 9,
      labelDensity: 0.5,
      labelGridCellSize: 120,
      hideLabelsOnMove: true,
      hideEdgesOnMove: graph.size > 20_000,
      zIndex: true,
      defaultEdgeColor: '#c8cfca',
      labelColor: { color: '#1a1f1c' },
      labelFont: 'system-ui, sans-serif',
      minCameraRatio: 0.02,
      maxCameraRatio: 4,
    });
    // The constructor drew the first frame synchronously; it is on screen at the next frame.
    const firstFrame = requestAnimationFrame(() => {
      performance.mark('graph:drawn');
      handlersRef.current.onFirstRender();
    });
    sigma.on('clickNode', ({ node, event }) =>
      handlersRef.current.onClickNode(node, Boolean((event.original as MouseEvent).shiftKey)),
    );
    sigma.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
      preventSigmaDefault();
      handlersRef.current.onDoubleClickNode(node);
    });
    sigma.on('enterNode', ({ node }) => handlersRef.current.onEnterNode(node));
    sigma.on('leaveNode', () => handlersRef.current.onLeaveNode());
    sigma.on('clickStage', () => handlersRef.current.onClickStage());
    live.current = sigma;
    setRenderer(sigma);
    return () => {
      cancelAnimationFrame(firstFrame);
      if (live.current === sigma) live.current = null;
      setRenderer(null);
      sigma.kill();
    };
  }, [container, graph]);

  return { renderer, live };
}

/** Moves the camera onto a node (animated), closer than the overview. */
export function focusCamera(renderer: GraphRenderer, key: string, ratio = 0.15): void {
  const display = renderer.getNodeDisplayData(key);
  if (!display) return;
  void renderer.getCamera().animate({ x: display.x, y: display.y, ratio }, { duration: 400 });
}
