/**
 * Structural KPIs are whole-graph computations: never run per request. Results are cached by
 * graph version (bumped by every write); a request that sees a newer version gets the last
 * result marked stale while a debounced recomputation runs in the background.
 *
 * Cold reads (nothing computed by this process yet, docs/kpis.md "Cold reads and restarts"):
 * the snapshot persisted in the graph answers at once when it is of the current version;
 * otherwise the read waits for the first computation, but only until the caller's `answerBy`
 * (a request's deadline less what the rest of its response needs). Then it gets the persisted
 * snapshot, stale, or a KpiNotReadyError with a retry-after, never a deadline error.
 */
import { performance } from 'node:perf_hooks';
import { KpiNotReadyError } from '../core/errors';
import { LatestRead } from '../core/latest-read';
import type { CollaborationGraph } from './collaboration-graph';
import type { GraphAnalytics } from './engine';
import { IncrementalFigures, overlayExact, type ExactFigures } from './incremental/exact-figures';

export interface KpiSnapshot {
  analytics: GraphAnalytics;
  graph: CollaborationGraph;
  /** The graph version the snapshot was computed from. */
  version: number;
  computedAt: Date;
  /** True when read back from the graph: computed by an earlier process (or another replica). */
  restored?: boolean;
  /**
   * Set when exact figures of a newer version are laid over the full computation of `version`:
   * the version degree, weighted degree, node and tie counts, density, average degree and the
   * components are exact for (incremental/exact-figures.ts).
   */
  exactVersion?: number;
  /** Increases with every snapshot this cache publishes (orders updates of the same version). */
  revision: number;
}

/** The newest graph version any figure of the snapshot is for. */
export const latestVersionOf = (snapshot: KpiSnapshot): number => snapshot.exactVersion ?? snapshot.version;

export interface KpiRead extends KpiSnapshot {
  /** True when the graph has changed since (a recomputation is scheduled or running). */
  stale: boolean;
  /** The graph version now. */
  currentVersion: number;
}

/** What the persisted snapshot offers a process that has computed nothing yet. */
export interface Restored {
  /** The persisted snapshot, if there is one this process can serve. */
  snapshot?: KpiSnapshot;
  /** How long the computation that produced the persisted snapshot took (estimates ours). */
  expectedMs?: number;
}

export interface KpiCacheOptions {
  /** Reads the current graph version (cheap; the cache keeps at most one read in flight). */
  version: () => Promise<number>;
  /** The whole computation: load the graph, run the engine. */
  compute: () => Promise<Pick<KpiSnapshot, 'analytics' | 'graph'>>;
  /** Loads the graph for an incremental update of the exact figures; none: no incremental updates. */
  loadGraph?: () => Promise<CollaborationGraph>;
  /** Reads the persisted snapshot (at most once per process). */
  restore?: () => Promise<Restored>;
  debounceMs: number;
  onError?: (error: unknown) => void;
  /** A full computation finished (the snapshot as computed, without exact figures laid over). */
  onComputed?: (snapshot: KpiSnapshot) => void;
  /** A snapshot became the one served: computed, restored or incrementally updated. */
  onPublished?: (snapshot: KpiSnapshot) => void;
}

/** Retry-after when nothing tells how long the first computation takes. */
const UNKNOWN_RETRY_AFTER_S = 5;

export class KpiCache {
  /** What reads get: the last full computation (or restored snapshot), exact figures laid over. */
  private snapshot: KpiSnapshot | undefined;
  /** The last full computation or restored snapshot. */
  private full: KpiSnapshot | undefined;
  private readonly incremental = new IncrementalFigures();
  private exact: ExactFigures | undefined;
  private exactRunning = false;
  private exactWanted = -1;
  private revision = 0;
  private running: Promise<KpiSnapshot> | undefined;
  private runningSince = 0;
  /** Duration of the last computation (or of the persisted one's, before ours). */
  private expectedMs: number | undefined;
  private restoring: Promise<void> | undefined;
  /** The persisted snapshot: served while nothing newer is computed and a caller cannot wait. */
  private persisted: KpiSnapshot | undefined;
  private timer: NodeJS.Timeout | undefined;
  private wantedVersion = -1;
  /** Every version read of the cache: a burst of nudges costs two reads, not one per event. */
  private readonly version: LatestRead<number>;

  constructor(private readonly options: KpiCacheOptions) {
    this.version = new LatestRead(options.version);
  }

