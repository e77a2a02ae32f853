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
/**
 * Sampled sources. 2,000 since the searches run on the folded core (issue 15): they cost what
 * 1,000 plain ones did, and on the large seed the top 20 by betweenness then agree with the
 * exact top 20 in 17–19 of 20 for 7 of 8 sampling seeds (16–17 with 1,000; docs/kpis.md).
 */
export const BETWEENNESS_SAMPLE_SIZE = 2_000;

/**
 * Community detection restarts (issue 15, item 4): Louvain is a randomised heuristic whose
 * single runs end in local optima of varying quality (NetworkX: 0.4176-0.4449 on the karate
 * club over 50 seeds). Each engine makes up to `maxRuns` deterministic runs (graphology:
 * Louvain with seeds seed..seed+runs-1; GDS: Louvain plus Leiden with seeds) and keeps the
 * most modular partition. Measured on the reference graphs (test/fixtures/louvain.json):
 * single runs fell short of NetworkX's median on 2 of 7 graphs in process and 4 of 7 in GDS;
 * the best of 8 reached it on all 7, the two engines within 0.003 of each other.
 * Restarts cost one Louvain each (0.08 s on the medium seed's 15k ties, 0.6 s on the large
 * seed's 155k), so they are capped by a budget of ties visited: 8 runs up to 8,000 ties, 4 on
 * the medium seed, 1 from 64,000 ties (where single runs vary least: 0.7972-0.7990 over
 * 8 seeds on the medium seed against NetworkX's median 0.7984).
 */
export const COMMUNITY_RUNS = { maxRuns: 8, tieBudget: 64_000 } as const;

/** Deterministic community runs for a graph of `edgeCount` ties (see COMMUNITY_RUNS). */
export function communityRuns(edgeCount: number): number {
  const affordable = Math.floor(COMMUNITY_RUNS.tieBudget / Math.max(1, edgeCount));
  return Math.max(1, Math.min(COMMUNITY_RUNS.maxRuns, affordable));
}

/**
 * `auto` (select-engine.ts): GDS computes graphs of at least this many participants, up to
 * EXACT_BETWEENNESS_MAX_NODES (while the in-process engine traverses from every source; above
 * it the in-process engine samples and wins at every size). Measured by `npm run bench --
 * engine-crossover` on 2 cores, both engines interleaved on the same graphs, GDS / in process
 * per pair of runs: 4.2-7.6x at 1,000 participants, 3.9-5.2x at 4,000, 2.2-6.9x at 12,000,
 * 3.3-4.0x at 16,000, 0.69-5.3x at 20,000 (median of 5 pairs 2.5); 2.8-3.4x at 40,000,
 * 4.6-7.5x at 100,000. GDS won one pair of 14 in the exact regime, so the default lies past
 * it: in process at every size. With many cores GDS's parallel traversals gain in the exact
 * regime: measure there and set ANALYTICS_AUTO_GDS_FROM_PARTICIPANTS.
 */
export const AUTO_GDS_FROM_PARTICIPANTS = EXACT_BETWEENNESS_MAX_NODES + 1;
