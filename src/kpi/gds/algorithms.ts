/**
 * The GDS algorithm statements (GDS 2.13 signatures). Every algorithm mutates a node
 * property of the projection and yields only its summary; one final statement streams all
 * the properties, one row per node, so the per-node results cross Bolt once. Pure builders
 * (snapshot-tested); the conversions to NetworkX conventions are in normalise.ts.
 */
import type { Statement } from '../../db/gateway';
import { int } from '../../db/values';
import { EIGENVECTOR, PAGERANK } from '../definitions';

/** Node properties the algorithms write into the projection. */
export const NODE_PROPERTIES = [
  'degree',
  'weightedDegree',
  'pageRank',
  'betweenness',
  'closeness',
  'eigenvector',
  'community',
  'triangles',
  'component',
  'articulationPoint',
] as const;
export type NodeProperty = (typeof NODE_PROPERTIES)[number];

/** Relationship types each algorithm reads (see catalog.ts; `['*']` when C has no edge). */
export interface RelationshipTypes {
  /** One relationship per pair, with `weight`. */
  pairs: string[];
  /** One relationship per shared partnership. */
  parallel: string[];
}

export interface BetweennessSamplingConfig {
  size: number;
  seed: number;
}

/**
 * The sampled betweenness picks its sources per thread, each thread splitting the seeded
 * generator when it starts and all of them filling one shared quota: with several threads
 * the sample depends on scheduling (measured: two of three runs with 4 threads on the
 * medium graph differed). One thread makes the seed mean one sample.
 */
const SAMPLING_CONCURRENCY = 1;
/**
 * PageRank, eigenvector and Louvain iterate in supersteps, and with several threads GDS
 * synchronises each one at a cost that dwarfs the work at our sizes: on the medium seed
 * (9k nodes) eigenvector took 12.7 s with 4 threads and 0.3 s with 1, PageRank 0.41 s vs
 * 0.12 s. One thread also makes Louvain's result independent of scheduling. Betweenness and
 * closeness (one independent BFS per source) keep GDS's default and scale with cores.
 */
const ITERATIVE_CONCURRENCY = 1;

function mutate(procedure: string, graphName: string, config: Record<string, unknown>, yields: string[]): Statement {
  const fields = yields.join(', ');
  return {
    cypher: `CALL ${procedure}($graphName, $config) YIELD ${fields} RETURN ${fields}`,
    params: { graphName, config },
  };
}

/** Distinct neighbours (unweighted) or summed weight (weighted) per node. */
export function degree(graphName: string, types: RelationshipTypes, weighted: boolean): Statement {
  const config = weighted
    ? { relationshipTypes: types.pairs, relationshipWeightProperty: 'weight', mutateProperty: 'weightedDegree' }
    : { relationshipTypes: types.pairs, mutateProperty: 'degree' };
  return mutate('gds.degree.mutate', graphName, config, ['nodePropertiesWritten']);
}

/** Weighted PageRank; GDS leaves dangling mass out, normalise.ts rescales to NetworkX's. */
export function pageRank(graphName: string, types: RelationshipTypes): Statement {
  return mutate(
    'gds.pageRank.mutate',
    graphName,
    {
      relationshipTypes: types.pairs,
      relationshipWeightProperty: 'weight',
      dampingFactor: PAGERANK.damping,
      tolerance: PAGERANK.tolerance,
      maxIterations: int(PAGERANK.maxIterations),
      concurrency: int(ITERATIVE_CONCURRENCY),
      mutateProperty: 'pageRank',
    },
    ['ranIterations', 'didConverge'],
  );
}

/**
 * Unweighted Brandes betweenness, from every node or from a seeded sample of sources.
 * Caveat of the sample: GDS 2.13 does not draw sources uniformly (RandomDegreeSelection-
 * Strategy keeps a node with probability degree / maxDegree and each thread stops once the
 * sample is full, so low node ids of each thread's range and hubs are favoured, isolated
 * nodes never). Extrapolating by n / k then overestimates: on the medium and large demo
 * graphs the sampled scores summed to 2.1–2.3× the exact ones.
 */
export function betweenness(
  graphName: string,
  types: RelationshipTypes,
  sampling: BetweennessSamplingConfig | null,
): Statement {
  const sample = sampling
    ? { samplingSize: int(sampling.size), samplingSeed: int(sampling.seed), concurrency: int(SAMPLING_CONCURRENCY) }
    : {};
  return mutate(
    'gds.betweenness.mutate',
    graphName,
    { relationshipTypes: types.pairs, mutateProperty: 'betweenness', ...sample },
    ['nodePropertiesWritten'],
  );
}

/** Wasserman–Faust closeness on unweighted distances (equals NetworkX wf_improved=True). */
export function closeness(graphName: string, types: RelationshipTypes): Statement {
  return mutate(
    'gds.closeness.mutate',
    graphName,
    { relationshipTypes: types.pairs, useWassermanFaust: true, mutateProperty: 'closeness' },
    ['nodePropertiesWritten'],
  );
}

/**
 * Eigenvector centrality by power iteration on A + I, L2-normalised, on the parallel
 * relationships (unweighted there = weighted by shared partnerships, see catalog.ts).
 */
