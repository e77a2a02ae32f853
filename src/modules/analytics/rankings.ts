/**
 * Derived views of one KPI snapshot (rankings per metric from analytics/rankings.ts, community
 * summaries), computed once per snapshot and memoised: a request sorts nothing once warm.
 */
import type { KpiSnapshot } from '../../kpi/kpi-cache';
import type { GraphAnalytics } from '../../kpi/engine';
export { rankings, type Ranking } from '../../kpi/rankings';

export interface CommunitySummary {
  id: number;
  size: number;
  kinds: { value: string; share: number }[];
  sectors: { value: string; share: number }[];
  internalDensity: number;
  /** By weighted degree, highest first. */
  memberIds: string[];
}

const communityCache = new WeakMap<GraphAnalytics, CommunitySummary[]>();

function topShares(values: string[]): { value: string; share: number }[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()]
    .map(([value, count]) => ({ value, share: count / values.length }))
    .sort((a, b) => b.share - a.share || a.value.localeCompare(b.value));
}

/** Every community, largest first, with its make-up and internal density. */
export function shares(snapshot: KpiSnapshot): CommunitySummary[] {
  const cached = communityCache.get(snapshot.analytics);
  if (cached) return cached;
  const { analytics, graph } = snapshot;
  const members = new Map<number, string[]>();
  for (const [id, node] of analytics.nodes) members.set(node.community, [...(members.get(node.community) ?? []), id]);
  const internalTies = new Map<number, number>();
  for (const edge of graph.edges) {
    const a = analytics.nodes.get(edge.source)?.community;
    if (a !== undefined && a === analytics.nodes.get(edge.target)?.community) {
      internalTies.set(a, (internalTies.get(a) ?? 0) + 1);
    }
  }
  const info = new Map(graph.nodes.map((node) => [node.id, node]));
  const summaries = [...members.entries()]
    .map(([id, ids]) => {
      const size = ids.length;
      const possible = (size * (size - 1)) / 2;
      return {
        id,
        size,
        kinds: topShares(ids.map((member) => info.get(member)?.kind ?? 'UNKNOWN')),
        sectors: topShares(ids.map((member) => info.get(member)?.sector ?? 'UNKNOWN')),
        internalDensity: possible > 0 ? (internalTies.get(id) ?? 0) / possible : 0,
        memberIds: [...ids].sort(
          (a, b) => (analytics.nodes.get(b)?.weightedDegree ?? 0) - (analytics.nodes.get(a)?.weightedDegree ?? 0),
        ),
      };
    })
    .sort((a, b) => b.size - a.size || a.id - b.id);
  communityCache.set(analytics, summaries);
  return summaries;
}
