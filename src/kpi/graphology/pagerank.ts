/**
 * PageRank with graphology-metrics, as NetworkX `pagerank(alpha=0.85, weight="weight")`:
 * each undirected edge walked both ways with its weight, the mass of dangling (isolated)
 * nodes spread uniformly, same L1 stopping rule (N · tolerance). The tolerance is far
 * tighter than graphology's default 1e-6, and the result is renormalised so rounding
 * drift cannot make the scores sum to anything but 1.
 */
import pagerank from 'graphology-metrics/centrality/pagerank';
import { PAGERANK } from '../definitions';
import type { AnalyticsGraph } from './graph';

export function pageRank(graph: AnalyticsGraph): Float64Array {
  const scores = new Float64Array(graph.order);
  if (graph.order === 0) return scores;
  const byNode = pagerank(graph, {
    getEdgeWeight: 'weight',
    alpha: PAGERANK.damping,
    tolerance: PAGERANK.tolerance,
    maxIterations: PAGERANK.maxIterations,
  });
  let sum = 0;
  graph.forEachNode((node, attributes) => {
    scores[attributes.index] = byNode[node];
    sum += byNode[node];
  });
  return scores.map((score) => score / sum);
}
