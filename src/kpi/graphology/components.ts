/**
 * Connected components (graphology-components) as a component id per node index, with the
 * sizes and member lists the per-component algorithms (closeness estimate, eigenvector) need.
 */
import { connectedComponents } from 'graphology-components';
import type { AnalyticsGraph } from './graph';

export interface Components {
  /** Component id per node index; ids are positions in `members`. */
  of: Int32Array;
  /** Node indices per component. */
  members: Int32Array[];
  largestSize: number;
}

export function findComponents(graph: AnalyticsGraph): Components {
  const of = new Int32Array(graph.order);
  const members = connectedComponents(graph).map((nodes, id) => {
    const indices = new Int32Array(nodes.length);
    nodes.forEach((node, k) => {
      const index = graph.getNodeAttribute(node, 'index');
      indices[k] = index;
      of[index] = id;
    });
    return indices;
  });
  const largestSize = members.reduce((largest, component) => Math.max(largest, component.length), 0);
  return { of, members, largestSize };
}
