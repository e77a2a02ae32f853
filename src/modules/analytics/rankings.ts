/**
 * Derived views of one KPI snapshot (rankings per metric, community summaries), computed once
 * per snapshot and memoised: a ranking request sorts nothing once the snapshot is warm.
 */
import type { KpiSnapshot } from '../../analytics/kpi-cache';
import type { GraphAnalytics } from '../../analytics/engine';
import type { CentralityMetric } from '../../analytics/definitions';

export interface Ranking {
  /** Highest first; ties by smaller participant id. */
  order: { id: string; value: number }[];
  /** Participant id → 1-based rank. */
  rankOf: Map<string, number>;
}

const rankingCache = new WeakMap<GraphAnalytics, Map<CentralityMetric, Ranking>>();

export function rankings(analytics: GraphAnalytics, metric: CentralityMetric): Ranking {
  let perMetric = rankingCache.get(analytics);
  if (!perMetric) {
    perMetric = new Map();
    rankingCache.set(analytics, perMetric);
  }
  let ranking = perMetric.get(metric);
  if (!ranking) {
    const order = [...analytics.nodes.entries()]
      .map(([id, node]) => ({ id, value: node[metric] }))
      .sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    ranking = { order, rankOf: new Map(order.map((entry, i) => [entry.id, i + 1])) };
    perMetric.set(metric, ranking);
  }
  return ranking;
}

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
