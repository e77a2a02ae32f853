/**
 * From GDS's raw per-node results to the KPI definitions (NetworkX conventions, see
 * ../definitions.ts): pure functions, checked against NetworkX on the karate club.
 */
import type { Row } from '../../db/values';
import { compareIds } from '../graphology/graph';
import { NODE_PROPERTIES, type NodeProperty } from './algorithms';

/** One node of the projection with every mutated property. */
export interface GdsNode {
  /** GDS node id (the Neo4j node id: the projection used database nodes). */
  nodeId: number;
  /** Participant id. */
  id: string;
  values: Record<NodeProperty, number>;
}

/**
 * Parses the rows of `streamNodeProperties`, sorted by participant id. A property not
 * streamed takes its default; one streamed but missing or not a number is an error.
 */
export function parseNodes(rows: Row[], defaults: Partial<Record<NodeProperty, number>> = {}): GdsNode[] {
  const nodes = rows.map((row) => {
    const names = row.names as string[];
    const values = row.values as unknown[];
    const byName = new Map(names.map((name, i) => [name, values[i]]));
    const parsed = {} as Record<NodeProperty, number>;
    for (const property of NODE_PROPERTIES) {
      const value = byName.get(property) ?? defaults[property];
      if (typeof value !== 'number') {
        throw new Error(`GDS returned no numeric ${property} for participant ${String(row.id)}`);
      }
      parsed[property] = value;
    }
    return { nodeId: Number(row.nodeId), id: String(row.id), values: parsed };
  });
  return nodes.sort((a, b) => compareIds(a.id, b.id));
}

/**
 * GDS PageRank keeps the rank that reaches a dangling node (an isolated participant) there
 * instead of spreading it, and starts from 1 − d rather than 1/n. With uniform teleport,
 * NetworkX's solution is the same linear system's, scaled: x = y / Σy.
 */
export function unitSum(values: number[]): number[] {
  const sum = values.reduce((total, value) => total + value, 0);
  return sum === 0 ? values.map(() => 0) : values.map((value) => value / sum);
}

/**
 * Factor from GDS betweenness to NetworkX `normalized=True`. On an undirected graph GDS
 * halves the dependency sum over sources (each pair is seen from both ends), so its score is
 * NetworkX's unnormalised one; normalising is then × 2 / ((n − 1)(n − 2)). With k sampled
 * sources the sum is extrapolated by n / k, as NetworkX does with `k`.
 */
export function betweennessScale(n: number, sourcesUsed: number): number {
  if (n <= 2 || sourcesUsed === 0) return 0;
  return (2 / ((n - 1) * (n - 2))) * (n / sourcesUsed);
}

export interface Clustering {
  /** 3 × triangles / connected triples (Σ triangles per node / Σ C(degree, 2)). */
  transitivity: number;
  /** Mean local clustering over all nodes, degree < 2 counting as 0. */
  averageClustering: number;
}

export function clustering(nodes: GdsNode[]): Clustering {
  let closed = 0;
  let triples = 0;
  let localSum = 0;
  for (const { values } of nodes) {
    const pairs = (values.degree * (values.degree - 1)) / 2;
    closed += values.triangles;
    triples += pairs;
    if (pairs > 0) localSum += values.triangles / pairs;
  }
  return {
    transitivity: triples === 0 ? 0 : closed / triples,
    averageClustering: nodes.length === 0 ? 0 : localSum / nodes.length,
  };
}

export interface ComponentSummary {
  count: number;
  largestSize: number;
}

export function componentSummary(nodes: GdsNode[]): ComponentSummary {
  const sizes = new Map<number, number>();
  for (const { values } of nodes) sizes.set(values.component, (sizes.get(values.component) ?? 0) + 1);
  let largestSize = 0;
  for (const size of sizes.values()) largestSize = Math.max(largestSize, size);
  return { count: sizes.size, largestSize };
}

/**
 * GDS community ids are internal node ids. Renumbered by size (0 = largest, ties by the
 * smallest member id; nodes come sorted by id) so they do not depend on storage layout.
 */
export function renumberCommunities(nodes: GdsNode[]): Map<string, number> {
  const size = new Map<number, number>();
  const firstSeen = new Map<number, number>();
  nodes.forEach(({ values }, position) => {
    size.set(values.community, (size.get(values.community) ?? 0) + 1);
    if (!firstSeen.has(values.community)) firstSeen.set(values.community, position);
  });
  const ranked = [...size.keys()].sort(
    (a, b) => (size.get(b) ?? 0) - (size.get(a) ?? 0) || (firstSeen.get(a) ?? 0) - (firstSeen.get(b) ?? 0),
  );
  const renumbered = new Map(ranked.map((community, rank) => [community, rank]));
  return new Map(nodes.map(({ id, values }) => [id, renumbered.get(values.community) ?? 0]));
}
