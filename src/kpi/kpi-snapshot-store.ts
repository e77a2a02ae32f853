/**
 * Keeps the last computed KPI snapshot in the graph and gives it back after a restart
 * (docs/kpis.md, "Cold reads and restarts"). Only a snapshot of the engine this process would
 * run on that graph is given back (with `auto`, the one its size selects): the two engines
 * agree within tolerances, not bit for bit, and a figure must not change because a replica
 * restarted.
 */
import type { Gateway } from '../db/gateway';
import type { EngineName } from './engine';
import type { KpiSnapshot } from './kpi-cache';
import { decodeSnapshot, encodeSnapshot, SNAPSHOT_FORMAT } from './kpi-snapshot-codec';
import { LOAD_KPI_SNAPSHOT, saveKpiSnapshot } from './kpi-snapshot.queries';

export interface StoredSummary {
  version: number;
  engine: string;
  elapsedMs: number;
}

export class KpiSnapshotStore {
  constructor(
    private readonly gateway: Gateway,
    /** The engine this process computes a graph of `nodeCount` participants with. */
    private readonly engineFor: (nodeCount: number) => EngineName,
  ) {}

  /** Stores a computed snapshot (kept only if no newer version is stored already). */
  async save(snapshot: KpiSnapshot): Promise<void> {
    await this.gateway.writeBookkeeping(
      saveKpiSnapshot({
        version: snapshot.version,
        engine: snapshot.analytics.engine,
        computedAt: snapshot.computedAt,
        elapsedMs: snapshot.analytics.elapsedMs,
        format: SNAPSHOT_FORMAT,
        payload: await encodeSnapshot(snapshot.graph, snapshot.analytics),
      }),
    );
  }

  /**
   * The stored snapshot when it is from the engine this process would use on its graph and in
   * a format it reads; `summary` describes whatever is stored (its duration estimates a first
   * computation's when `sameEngine`).
   */
  async load(): Promise<{
    snapshot: KpiSnapshot | undefined;
    summary: StoredSummary | undefined;
    sameEngine: boolean;
  }> {
    const [row] = await this.gateway.readRows(LOAD_KPI_SNAPSHOT);
    if (!row) return { snapshot: undefined, summary: undefined, sameEngine: false };
    const summary = { version: Number(row.version), engine: String(row.engine), elapsedMs: Number(row.elapsedMs) };
    if (Number(row.format) !== SNAPSHOT_FORMAT || !(row.payload instanceof Int8Array)) {
      return { snapshot: undefined, summary, sameEngine: false };
    }
    const { graph, analytics } = await decodeSnapshot(row.payload);
    if (summary.engine !== this.engineFor(graph.nodes.length))
      return { snapshot: undefined, summary, sameEngine: false };
    return {
      // The cache numbers what it publishes (revision).
      snapshot: {
        graph,
        analytics,
        version: summary.version,
        computedAt: row.computedAt as Date,
        restored: true,
        revision: 0,
      },
      summary,
      sameEngine: true,
    };
  }
}
