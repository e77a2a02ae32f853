/**
 * How the analytics resolvers reach cached results, so a response costs at most one
 * graph-version round trip however many KPI fields it has (before, each `metrics` field of a
 * page of participants read the version again):
 * - structural KPIs: the process's KpiCache, read once per request scope at its version;
 * - window KPIs (the per-request aggregate statements of ecosystem.health / engagement):
 *   a small LRU in the app services (`windowKpis`) keyed by (graph version, KPI, window), so
 *   repeated dashboard reads do not query Neo4j again until a write moves the version.
 */
import { LRUCache } from 'lru-cache';
import type { KpiRead } from '../../kpi/kpi-cache';
import {
  requestMemo,
  requestVersion,
  type RequestContext,
  type WindowKpiCache,
  type WindowKpiLoad,
} from '../../context/context';

/**
 * What a request keeps of its deadline for the rest of its response (participants' loaders,
 * window statements) after a cold KPI read gave up waiting for the first computation: half
 * its budget, at most this much.
 */
export const AFTER_COLD_KPI_READ_MS = 2_000;

/**
 * A request that has a deadline waits for a first computation only until it must answer
 * (kpi-cache.ts): then it gets the persisted snapshot or KPI_NOT_READY, never DEADLINE_EXCEEDED.
 */
export function requestKpis(ctx: RequestContext): Promise<KpiRead> {
  return requestMemo(ctx, 'kpis', async () => {
    const version = await requestVersion(ctx);
    const deadline = ctx.db.deadlineAt;
    const answerBy =
      deadline === undefined ? undefined : deadline - Math.min(AFTER_COLD_KPI_READ_MS, (deadline - Date.now()) / 2);
    return ctx.services.kpis.read(version, answerBy);
  });
}

/** Entries kept per app: a few dashboards × windows × KPIs; older versions fall off the end. */
export const WINDOW_KPI_CACHE_ENTRIES = 256;

/** The app's window-KPI cache (one per AppServices, built in src/app.ts). */
export function createWindowKpiCache(): WindowKpiCache {
  return new LRUCache<string, object, WindowKpiLoad>({
    max: WINDOW_KPI_CACHE_ENTRIES,
    // Concurrent reads of one key share one statement; a failed one is not kept.
    fetchMethod: (_key, _stale, { context }) => context(),
    // A statement in flight when its entry is evicted still answers the requests waiting on it.
    ignoreFetchAbort: true,
  });
}

/**
 * The result of `load` for `key` (the KPI and its normalised arguments) at the graph version
 * this request sees; `load` runs only when no read at this version did it before.
 */
export async function cachedWindowKpi<T extends object>(
  ctx: RequestContext,
  key: string,
  load: () => Promise<T>,
): Promise<T> {
  const version = await requestVersion(ctx);
  const value = await ctx.services.windowKpis.fetch(`${version}|${key}`, { context: load });
  // fetch() yields nothing only for an aborted fetch, which ignoreFetchAbort rules out.
  return (value ?? (await load())) as T;
}
