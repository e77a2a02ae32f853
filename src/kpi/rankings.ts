/**
 * Centrality rankings of one snapshot, computed once per snapshot and metric and memoised:
 * the ranking queries and the KPI subscription's rank changes read the same ranking.
 */
import type { CentralityMetric } from './definitions';
import type { GraphAnalytics } from './engine';

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
