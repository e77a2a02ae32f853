/**
 * The live graph: a newer drawing merged into the graph sigma is drawing, instead of a new
 * graph and a new layout. Participants and ties that appeared are added (new participants
 * beside a positioned neighbour), those gone (exited, last partnership terminated) are
 * dropped, and every other attribute (status, community, centralities, partnership classes
 * with their stages) is updated in place; positions of known participants never move.
 */
import { edgeFacts, nodeFacts, nodeKey, DEFAULT_EDGE_COLOR, type Drawing, type DrawnGraph } from './graph-model';
import { placeNewNodes } from './layout';

export interface MergeResult {
  addedNodes: string[];
  removedNodes: string[];
  addedEdges: number;
  removedEdges: number;
  /** Participants whose facts (status, community, metrics …) changed. */
  changedNodes: number;
}

const sameFacts = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function mergeDrawing(graph: DrawnGraph, drawing: Drawing): MergeResult {
  const result: MergeResult = { addedNodes: [], removedNodes: [], addedEdges: 0, removedEdges: 0, changedNodes: 0 };
  const count = drawing.nodes.kind.length;
  const keep = new Set<string>();
  for (let i = 0; i < count; i++) {
    const key = nodeKey(drawing, i);
    keep.add(key);
    const facts = nodeFacts(drawing, i);
    if (!graph.hasNode(key)) {
      // Placed below, once its ties are known; appearance comes with the next applyAppearance.
      graph.addNode(key, { x: 0, y: 0, size: 3, color: '#888', hidden: false, ...facts });
      result.addedNodes.push(key);
      continue;
    }
    const { x: _x, y: _y, size: _size, color: _color, hidden: _hidden, ...current } = graph.getNodeAttributes(key);
    if (!sameFacts(current, facts)) {
      graph.mergeNodeAttributes(key, facts);
      result.changedNodes++;
    }
  }
  for (const key of graph.nodes()) {
    if (keep.has(key)) continue;
    graph.dropNode(key);
    result.removedNodes.push(key);
  }

  const ties = new Set<string>();
  for (let j = 0; j < drawing.edges.source.length; j++) {
    const { source, target, weight, classes } = edgeFacts(drawing, j);
    if (!graph.hasNode(source) || !graph.hasNode(target)) continue;
    const existing = graph.edge(source, target);
    if (existing === undefined) {
      ties.add(graph.addEdge(source, target, { size: 1, color: DEFAULT_EDGE_COLOR, hidden: false, weight, classes }));
      result.addedEdges++;
    } else {
      ties.add(existing);
      graph.mergeEdgeAttributes(existing, { weight, classes });
    }
  }
  for (const edge of graph.edges()) {
    if (ties.has(edge)) continue;
    graph.dropEdge(edge);
    result.removedEdges++;
  }

  if (result.addedNodes.length > 0) placeNewNodes(graph, graph.order - result.addedNodes.length);
  return result;
}
