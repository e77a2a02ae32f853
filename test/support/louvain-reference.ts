/**
 * NetworkX's Louvain references (test/fixtures/louvain.json, written by
 * scripts/reference/louvain.py): per graph the median and best modularity over 50 seeds, the
 * graph's fingerprint, and for the held-out graphs their nodes and edges. Shared by the
 * community-quality tests of both engines.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CollaborationGraph } from '../../src/kpi/collaboration-graph';
import { compareIds } from '../../src/kpi/graphology/graph';

export interface LouvainReference {
  nodeCount: number;
  edgeCount: number;
  fingerprint: string;
  median: number;
  min: number;
  best: number;
  /** Held-out graphs only. */
  nodes?: string[];
  edges?: [string, string, number][];
}

export const louvainReferences = JSON.parse(
  fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'louvain.json'), 'utf8'),
) as { source: string; anchor: string; graphs: Record<string, LouvainReference> };

/** Graphs not made by the seed generator, whose edges the fixture holds. */
export const HELD_OUT = ['karate', 'lesmis', 'davis', 'lfr', 'sbm'] as const;

/** A held-out graph as a collaboration graph (ids sorted, source < target). */
export function heldOutGraph(name: (typeof HELD_OUT)[number]): CollaborationGraph {
  const { nodes, edges } = louvainReferences.graphs[name];
  if (!nodes || !edges) throw new Error(`louvain.json has no edges for ${name}`);
  return {
    nodes: nodes.map((id) => ({ id, kind: 'COMMUNITY', sector: 'Reference', region: 'Europe' })),
    edges: edges.map(([source, target, weight]) => ({ source, target, weight })),
  };
}

/** Same as louvain.py's: sha256 of sorted "n id" lines, then sorted "e source target weight" lines. */
export function fingerprint(graph: CollaborationGraph): string {
  const nodes = graph.nodes.map((node) => node.id).sort(compareIds);
  const edges = graph.edges
    .map((edge) => [edge.source, edge.target, edge.weight] as const)
    .sort((a, b) => compareIds(a[0], b[0]) || compareIds(a[1], b[1]));
  const lines = [...nodes.map((id) => `n ${id}`), ...edges.map(([a, b, w]) => `e ${a} ${b} ${w}`)];
  return crypto
    .createHash('sha256')
    .update(lines.join('\n') + '\n', 'utf8')
    .digest('hex');
}

/** Newman's weighted modularity (resolution 1) of a partition, straight from the definition. */
export function modularityOf(graph: CollaborationGraph, communityOf: (id: string) => number): number {
  const total = graph.edges.reduce((sum, edge) => sum + edge.weight, 0);
  if (total === 0) return 0;
  const inside = new Map<number, number>();
  const strength = new Map<number, number>();
  const add = (map: Map<number, number>, key: number, value: number) => map.set(key, (map.get(key) ?? 0) + value);
  for (const { source, target, weight } of graph.edges) {
    const [a, b] = [communityOf(source), communityOf(target)];
    if (a === b) add(inside, a, weight);
    add(strength, a, weight);
    add(strength, b, weight);
  }
  let q = 0;
  for (const [community, degree] of strength) q += (inside.get(community) ?? 0) / total - (degree / (2 * total)) ** 2;
  return q;
}

/** Floating-point slack when an engine's partition is NetworkX's median one (summed in another order). */
export const SAME_PARTITION_SLACK = 1e-12;
