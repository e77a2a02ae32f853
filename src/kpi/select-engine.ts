/**
 * Picks the analytics engine. `gds` and `graphology` are fixed; `auto` chooses per
 * computation by measured cost (docs/kpis.md, "Which engine"): GDS only pays off where both
 * engines traverse the graph from every source (up to EXACT_BETWEENNESS_MAX_NODES
 * participants), because there GDS spreads the sources over the cores; above it the
 * in-process engine samples its sources while GDS's closeness stays exact, so in process
 * wins at every size. `auto` therefore computes with GDS (when the server has it) for graphs
 * of `gdsFromParticipants` up to that threshold, in process otherwise.
 */
import type { Gateway } from '../db/gateway';
import type { AnalyticsEngine, EngineName, GraphAnalytics } from './engine';
import type { CollaborationGraph } from './collaboration-graph';
import { AUTO_GDS_FROM_PARTICIPANTS, EXACT_BETWEENNESS_MAX_NODES } from './definitions';
import { GdsEngine } from './gds-engine';
import { GraphologyEngine } from './graphology-engine';

export type EngineMode = EngineName | 'auto';

export async function hasGds(gateway: Gateway): Promise<boolean> {
  try {
    await gateway.readRows({ cypher: 'CALL gds.version() YIELD gdsVersion RETURN gdsVersion', params: {} });
    return true;
  } catch {
    return false;
  }
}

export interface EngineSelection {
  /**
   * `auto` only: participants from which GDS computes (when the server has it), up to the
   * exact-betweenness threshold. Above the threshold: never.
   */
  gdsFromParticipants?: number;
  /**
   * The in-process engine to use (`graphology`, and `auto` below the crossover): in a worker
   * thread or on the calling thread (ANALYTICS_WORKER). Default: on the calling thread.
   */
  inProcess?: AnalyticsEngine;
}

export async function selectEngine(
  mode: EngineMode,
  gateway: Gateway,
  { gdsFromParticipants = AUTO_GDS_FROM_PARTICIPANTS, inProcess = new GraphologyEngine() }: EngineSelection = {},
): Promise<AnalyticsEngine> {
  if (mode === 'graphology') return inProcess;
  if (mode === 'gds') return new GdsEngine(gateway);
  const gds = (await hasGds(gateway)) ? new GdsEngine(gateway) : null;
  return new AutoEngine(inProcess, gds, gdsFromParticipants);
}

/** `auto`: the engine measured cheaper for the graph's size computes it. */
export class AutoEngine implements AnalyticsEngine {
  readonly name = 'auto';

  constructor(
    /** The graphology engine, on this thread or in the worker (worker/worker-engine.ts). */
    private readonly inProcess: AnalyticsEngine,
    private readonly gds: GdsEngine | null,
    private readonly gdsFromParticipants: number,
    /** Where the in-process engine starts sampling its sources (its default). */
    private readonly exactMaxNodes = EXACT_BETWEENNESS_MAX_NODES,
  ) {
    if (!Number.isInteger(gdsFromParticipants) || gdsFromParticipants < 1) {
      throw new RangeError(`gdsFromParticipants must be a positive integer, got ${gdsFromParticipants}`);
    }
  }

  /** Which engine computes a graph of `nodeCount` participants. */
  choose(nodeCount: number): EngineName {
    const everySource = nodeCount <= this.exactMaxNodes;
    return this.gds && everySource && nodeCount >= this.gdsFromParticipants ? 'gds' : 'graphology';
  }

  compute(graph: CollaborationGraph): Promise<GraphAnalytics> {
    const engine = this.choose(graph.nodes.length) === 'gds' ? this.gds! : this.inProcess;
    return engine.compute(graph);
  }

  async close(): Promise<void> {
    await this.inProcess.close?.();
  }
}

/** Which engine `engine` (auto included) uses for a graph of `nodeCount` participants. */
export function engineFor(engine: AnalyticsEngine, nodeCount: number): EngineName {
  if (engine instanceof AutoEngine) return engine.choose(nodeCount);
  if (engine.name === 'auto') throw new Error('an engine named auto must choose (AutoEngine)');
  return engine.name;
}
