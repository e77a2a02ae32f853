/**
 * Per-request state of the KPI resolvers, kept beside the request context (not in it, so
 * the shared context stays as it is): one clock reading, so every default window in one
 * response is the same window and sibling fields batch together; one graph-version reading,
 * which every cached KPI in the response is checked against; and the KPI DataLoaders.
 * Entries die with the request (WeakMap keyed by the context object).
 */
import DataLoader from 'dataloader';
import type { RequestContext } from '../../context/context';

interface Scope {
  now: Date;
  loaders: Map<string, DataLoader<string, unknown>>;
  memos: Map<string, Promise<unknown>>;
}

const scopes = new WeakMap<RequestContext, Scope>();
const MAX_BATCH = 1000;

function scopeOf(ctx: RequestContext): Scope {
  let scope = scopes.get(ctx);
  if (!scope) {
    scope = { now: ctx.services.clock(), loaders: new Map(), memos: new Map() };
    scopes.set(ctx, scope);
  }
  return scope;
}

/** "Now" for this request: read once, reused by every KPI field. */
export function requestNow(ctx: RequestContext): Date {
  return scopeOf(ctx).now;
}

/** `compute()` once per request for `key`; every later call gets the same promise. */
export function requestMemo<T>(ctx: RequestContext, key: string, compute: () => Promise<T>): Promise<T> {
  const { memos } = scopeOf(ctx);
  let memo = memos.get(key);
  if (!memo) {
    memo = compute();
    memos.set(key, memo);
  }
  return memo as Promise<T>;
}

/**
 * The graph version as this request sees it: read once (one round trip, counted like any
 * other), shared by every cached KPI the request serves.
 */
export function requestVersion(ctx: RequestContext): Promise<number> {
  return requestMemo(ctx, 'graphVersion', () => ctx.db.graphVersion());
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
