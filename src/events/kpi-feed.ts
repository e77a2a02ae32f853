/**
 * Live KPIs for subscribers on this replica. Every replica keeps its own KPI cache, so each
 * computes from the same graph and publishes its `KPIS_UPDATED` locally (nothing heavy goes
 * through Redis). A committed change anywhere (a domain event from the bus, any replica)
 * nudges the cache, which recomputes after its debounce — only while someone watches, so an
 * API without KPI subscribers computes nothing in the background.
 */
import crypto from 'node:crypto';
import { latestVersionOf, type KpiCache, type KpiRead, type KpiSnapshot } from '../kpi/kpi-cache';
import type { Logger } from '../observability/logger';
import { InProcessEventBus, type EventBus, type EventListener } from './bus';

export class KpiFeed {
  private readonly local: InProcessEventBus;
  private previous: KpiSnapshot | undefined;
  private current: KpiSnapshot | undefined;
  private watchers = 0;
  private readonly unsubscribe: () => void;

  constructor(
    bus: EventBus,
    private readonly kpis: KpiCache,
    private readonly logger: Logger,
  ) {
    this.local = new InProcessEventBus((error) => logger.warn({ err: error }, 'KPI listener failed'));
    this.unsubscribe = bus.subscribe((event) => {
      if (event.kind !== 'KPIS_UPDATED' && this.watchers > 0) this.nudge();
    });
  }

  /** Called by the KPI cache with each snapshot it serves (computed, restored, incrementally updated). */
  computed(snapshot: KpiSnapshot): void {
    this.previous = this.current;
    this.current = snapshot;
    this.local.deliver({
      kind: 'KPIS_UPDATED',
      id: crypto.randomUUID(),
      at: snapshot.computedAt.toISOString(),
      version: latestVersionOf(snapshot),
      revision: snapshot.revision,
      previousVersion: this.previous ? latestVersionOf(this.previous) : null,
      engine: snapshot.analytics.engine,
    });
  }

  /** The snapshot of `revision` and the one before it, while they are the latest. */
  pair(revision: number): { before: KpiSnapshot | undefined; after: KpiSnapshot } | undefined {
    if (this.current?.revision !== revision) return undefined;
    return { before: this.previous, after: this.current };
  }

  /** The latest snapshot (computing the first one if needed; stale is fine). */
  async latest(): Promise<KpiRead> {
    return this.kpis.read();
  }

  /** A KPI subscriber arrived: listen for KPI updates and keep the cache fresh meanwhile. */
  watch(listener: EventListener): () => void {
    this.watchers += 1;
    const stop = this.local.subscribe(listener);
    this.nudge();
    return () => {
      this.watchers -= 1;
      stop();
    };
  }

  private nudge(): void {
    // read() schedules a debounced recomputation when the graph version moved.
    this.kpis.read().catch((error: unknown) => this.logger.error({ err: error }, 'KPI refresh failed'));
  }

  close(): void {
    this.unsubscribe();
    void this.local.close();
  }
}