export function eigenvector(graphName: string, types: RelationshipTypes): Statement {
  return mutate(
    'gds.eigenvector.mutate',
    graphName,
    {
      relationshipTypes: types.parallel,
      tolerance: EIGENVECTOR.tolerance,
      maxIterations: int(EIGENVECTOR.maxIterations),
      concurrency: int(ITERATIVE_CONCURRENCY),
      mutateProperty: 'eigenvector',
    },
    ['ranIterations', 'didConverge'],
  );
}

/**
 * Weighted Louvain into `mutateProperty`; yields the modularity of the final partition. On
 * one thread over a projection numbered in participant-id order (catalog.ts) it is a
 * function of the graph; GDS 2.13's Louvain takes no random seed, so it is one candidate.
 */
export function louvain(graphName: string, types: RelationshipTypes, mutateProperty: string): Statement {
  return mutate(
    'gds.louvain.mutate',
    graphName,
    {
      relationshipTypes: types.pairs,
      relationshipWeightProperty: 'weight',
      concurrency: int(ITERATIVE_CONCURRENCY),
      mutateProperty,
    },
    ['modularity', 'communityCount', 'ranLevels'],
  );
}

/**
 * Weighted Leiden (resolution 1) with a random seed into `mutateProperty`; yields the
 * modularity of the final partition. Its refinement step is randomised: each seed is one more
 * deterministic candidate partition (see COMMUNITY_RUNS in ../definitions.ts).
 */
export function leiden(graphName: string, types: RelationshipTypes, seed: number, mutateProperty: string): Statement {
  return mutate(
    'gds.leiden.mutate',
    graphName,
    {
      relationshipTypes: types.pairs,
      relationshipWeightProperty: 'weight',
      gamma: 1.0,
      randomSeed: int(seed),
      concurrency: int(ITERATIVE_CONCURRENCY),
      mutateProperty,
    },
    ['modularity', 'communityCount', 'ranLevels'],
  );
}

/** Triangles through each node (local clustering and transitivity derive from them). */
export function triangles(graphName: string, types: RelationshipTypes): Statement {
  return mutate(
    'gds.triangleCount.mutate',
    graphName,
    { relationshipTypes: types.pairs, mutateProperty: 'triangles' },
    ['globalTriangleCount'],
  );
}

/** Connected component id per node. */
export function components(graphName: string, types: RelationshipTypes): Statement {
  return mutate('gds.wcc.mutate', graphName, { relationshipTypes: types.pairs, mutateProperty: 'component' }, [
    'componentCount',
  ]);
}

/** 1 for an articulation point, 0 otherwise. */
export function articulationPoints(graphName: string, types: RelationshipTypes): Statement {
  return mutate(
    'gds.articulationPoints.mutate',
    graphName,
    { relationshipTypes: types.pairs, mutateProperty: 'articulationPoint' },
    ['articulationPointCount'],
  );
}

/**
 * Bridges of C: ties whose removal disconnects their component, each once (GDS node ids).
 * Stream mode: GDS 2.13 has no mutate mode for relationships it finds.
 */
export function bridges(graphName: string, types: RelationshipTypes): Statement {
  return {
    cypher: 'CALL gds.bridges.stream($graphName, $config) YIELD from, to RETURN from, to',
    params: { graphName, config: { relationshipTypes: types.pairs } },
  };
}

/**
 * The connected component and its size of each given node of a projection (the others are
 * only counted); a node missing from the projection yields no row.
 */
export function componentsOf(graphName: string, nodeIds: readonly number[]): Statement {
  return {
    cypher: `CALL gds.wcc.stream($graphName) YIELD nodeId, componentId
WITH componentId, count(*) AS size, collect(CASE WHEN nodeId IN $nodeIds THEN nodeId END) AS wanted
UNWIND wanted AS nodeId
RETURN nodeId, componentId, size`,
    params: { graphName, nodeIds: nodeIds.map(int) },
  };
}

/**
 * The given mutated properties, one row per node: its GDS node id, its participant id and
 * the property values (names and values as parallel lists). `renamed` maps a streamed
 * property to the name it is reported under (the winning community candidate → `community`).
 */
export function streamNodeProperties(
  graphName: string,
  properties: readonly string[],
  renamed: Readonly<Record<string, NodeProperty>> = {},
): Statement {
  return {
    cypher: `CALL gds.graph.nodeProperties.stream($graphName, $properties) YIELD nodeId, nodeProperty, propertyValue
WITH nodeId, collect(coalesce($renamed[nodeProperty], nodeProperty)) AS names, collect(propertyValue) AS values
RETURN nodeId, gds.util.asNode(nodeId).id AS id, names, values`,
    params: { graphName, properties: [...properties], renamed: { ...renamed } },
  };
}

/** Size of the largest connected component of a projection. */
export function largestComponentSize(graphName: string): Statement {
  return {
    cypher: `CALL gds.wcc.stream($graphName) YIELD componentId
WITH componentId, count(*) AS size
RETURN max(size) AS largest`,
    params: { graphName },
  };
}
