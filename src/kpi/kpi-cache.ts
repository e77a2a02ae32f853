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
import type { CollaborationDelta } from './incremental/collaboration-delta.queries';
import { IncrementalFigures, overlayExact, warmStartOf, type ExactFigures } from './incremental/exact-figures';

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
   * the version the figures listed in incremental/exact-figures.ts are exact for.
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
  /**
   * The incremental updates' reads (none: no incremental updates): what changed in C since a
   * version (incremental/collaboration-delta.queries.ts), and C whole when the delta cannot tell.
   */
  incremental?: {
    loadDelta: (from: number) => Promise<CollaborationDelta>;
    loadGraph: () => Promise<CollaborationGraph>;
  };
  /** Reads the persisted snapshot (at most once per process). */
  restore?: () => Promise<Restored>;
  debounceMs: number;
  onError?: (error: unknown) => void;
  /** A full computation finished (the snapshot as computed, without exact figures laid over). */
  onComputed?: (snapshot: KpiSnapshot) => void;
  /** A snapshot became the one served: computed, restored or incrementally updated. */
  onPublished?: (snapshot: KpiSnapshot) => void;
  /** An incremental update was published (for metrics and logs). */
  onIncremental?: (figures: ExactFigures) => void;
  /**
   * The graph C held by the incremental updates differs from a full computation's of the same
   * version: some write did not declare what it touched (db/collaboration-touch.ts). The held
   * graph is replaced by the computation's.
   */
  onDeltaMismatch?: (detail: { version: number; held: number; read: number }) => void;
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
  /** How the incremental updates read C so far (tests and the benchmark check the delta path ran). */
  readonly incrementalReads = { delta: 0, whole: 0 };
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
   * delta read and near-linear work in memory); one update at a time, the newest version
   * wanted next.
   */
  private refreshExact(version: number): void {
    if (!this.options.incremental) return;
    this.exactWanted = Math.max(this.exactWanted, version);
    if (this.exactRunning) return;
    this.exactRunning = true;
    void (async () => {
      try {
        while (this.full && this.exactWanted > latestVersionOf(this.snapshot as KpiSnapshot)) {
          const figures = await this.nextExact(this.full);
          if (figures.version <= latestVersionOf(this.snapshot as KpiSnapshot)) break;
          this.exact = figures;
          this.publish(this.full);
          this.options.onIncremental?.(figures);
        }
      } catch (error) {
        this.options.onError?.(error);
      } finally {
        this.exactRunning = false;
      }
    })();
  }

  /** The next exact figures: C moved by the writes' delta, or read whole when that cannot be. */
  private async nextExact(full: KpiSnapshot): Promise<ExactFigures> {
    const { loadDelta, loadGraph } = this.options.incremental!;
    const held = this.incremental;
    // The full computation is newer than C in memory: start from its graph.
    if (held.version < full.version) held.startFrom(full.graph, full.version);
    const previous = warmStartOf(full.analytics, this.exact);
    const delta = await loadDelta(held.version);
    if (delta.kind === 'delta') {
      try {
        const figures = await held.advance(delta, previous);
        this.incrementalReads.delta += 1;
        return figures;
      } catch (error) {
        // A delta that does not fit C: reported, and C read whole below.
        this.options.onError?.(error);
      }
    }
    // The version is read before the graph, so a write during the load leaves it behind.
    const readVersion = await this.version.get();
    held.startFrom(await loadGraph(), readVersion);
    this.incrementalReads.whole += 1;
    return held.current(previous);
  }

  /**
   * A full computation of the version C in memory is at, whose graph no write can have changed
   * during its load (`settled`): the two graphs must be equal, or a write changed C without
   * declaring it (onDeltaMismatch); C in memory is then replaced by the computation's.
   */
  private verifyHeld(full: KpiSnapshot, settled: boolean): void {
    if (!settled || this.incremental.version !== full.version) return;
    const held = this.incremental.heldGraph();
    if (held && !sameGraph(held, full.graph)) {
      this.options.onDeltaMismatch?.({ version: full.version, held: held.edges.length, read: full.graph.edges.length });
      this.incremental.startFrom(full.graph, full.version);
    }
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
      // Only the incremental updates need this extra version read (one per full computation).
      if (this.options.incremental) this.verifyHeld(computed, (await this.version.get()) === computedVersion);
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

/** Same participants (with kind, sector, region) and same ties with the same weights, in the loader's order. */
function sameGraph(a: CollaborationGraph, b: CollaborationGraph): boolean {
  if (a.nodes.length !== b.nodes.length || a.edges.length !== b.edges.length) return false;
  const sameNode = (i: number) =>
    a.nodes[i].id === b.nodes[i].id &&
    a.nodes[i].kind === b.nodes[i].kind &&
    a.nodes[i].sector === b.nodes[i].sector &&
    a.nodes[i].region === b.nodes[i].region;
  const sameEdge = (i: number) =>
    a.edges[i].source === b.edges[i].source &&
    a.edges[i].target === b.edges[i].target &&
    a.edges[i].weight === b.edges[i].weight;
  return a.nodes.every((_, i) => sameNode(i)) && a.edges.every((_, i) => sameEdge(i));
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
