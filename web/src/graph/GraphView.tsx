/**
 * The collaboration graph in WebGL (sigma.js 3 over graphology), the whole graph from one
 * request (`drawableGraph`), laid out by ForceAtlas2 in a web worker, positions kept between
 * visits. Colour, size, filters, focus and path live in the URL (deep links). Decisions and
 * figures: docs/explorer.md ("Graph view").
 *
 * Why sigma 3 and not 4: the issue names sigma 3, `@react-sigma/core` 5 (the React bindings
 * the shell ships) declares `sigma ^3`, and 3.0 is the line Gephi Lite runs on; sigma 4 is a
 * fresh major. The view uses sigma's imperative API in use-sigma.ts only, so moving to 4 later
 * touches that file.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { request } from '../api/graphql';
import { useQuery, useRefetchOn } from '../api/use-query';
import { Empty, Failure, Loading } from '../components/Status';
import { useLive } from '../live/LiveContext';
import {
  GraphDrawingDocument,
  GraphEgoDocument,
  GraphPathDocument,
  type GraphPathQuery,
} from '../generated/operations';
import { applyAppearance, type Legend } from './appearance';
import { DRAW_DIGITS, DRAW_FIRST } from './drawing-request';
import { GraphCard } from './GraphCard';
import { GraphControls, type Facets } from './GraphControls';
import { buildGraph, type Drawing, type DrawnGraph } from './graph-model';
import { GraphSearch } from './GraphSearch';
import { NO_HIGHLIGHT, reducers, type Highlight } from './highlight';
import { layoutDuration, placeNewNodes, runLayout } from './layout';
import { stepCursor, walkableNeighbours, walkKey, walkStart } from './keyboard-walk';
import { mergeDrawing } from './live-merge';
import { positionScope, restorePositions, savePositions } from './positions';
import type { GraphProbe } from './probe';
import { focusCamera, useSigma } from './use-sigma';
import { readViewState, writeViewState, type GraphViewState } from './view-state';
import './graph.css';

declare global {
  interface Window {
    __ecographGraph?: GraphProbe;
  }
}

interface Prepared {
  graph: DrawnGraph;
  scope: string;
  newNodes: number;
  dataAt: number;
}

function prepare(drawing: Drawing): Prepared {
  // Marks for the benchmark's breakdown (performance.getEntriesByType('mark')).
  const dataAt = performance.mark('graph:data').startTime;
  const graph = buildGraph(drawing);
  performance.mark('graph:built');
  const scope = positionScope(drawing.identities, drawing.version, graph.order);
  const restored = restorePositions(graph, scope);
  performance.mark('graph:restored');
  const newNodes = placeNewNodes(graph, restored);
  performance.mark('graph:placed');
  return { graph, scope, newNodes, dataAt };
}

function facetsOf(drawing: Drawing): Facets {
  const classes = drawing.partnershipClasses;
  return {
    kind: [...drawing.kinds],
    sector: [...drawing.sectors],
    region: [...drawing.regions],
    type: [...new Set(classes.map((c) => c.type))].sort(),
    stage: [...new Set(classes.map((c) => c.stage))].sort(),
  };
}

/** Quiet time after the last live event before the drawing is fetched again. */
const LIVE_SETTLE_MS = 400;

export function GraphView() {
  const query = useQuery(GraphDrawingDocument, { first: DRAW_FIRST, significantDigits: DRAW_DIGITS });
  // Live: any event (a write, a KPI recomputation) fetches the drawing again once the burst
  // settles; LoadedGraph merges it into the drawn graph (the API caches it per graph version).
  const { revision } = useLive();
  useRefetchOn(revision, query.refetch, LIVE_SETTLE_MS);
  // A failed live merge rebuilds the view from the newest drawing (a new key remounts it).
  const [rebuilds, setRebuilds] = useState(0);
  const rebuild = useCallback(() => setRebuilds((value) => value + 1), []);
  const drawing = query.data?.drawableGraph ?? null;
  if (query.error && !drawing) return <Failure error={query.error} retry={query.refetch} />;
  if (!drawing) return <Loading what="the collaboration graph" />;
  if (drawing.totalNodes === 0) {
    return (
      <Empty>
        <p>
          No participants yet. Import your own ecosystem (<code>npx ecograph import graph/examples/ai-ecosystem</code>{' '}
          to try), create participants and partnerships through the API, or load the demo ecosystem with{' '}
          <code>npm run seed</code>, then reload.
        </p>
      </Empty>
    );
  }
  return <LoadedGraph key={rebuilds} drawing={drawing} onMergeFailed={rebuild} />;
}

