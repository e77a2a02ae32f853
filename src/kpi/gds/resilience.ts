/**
 * Which participants the resilience KPI removes: the ⌈5 % n⌉ highest-degree ones, ties by
 * higher weighted degree, then smaller participant id (code-unit order, like Cypher and
 * Python). The largest component without them is computed in GDS (gds-engine.ts).
 */
import { RESILIENCE_REMOVED_SHARE } from '../definitions';
import { compareIds } from '../graphology/graph';
import type { GdsNode } from './normalise';

export function removalCount(n: number): number {
  return Math.ceil(RESILIENCE_REMOVED_SHARE * n);
}

/** The nodes to remove, in removal-priority order. */
export function mostConnected(nodes: readonly GdsNode[], count: number): GdsNode[] {
  return [...nodes]
    .sort(
      (a, b) =>
        b.values.degree - a.values.degree ||
        b.values.weightedDegree - a.values.weightedDegree ||
        compareIds(a.id, b.id),
    )
    .slice(0, count);
}

/**
 * largestComponentShare after / before. Nodes left without a relationship are not in the
 * subgraph projection, but each is a component of size 1.
 */
export function resilienceRatio(
  largestBefore: number,
  largestInSubgraph: number | null,
  remainingNodes: number,
): number {
  if (largestBefore === 0) return 0;
  const largestAfter = Math.max(largestInSubgraph ?? 0, remainingNodes > 0 ? 1 : 0);
  return largestAfter / largestBefore;
}
