/**
 * Structural KPIs are whole-graph computations: never run per request. Results are cached by
 * graph version (bumped by every write); a request that sees a newer version gets the last
 * result marked stale while a debounced recomputation runs in the background. Only the very
 * first request (nothing computed yet) waits.
 */
import { LatestRead } from '../core/latest-read';
import type { CollaborationGraph } from './collaboration-graph';
import type { GraphAnalytics } from './engine';

export interface KpiSnapshot {
  analytics: GraphAnalytics;
  graph: CollaborationGraph;
  /** The graph version the snapshot was computed from. */
  version: number;
  computedAt: Date;
}

export interface KpiRead extends KpiSnapshot {
  /** True when the graph has changed since (a recomputation is scheduled or running). */
  stale: boolean;
  /** The graph version now. */
  currentVersion: number;
}

export interface KpiCacheOptions {
  /** Reads the current graph version (cheap; the cache keeps at most one read in flight). */
  version: () => Promise<number>;
  /** The whole computation: load the graph, run the engine. */
  compute: () => Promise<Omit<KpiSnapshot, 'version' | 'computedAt'>>;
  debounceMs: number;
  onError?: (error: unknown) => void;
  onComputed?: (snapshot: KpiSnapshot) => void;
}

export class KpiCache {
  private snapshot: KpiSnapshot | undefined;
  private running: Promise<KpiSnapshot> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private wantedVersion = -1;
  /** Every version read of the cache: a burst of nudges costs two reads, not one per event. */
  private readonly version: LatestRead<number>;

  constructor(private readonly options: KpiCacheOptions) {
    this.version = new LatestRead(options.version);
  }

  /**
   * The latest snapshot, stale or not; waits only when nothing was ever computed. A caller
   * that has just read the graph version (a request reads it once for every KPI it serves)
   * passes it, saving a round trip.
   */
  async read(knownVersion?: number): Promise<KpiRead> {
    const currentVersion = knownVersion ?? (await this.version.get());
    if (!this.snapshot) {
      const snapshot = await this.recompute(currentVersion);
      return { ...snapshot, stale: snapshot.version !== currentVersion, currentVersion };
    }
    if (currentVersion !== this.snapshot.version) this.schedule(currentVersion);
    return { ...this.snapshot, stale: currentVersion !== this.snapshot.version, currentVersion };
  }

  /** Debounces: each newly seen version restarts the quiet-time timer. */
  private schedule(version: number): void {
    if (version === this.wantedVersion) return;
    this.wantedVersion = version;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.recompute(version).catch((error: unknown) => this.options.onError?.(error));
    }, this.options.debounceMs);
    this.timer.unref();
  }

  /** One computation at a time; a version that arrives meanwhile is computed afterwards. */
  private async recompute(version: number): Promise<KpiSnapshot> {
    if (this.running) {
      const done = await this.running;
      if (done.version >= version) return done;
    }
    this.running = (async () => {
      // The version is read before the graph, so a write during the load makes it stale.
      const computedVersion = await this.version.get();
      const result = await this.options.compute();
      const snapshot = { ...result, version: computedVersion, computedAt: new Date() };
      this.snapshot = snapshot;
      this.options.onComputed?.(snapshot);
      return snapshot;
    })();
    try {
      return await this.running;
    } finally {
      this.running = undefined;
    }
  }

  /** Stops any scheduled recomputation (shutdown). */
  close(): void {
    clearTimeout(this.timer);
  }
}