function LoadedGraph({ drawing, onMergeFailed }: { drawing: Drawing; onMergeFailed(): void }) {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const state = useMemo(() => readViewState(params), [params]);
  const stateRef = useRef(state);
  stateRef.current = state;
  const update = useCallback(
    (patch: Partial<GraphViewState>) => setParams(writeViewState({ ...stateRef.current, ...patch }), { replace: true }),
    [setParams],
  );

  // The graph is built once; later drawings (live updates) are merged into it, so sigma, the
  // camera and the positions stay and no layout runs again.
  const [prepared] = useState(() => prepare(drawing));
  const { graph } = prepared;
  const [liveGeneration, setLiveGeneration] = useState(0);
  const mergedDrawing = useRef(drawing);
  const facets = useMemo(() => facetsOf(drawing), [drawing]);
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [highlight, setHighlight] = useState<Highlight>(NO_HIGHLIGHT);
  const [pathPicking, setPathPicking] = useState(false);
  const [path, setPath] = useState<GraphPathQuery['collaborationPath'] | 'none' | null>(null);
  const [legend, setLegend] = useState<Legend | null>(null);
  const [visible, setVisible] = useState(0);
  const [layoutRunning, setLayoutRunning] = useState(false);
  const egoStartedAt = useRef<number | null>(null);

  const probe = useRef<GraphProbe | null>(null);
  const { renderer, live: rendererRef } = useSigma(container, graph, {
    onClickNode: (key, shift) => {
      const current = stateRef.current;
      if ((shift || pathPickingRef.current) && current.focus && current.focus !== key && drawing.identities) {
        setPathPicking(false);
        update({ path: key });
        return;
      }
      egoStartedAt.current = performance.now();
      update({ focus: key, path: null });
    },
    onDoubleClickNode: (key) => {
      if (drawing.identities) void navigate(`/participants/${encodeURIComponent(key)}`);
    },
    onEnterNode: (key) => setHovered(key),
    onLeaveNode: () => setHovered(null),
    onClickStage: () => {
      setPathPicking(false);
      update({ focus: null, path: null });
    },
    onFirstRender: () => {
      if (probe.current) probe.current.drawnAt = performance.now();
    },
  });
  const pathPickingRef = useRef(pathPicking);
  pathPickingRef.current = pathPicking;

  // Probe for tests and the benchmark.
  useEffect(() => {
    probe.current = {
      nodeCount: graph.order,
      edgeCount: graph.size,
      totalNodes: drawing.totalNodes,
      visibleNodes: () => graph.filterNodes((_key, node) => !node.hidden).length,
      identities: drawing.identities,
      dataAt: prepared.dataAt,
      drawnAt: null,
      layoutRunning: false,
      lastEgoDrawnMs: null,
      lastEgoMs: null,
      egoNodes: 0,
      pathNodes: 0,
      focus: null,
      nodeViewport: (key) => {
        const sigma = rendererRef.current;
        const display = sigma?.getNodeDisplayData(key);
        if (!sigma || !display) return null;
        const at = sigma.framedGraphToViewport(display);
        return { x: at.x, y: at.y, size: sigma.scaleSize(display.size) };
      },
      setCamera: (camera) => rendererRef.current?.getCamera().setState(camera),
      keys: () => graph.nodes(),
      hasNode: (key) => graph.hasNode(key),
      hasTie: (a, b) => graph.hasNode(a) && graph.hasNode(b) && graph.hasEdge(a, b),
      nodeAppearance: (key) => {
        if (!graph.hasNode(key)) return null;
        const node = graph.getNodeAttributes(key);
        return { color: node.color, size: node.size, hidden: node.hidden, status: node.status };
      },
      liveUpdates: 0,
      lastMerge: null,
      cursor: null,
      labelColor: () => {
        const setting = rendererRef.current?.getSetting('labelColor');
        return setting && 'color' in setting ? (setting.color ?? null) : null;
      },
    };
    window.__ecographGraph = probe.current;
    return () => {
      if (window.__ecographGraph === probe.current) delete window.__ecographGraph;
    };
    // Built once per graph; live merges update the counts in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [graph, prepared]);

  // Live: a newer drawing is merged into the drawn graph (added, removed, changed in place).
  useEffect(() => {
    if (mergedDrawing.current === drawing) return;
    mergedDrawing.current = drawing;
    let merged: ReturnType<typeof mergeDrawing>;
    try {
      merged = mergeDrawing(graph, drawing);
    } catch (error) {
      console.error('The live update of the graph failed; drawing it again.', error);
      onMergeFailed();
      return;
    }
    if (merged.addedNodes.length > 0 || merged.removedNodes.length > 0) savePositions(graph, prepared.scope);
    // A structural change leaves sigma's program indices unbuilt until its next frame (an added
    // tie is not indexed yet; a dropped node clears every edge's index), and a repaint of every
    // edge before that frame (applyAppearance's update) throws "edge … can't be repaint". On a
    // busy machine that frame comes after React's next commit, so process them now, on the
    // instance itself (its React state may not have landed if sigma was created in this commit).
    const structural =
      merged.addedNodes.length + merged.removedNodes.length + merged.addedEdges + merged.removedEdges > 0;
    if (structural) rendererRef.current?.refresh();
    const current = probe.current;
    if (current) {
      current.nodeCount = graph.order;
      current.edgeCount = graph.size;
      current.totalNodes = drawing.totalNodes;
      current.liveUpdates++;
      current.lastMerge = merged;
    }
    setLiveGeneration((value) => value + 1);
  }, [drawing, graph, prepared.scope, onMergeFailed, rendererRef]);

  // Appearance: colour, size, filters (again after every live merge: new nodes, new metrics).
  const filtersKey = JSON.stringify(state.filters);
  useEffect(() => {
    setLegend(applyAppearance(graph, state.color, state.size, JSON.parse(filtersKey) as GraphViewState['filters']));
    setVisible(graph.filterNodes((_key, node) => !node.hidden).length);
  }, [graph, state.color, state.size, filtersKey, liveGeneration]);

  // Layout in the worker, only when there are unplaced nodes; saved when it stops.
  useEffect(() => {
    const duration = layoutDuration(graph.order, prepared.newNodes);
    if (duration === 0 || graph.size === 0) {
      if (duration > 0) savePositions(graph, prepared.scope);
      return undefined;
    }
    const run = runLayout(graph, duration);
    setLayoutRunning(true);
    if (probe.current) probe.current.layoutRunning = true;
    void run.done.then(() => {
      savePositions(graph, prepared.scope);
      setLayoutRunning(false);
      if (probe.current) probe.current.layoutRunning = false;
    });
    return () => run.stop();
  }, [graph, prepared]);

  // Escape leaves the selection (and a pending path pick), as a click on the empty stage does.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setPathPicking(false);
      if (stateRef.current.focus) update({ focus: null, path: null });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [update]);

  // Focus: camera, ego network (API), highlight.
  const focus = state.focus && graph.hasNode(state.focus) ? state.focus : null;
  useEffect(() => {
    if (probe.current) probe.current.focus = focus;
    setCursor(null);
    if (!focus) {
      setHighlight(NO_HIGHLIGHT);
      return undefined;
    }
    const neighbours = new Set(graph.neighbors(focus));
    setHighlight({ ...NO_HIGHLIGHT, focus, nodes: neighbours, edges: new Set(graph.edges(focus)) });
    if (renderer) focusCamera(renderer, focus);
    if (!drawing.identities) return undefined;
    const controller = new AbortController();
    void request(GraphEgoDocument, { id: focus }, controller.signal)
      .then(({ data }) => {
        const view = data?.participant?.neighborhood;
        if (!view) return;
        const centre = graph.getNodeAttributes(focus);
        for (const node of view.nodes) {
          // Ties the drawing leaves out (a cut drawing) come in beside the focus.
          if (!graph.hasNode(node.id)) {
            graph.addNode(node.id, {
              ...centre,
              x: centre.x + (Math.random() - 0.5) * 30,
              y: centre.y + (Math.random() - 0.5) * 30,
              label: node.label,
              size: 3,
              hidden: false,
              index: -1,
            });
          }
        }
        const nodes = new Set(view.nodes.map((node) => node.id));
        nodes.delete(focus);
        const edges = new Set<string>();
        for (const edge of view.edges) {
          if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
          const existing = graph.edge(edge.source, edge.target);
          const key =
            existing ??
            graph.addEdge(edge.source, edge.target, {
              size: 1,
              color: '#c8cfca',
              hidden: false,
              weight: 1,
              classes: [],
            });
          edges.add(key);
        }
        setHighlight({ ...NO_HIGHLIGHT, focus, nodes, edges, source: 'api' });
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [focus, graph, renderer, drawing.identities]);

  // Introduction path between the focus and `path`.
  const pathTarget = focus && state.path && graph.hasNode(state.path) ? state.path : null;
  useEffect(() => {
    if (!focus || !pathTarget || !drawing.identities) {
      setPath(null);
      return undefined;
    }
    const controller = new AbortController();
    void request(GraphPathDocument, { from: focus, to: pathTarget }, controller.signal)
      .then(({ data }) => setPath(data?.collaborationPath ?? 'none'))
      .catch(() => {
        if (!controller.signal.aborted) setPath('none');
      });
    return () => controller.abort();
  }, [focus, pathTarget, drawing.identities]);

  const shownCursor = cursor && graph.hasNode(cursor) ? cursor : null;
  const shownHighlight = useMemo<Highlight>(() => {
    const withCursor = { ...highlight, cursor: shownCursor };
    if (!path || path === 'none') return withCursor;
    const ids = path.participants.map((p) => p.id);
    const pathEdges = new Set<string>();
    for (let i = 0; i + 1 < ids.length; i++) {
      const key = graph.edge(ids[i] ?? '', ids[i + 1] ?? '');
      if (key) pathEdges.add(key);
    }
    return { ...withCursor, path: new Set(ids), pathEdges };
  }, [highlight, path, graph, shownCursor]);

  // Reducers on the renderer; the ego latency ends with the frame that shows it.
  useEffect(() => {
    if (!renderer) return;
    const { nodeReducer, edgeReducer } = reducers(shownHighlight);
    // Each change re-processes every node (~0.5 s for 10k on a slow CPU): skip a no-op.
    if (nodeReducer !== null || renderer.getSetting('nodeReducer') !== null) {
      renderer.setSetting('nodeReducer', nodeReducer);
    }
    if (edgeReducer !== null || renderer.getSetting('edgeReducer') !== null) {
      renderer.setSetting('edgeReducer', edgeReducer);
    }
    if (probe.current) {
      probe.current.cursor = shownHighlight.cursor;
      probe.current.egoNodes = shownHighlight.nodes.size;
      probe.current.pathNodes = shownHighlight.path.size;
    }
    const started = egoStartedAt.current;
    if (started !== null && shownHighlight.focus !== null) {
      const phase = shownHighlight.source;
      renderer.once('afterRender', () => {
        if (!probe.current) return;
        if (phase === 'api') probe.current.lastEgoMs = performance.now() - started;
        else probe.current.lastEgoDrawnMs = performance.now() - started;
      });
      if (phase === 'api' || !drawing.identities) egoStartedAt.current = null;
    }
  }, [renderer, shownHighlight, drawing.identities]);

  // Keyboard walk (keyboard-walk.ts): arrows through the focus's neighbours, Space selects, Enter opens.
  const onCanvasKey = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    const action = walkKey(event.key);
    if (!action) return;
    event.preventDefault();
    const sizeBy = stateRef.current.size;
    if (action === 'next' || action === 'previous') {
      if (!focus) {
        const start = walkStart(graph, sizeBy);
        if (start) {
          egoStartedAt.current = performance.now();
          update({ focus: start, path: null });
        }
        return;
      }
      setCursor(stepCursor(walkableNeighbours(graph, focus, sizeBy), shownCursor, action === 'next' ? 1 : -1));
      return;
    }
    if (action === 'select') {
      if (shownCursor) {
        egoStartedAt.current = performance.now();
        update({ focus: shownCursor, path: null });
      }
      return;
    }
    const target = shownCursor ?? focus;
    if (target && drawing.identities) void navigate(`/participants/${encodeURIComponent(target)}`);
  };
  const walkStatus = (() => {
    if (!focus) return '';
    const name = (key: string) => (drawing.identities ? graph.getNodeAttribute(key, 'label') : 'a participant');
    if (!shownCursor) return `Selected ${name(focus)}, ${graph.degree(focus)} partners. Arrow keys step through them.`;
    const neighbours = walkableNeighbours(graph, focus, state.size);
    return `${name(shownCursor)}: partner ${neighbours.indexOf(shownCursor) + 1} of ${neighbours.length} of ${name(focus)}. Space selects it${drawing.identities ? ', Enter opens its page' : ''}.`;
  })();

  const cardKey = hovered ?? shownCursor ?? focus;
  const cardNode = cardKey && graph.hasNode(cardKey) ? graph.getNodeAttributes(cardKey) : null;

  return (
    <section aria-labelledby="graph-title" className="graph-view">
      <header className="graph-header">
        <h1 id="graph-title">Collaboration graph</h1>
        <p className="muted" data-testid="graph-summary">
          {visible.toLocaleString()} of {drawing.totalNodes.toLocaleString()} participants,{' '}
          {drawing.totalEdges.toLocaleString()} ties · KPI snapshot v{drawing.version} ({drawing.engine})
          {drawing.stale ? ' · recomputing after a change (the drawing updates by itself)' : ''}
          {drawing.truncated ? ' · the drawing is cut to the largest components' : ''}
          {layoutRunning ? ' · laying out…' : ''}
        </p>
      </header>
      <div className="graph-body">
        <div className="graph-side">
          {drawing.identities ? (
            <GraphSearch
              graph={graph}
              onPick={(key) => {
                egoStartedAt.current = performance.now();
                update({ focus: key, path: null });
              }}
            />
          ) : (
            <p className="hint">
              Names are hidden for your role (aggregate disclosure): search and participant pages are off.
            </p>
          )}
          <GraphControls
            color={state.color}
            size={state.size}
            filters={state.filters}
            facets={facets}
            legend={legend}
            onColor={(color) => update({ color })}
            onSize={(size) => update({ size })}
            onFilters={(filters) => update({ filters })}
          />
        </div>
        <div className="graph-stage">
          <div
            ref={setContainer}
            className="graph-canvas"
            data-testid="graph-canvas"
            data-node-count={graph.order}
            role="application"
            aria-roledescription="graph"
            tabIndex={0}
            onKeyDown={onCanvasKey}
            aria-label={`Collaboration graph of ${graph.order} participants and ${graph.size} ties.`}
            aria-describedby="graph-keys"
          />
          <p id="graph-keys" className="visually-hidden">
            Arrow keys select the most central participant, then step through the selected participant&apos;s partners;
            Space selects the partner under the cursor{drawing.identities ? ', Enter opens its page' : ''}; Escape
            clears the selection.
          </p>
          <p className="visually-hidden" aria-live="polite" data-testid="graph-walk-status">
            {walkStatus}
          </p>
          {cardKey && cardNode ? (
            <GraphCard
              nodeKey={cardKey}
              node={cardNode}
              identities={drawing.identities}
              selected={cardKey === focus}
              pathPicking={pathPicking}
              onPickPath={() => setPathPicking((value) => !value)}
              onClear={() => update({ focus: null, path: null })}
            />
          ) : null}
          {path ? (
            <div className="graph-path" data-testid="graph-path" aria-live="polite">
              {path === 'none' ? (
                'No introduction path within 6 partnerships.'
              ) : (
                <>
                  <strong>
                    Introduction path ({path.hops} {path.hops === 1 ? 'partnership' : 'partnerships'}):
                  </strong>{' '}
                  {path.participants.map((p) => p.name).join(' → ')}
                </>
              )}
            </div>
          ) : null}
        </div>
      </div>
    </section>
  );
}
