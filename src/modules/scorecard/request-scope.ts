/**
 * Per-request state of the KPI resolvers, kept beside the request context (not in it, so
 * the shared context stays as it is): one clock reading, so every default window in one
 * response is the same window and sibling fields batch together, and the KPI DataLoaders.
 * Entries die with the request (WeakMap keyed by the context object).
 */
import DataLoader from 'dataloader';
import type { RequestContext } from '../../context/context';

interface Scope {
  now: Date;
  loaders: Map<string, DataLoader<string, unknown>>;
}

const scopes = new WeakMap<RequestContext, Scope>();
const MAX_BATCH = 1000;

function scopeOf(ctx: RequestContext): Scope {
  let scope = scopes.get(ctx);
  if (!scope) {
    scope = { now: new Date(), loaders: new Map() };
    scopes.set(ctx, scope);
  }
  return scope;
}

/** "Now" for this request: read once, reused by every KPI field. */
export function requestNow(ctx: RequestContext): Date {
  return scopeOf(ctx).now;
}

/**
 * The request's loader for `key` (a KPI and its arguments), created on first use: fields of
 * one page asking for the same KPI with the same arguments share one batch, one round trip.
 */
export function requestLoader<V>(
  ctx: RequestContext,
  key: string,
  batch: (ids: readonly string[]) => Promise<V[]>,
): DataLoader<string, V> {
  const { loaders } = scopeOf(ctx);
  let loader = loaders.get(key);
  if (!loader) {
    loader = new DataLoader<string, unknown>(batch, { maxBatchSize: MAX_BATCH });
    loaders.set(key, loader);
  }
  return loader as DataLoader<string, V>;
}
