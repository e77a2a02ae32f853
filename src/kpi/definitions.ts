/**
 * KPI definitions shared by every engine (see docs/kpis.md and ../shared/DESIGN.md): the
 * conventions follow NetworkX so results can be checked against it.
 */

/** Centrality metrics per participant, on the collaboration graph C. */
export const CENTRALITY_METRICS = [
  'degree',
  'weightedDegree',
  'pageRank',
  'betweenness',
  'closeness',
  'eigenvector',
] as const;
export type CentralityMetric = (typeof CENTRALITY_METRICS)[number];

export const PAGERANK = { damping: 0.85, tolerance: 1e-12, maxIterations: 1000 } as const;
export const EIGENVECTOR = { tolerance: 1e-12, maxIterations: 10_000 } as const;
/** Share of participants removed (highest degree first) by the resilience KPI. */
export const RESILIENCE_REMOVED_SHARE = 0.05;
/** Exact betweenness up to this many nodes; above it, source sampling. */
export const EXACT_BETWEENNESS_MAX_NODES = 20_000;
export const BETWEENNESS_SAMPLE_SIZE = 1_000;