  /**
   * The latest snapshot, stale or not. A caller that has just read the graph version (a request
   * reads it once for every KPI it serves) passes it, saving a round trip. With `answerBy`
   * (epoch ms) a cold read answers by then: see the file comment.
   */
  async read(knownVersion?: number, answerBy?: number): Promise<KpiRead> {
    const currentVersion = knownVersion ?? (await this.version.get());
    if (!this.snapshot) {
      await within(this.restore(), answerBy);
      const persisted = this.persisted;
      if (!this.snapshot && persisted?.version === currentVersion) this.publish(persisted);
    }
    if (!this.snapshot) {
      const computing = this.recompute(currentVersion);
      const snapshot = await within(computing, answerBy);
      if (snapshot) return { ...snapshot, stale: snapshot.version !== currentVersion, currentVersion };
      // Out of time: the computation goes on (its failure is reported, no caller waits for it).
      computing.catch((error: unknown) => this.options.onError?.(error));
      if (this.persisted) return { ...this.persisted, stale: true, currentVersion };
      throw new KpiNotReadyError(this.retryAfterSeconds());
    }
    if (currentVersion !== this.snapshot.version) this.schedule(currentVersion);
    if (currentVersion > latestVersionOf(this.snapshot)) this.refreshExact(currentVersion);
    return { ...this.snapshot, stale: currentVersion !== this.snapshot.version, currentVersion };
  }

  /** Serves `full` with the newest exact figures laid over when they are newer. */
  private publish(full: KpiSnapshot): KpiSnapshot {
    this.full = full;
    const exact = this.exact && this.exact.version > full.version ? this.exact : undefined;
    const snapshot: KpiSnapshot = exact
      ? {
          ...full,
          analytics: overlayExact(full.analytics, exact),
          graph: exact.graph,
          exactVersion: exact.version,
          revision: ++this.revision,
        }
      : { ...full, exactVersion: undefined, revision: ++this.revision };
    this.snapshot = snapshot;
    this.options.onPublished?.(snapshot);
    return snapshot;
  }

  /**
   * Brings the exact figures to the newest version seen, at once (no debounce: they cost a
   * graph load and linear work); one update at a time, the newest version wanted next.
   */
  private refreshExact(version: number): void {
    const { loadGraph } = this.options;
    if (!loadGraph) return;
    this.exactWanted = Math.max(this.exactWanted, version);
    if (this.exactRunning) return;
    this.exactRunning = true;
    void (async () => {
      try {
        while (this.full && this.exactWanted > latestVersionOf(this.snapshot as KpiSnapshot)) {
          // The version is read before the graph, so a write during the load leaves it behind.
          const readVersion = await this.version.get();
          const figures = this.incremental.update(await loadGraph(), readVersion);
          if (figures.version <= latestVersionOf(this.snapshot as KpiSnapshot)) break;
          this.exact = figures;
          this.publish(this.full);
        }
      } catch (error) {
        this.options.onError?.(error);
      } finally {
        this.exactRunning = false;
      }
    })();
  }

  /**
   * Reads the persisted snapshot now (start-up calls this), so that the first request after a
   * restart finds it read instead of spending its own deadline on the read.
   */
  restorePersisted(): Promise<void> {
    return this.restore();
  }

  /** Reads the persisted snapshot once; a failure only means starting cold. */
  private restore(): Promise<void> {
    const { restore } = this.options;
    this.restoring ??= restore
      ? restore().then(
          (restored) => {
            this.persisted = restored.snapshot;
            this.expectedMs ??= restored.expectedMs;
          },
          (error: unknown) => this.options.onError?.(error),
        )
      : Promise.resolve();
    return this.restoring;
  }

  /** When the running first computation should be done: its expected length less its age. */
  private retryAfterSeconds(): number {
    const age = performance.now() - this.runningSince;
    // Nothing known: it has run for `age`, assume it is half way.
    const left = this.expectedMs === undefined ? age : this.expectedMs - age;
    if (!Number.isFinite(left)) return UNKNOWN_RETRY_AFTER_S;
    return Math.max(1, Math.ceil(left / 1000));
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
    this.running ??= (async () => {
      this.runningSince = performance.now();
      // The version is read before the graph, so a write during the load makes it stale.
      const computedVersion = await this.version.get();
      const result = await this.options.compute();
      const computed: KpiSnapshot = { ...result, version: computedVersion, computedAt: new Date(), revision: 0 };
      this.expectedMs = performance.now() - this.runningSince;
      this.options.onComputed?.(computed);
      return this.publish(computed);
    })();
    const running = this.running;
    try {
      return await running;
    } finally {
      if (this.running === running) this.running = undefined;
    }
  }

  /** Stops any scheduled recomputation (shutdown). */
  close(): void {
    clearTimeout(this.timer);
  }
}

/** The promise's value if it settles by `answerBy` (epoch ms), else undefined; no limit without one. */
async function within<T>(promise: Promise<T>, answerBy: number | undefined): Promise<T | undefined> {
  if (answerBy === undefined) return promise;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), Math.max(0, answerBy - Date.now()));
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
