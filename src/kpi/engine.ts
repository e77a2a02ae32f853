/**
 * What an analytics engine computes from the collaboration graph. Two implementations with
 * the same definitions and normalisation: GDS inside Neo4j (gds-engine.ts) and graphology in
 * process (graphology-engine.ts); see docs/kpis.md.
 */
import type { CollaborationGraph } from './collaboration-graph';
import type { CentralityMetric } from './definitions';

export type EngineName = 'gds' | 'graphology';

export type NodeCentralities = Record<CentralityMetric, number> & {
  /** Louvain community id (engine-specific numbering; equal ids = same community). */
  community: number;
};

export interface BetweennessSampling {
  /** False when exact (all sources). */
  sampled: boolean;
  /** Number of source nodes used. */
  sampleSize: number;
  /**
   * With uniform source sampling, a bound on the absolute error of a normalised score that
   * holds with 95 % probability (Hoeffding: sqrt(ln(2 / 0.05) / (2 · sampleSize))); 0 when
   * exact; null when the sampler is not uniform, so no such bound is known (GDS 2.13 picks
   * sources in proportion to their degree).
   */
  errorBound: number | null;
}

/** A participant whose removal disconnects its component. */
export interface ArticulationPoint {
  id: string;
  /**
   * Participants of its component, itself excluded, outside the largest piece left once it is
   * removed: how many it would cut off. Null only when the GDS engine's in-process count (see
   * gds-engine.ts) did not see it as an articulation point: the graph changed during the
   * computation, whose result is then stale and recomputed.
   */
  cutOff: number | null;
}

/** A tie of C whose removal disconnects its component. */
export interface BridgeTie {
  /** Participant ids, source < target. */
  source: string;
  target: string;
  /** The tie's weight in C (shared partnerships). */
  weight: number;
  /** Participants on the smaller side once the tie is removed: how many it would cut off. */
  smallerSide: number;
}

export interface NetworkStructure {
  nodeCount: number;
  edgeCount: number;
  /** 2m / (n(n − 1)). */
  density: number;
  /** 2m / n. */
  averageDegree: number;
  /** 3 × triangles / connected triples. */
  transitivity: number;
  /** Mean unweighted local clustering, degree < 2 counting as 0. */
  averageClustering: number;
  components: number;
  largestComponentShare: number;
  /** Modularity of the Louvain partition (weighted). */
  modularity: number;
  /** Sorted by participant id. */
  articulationPoints: ArticulationPoint[];
  /** Sorted by (source, target). */
  bridges: BridgeTie[];
  /** largestComponentShare after removing the ⌈5 % n⌉ highest-degree nodes / before. */
  resilience: number;
}

/**
 * Which implementation produced a figure: GDS inside Neo4j, or the in-process kernels
 * (graphology and typed arrays). The graphology engine is in-process throughout; the GDS
 * engine is GDS-native except where GDS 2.13 cannot deliver (see gds-engine.ts).
 */
export type FigureSource = 'gds' | 'in-process';

export interface EigenvectorOutcome {
  source: FigureSource;
  /**
   * False when the power iteration stopped at its iteration limit before converging: the
   * scores are then an approximation (the last iterate), not the eigenvector to tolerance.
   */
  converged: boolean;
}

/** Where each part of a result came from, so a reader (and the engine-agreement test) can tell. */
export interface Provenance {
  /** Per centrality (for the eigenvector, `eigenvector` also says whether it converged). */
  centralities: Record<CentralityMetric, FigureSource>;
  eigenvector: EigenvectorOutcome;
  /** Louvain communities and their modularity. */
  communities: FigureSource;
  /** Density, degree, clustering, components, resilience. */
  structure: FigureSource;
  /** Which participants are articulation points. */
  articulationPoints: FigureSource;
  /** How many participants each articulation point would cut off. */
  articulationCutOffs: FigureSource;
  /** The bridges, their weights and smaller sides. */
  bridges: FigureSource;
}

export interface GraphAnalytics {
  engine: EngineName;
  provenance: Provenance;
  network: NetworkStructure;
  /** Per participant id. */
  nodes: Map<string, NodeCentralities>;
  betweenness: BetweennessSampling;
  /** Wall-clock time of the computation. */
  elapsedMs: number;
}

export interface AnalyticsEngine {
  /** The engine, or `auto`: each computation picks one by the graph's size (select-engine.ts). */
  readonly name: EngineName | 'auto';
  /**
   * Computes every structural KPI of the graph. The GDS engine reads the graph from Neo4j
   * itself (it is given the same graph for node ids and for the in-memory parts it shares).
   */
  compute(graph: CollaborationGraph): Promise<GraphAnalytics>;
  /** Releases what the engine holds (the analytics worker thread); computations after it fail. */
  close?(): Promise<void>;
}
