/**
 * Louvain communities (graphology-communities-louvain, weighted, resolution 1) and the
 * weighted modularity of that partition (graphology-metrics). Louvain visits nodes in a
 * random order; seeded PRNGs make the partition a function of the graph alone (the graph
 * is built in id order, graph.ts). One run can stop in a poor local optimum, so `runs`
 * seeded runs are made and the most modular partition kept (ties: the earliest seed); see
 * COMMUNITY_RUNS in ../definitions.ts. Community ids are renumbered by size (0 = largest,
 * ties by first member in id order) so they do not depend on the library's numbering.
 */
import louvain from 'graphology-communities-louvain';
import modularity from 'graphology-metrics/graph/modularity';
import { Random } from '../../core/random';
import type { AnalyticsGraph } from './graph';

export interface Communities {
  /** Community id per node index. */
  of: Int32Array;
  /** 0 for a graph without edges (modularity is undefined there: 0 / 0). */
  modularity: number;
}

export function louvainCommunities(graph: AnalyticsGraph, seed: number, runs = 1): Communities {
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`runs must be a positive integer, got ${runs}`);
  let best: Communities | null = null;
  for (let run = 0; run < runs; run++) {
    const found = louvainRun(graph, seed + run);
    if (!best || found.modularity > best.modularity) best = found;
    // Without edges every run gives the same answer (singletons).
    if (graph.size === 0) break;
  }
  return { of: renumberBySize(best!.of), modularity: best!.modularity };
}

function louvainRun(graph: AnalyticsGraph, seed: number): Communities {
  const random = Random.seeded(seed);
  louvain.assign(graph, { getEdgeWeight: 'weight', resolution: 1, rng: () => random.float() });
  const raw = new Int32Array(graph.order);
  graph.forEachNode((_node, attributes) => {
    raw[attributes.index] = attributes.community ?? 0;
  });
  const score = graph.size === 0 ? 0 : modularity(graph, { getEdgeWeight: 'weight', getNodeCommunity: 'community' });
  return { of: raw, modularity: score };
}

function renumberBySize(raw: Int32Array): Int32Array {
  const size = new Map<number, number>();
  const first = new Map<number, number>();
  raw.forEach((community, i) => {
    size.set(community, (size.get(community) ?? 0) + 1);
    if (!first.has(community)) first.set(community, i);
  });
  const ranked = [...size.keys()].sort(
    (a, b) => (size.get(b) ?? 0) - (size.get(a) ?? 0) || (first.get(a) ?? 0) - (first.get(b) ?? 0),
  );
  const id = new Map(ranked.map((community, rank) => [community, rank]));
  return raw.map((community) => id.get(community) ?? 0);
}
