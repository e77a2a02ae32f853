/**
 * The per-request context: who is asking, a request id, the request's data-access gateway
 * (tagged with the request id, optionally counting round trips), and its scope — everything
 * the request caches (clock reading, memos, DataLoaders) — so nothing cached leaks from one
 * request (or one caller, or one subscription event) to another.
 */
import type { LRUCache } from 'lru-cache';
import type { BackgroundLimit } from '../db/background';
import type { KpiCache } from '../kpi/kpi-cache';
import type { AnalyticsEngine } from '../kpi/engine';
import type { Policy } from '../auth/policy';
import type { Viewer } from '../auth/viewer';
import type { Clock } from '../core/clock';
import type { FilterValues } from '../db/filter-values';
import { AuditTrail } from '../audit-trail/audit-trail';
import { OwnershipRule } from '../auth/ownership';
import type { EventBus } from '../events/bus';
import type { KpiFeed } from '../events/kpi-feed';
import { RequestOutbox } from '../events/outbox';
import type { OutboxReader } from '../events/outbox-reader';
import type { OutboxRelay } from '../events/relay';
import { chainWriteHooks, type Gateway, type RoundTripCounter } from '../db/gateway';
import { NodeReader } from '../db/node-reader';
import { RequestScope } from './request-scope';

export type { Viewer };

/** Process-wide services requests use (built once in src/app.ts). */
export interface AppServices {
  kpis: KpiCache;
  /** What the KPI cache computes with (closed at shutdown: it may hold a worker thread). */
  engine: AnalyticsEngine;
  /** The pool share of work no client waits on (src/db/background.ts). */
  background: BackgroundLimit;
  /** Domain events of every replica, in sequence order, each once (the relay's local bus). */
  events: EventBus;
  /** Delivers the outbox's events here (and sends this replica's commits to Redis). */
  relay: OutboxRelay;
  /** Redis between replicas (REDIS_URL), or none. */
  transport?: EventBus;
  /** The outbox as resumed subscriptions read it. */
  outbox: OutboxReader;
  /** KPI recomputations of this replica. */
  kpiFeed: KpiFeed;
  /** Who may see and do what (src/auth/policy.ts). */
  policy: Policy;
  /** "Now" for every default window, horizon and validation bound (pinned in tests). */
  clock: Clock;
  /** Window-KPI results by (graph version, KPI, window): see modules/analytics/kpi-reads.ts. */
  windowKpis: WindowKpiCache;
  /** Stored values of the filterable text fields, by graph version (src/db/filter-values.ts). */
  filterValues: FilterValues;
}

/** Loads a window KPI on a cache miss (passed as the fetch context). */
export type WindowKpiLoad = () => Promise<object>;
export type WindowKpiCache = LRUCache<string, object, WindowKpiLoad>;

/** A WebSocket caller's connection, for closing it with a code (slow consumer, expiry). */
export interface ConnectionHandle {
  close(code: number, reason: string): void;
}

export interface RequestContext {
  requestId: string;
  services: AppServices;
  viewer: Viewer;
  db: Gateway;
  roundTrips?: RoundTripCounter;
  reader: NodeReader;
  /** What this request caches; renewed as a whole per subscription event (renewScope). */
  scope: RequestScope;
  /** Set for operations over WebSocket. */
  connection?: ConnectionHandle;
  /** The request's audit trail: mutations start it, its write transactions record it. */
  audit: AuditTrail;
  /** MANAGER's row rule: armed by a mutation, checked inside its write transactions. */
  ownership: OwnershipRule;
  /** Writes the events of the request's write transactions into the outbox, in those transactions. */
  outbox: RequestOutbox;
}

export function createRequestContext(
  gateway: Gateway,
  services: AppServices,
  requestId: string,
  viewer: Viewer,
  roundTrips?: RoundTripCounter,
): RequestContext {
  const audit = new AuditTrail(viewer);
  const ownership = new OwnershipRule(viewer);
  // Ownership first: a refused write takes no audit snapshot.
  const outbox = new RequestOutbox(viewer.id, services.clock, services.relay);
  const db = gateway.scoped({ requestId }, roundTrips, chainWriteHooks(ownership, audit), outbox);
  const reader = new NodeReader(db);
  const scope = new RequestScope(services.clock(), reader);
  return { requestId, services, viewer, db, roundTrips, reader, scope, audit, ownership, outbox };
}

/** A fresh scope: a subscription's context lives across events, what it caches must not. */
export function renewScope(ctx: RequestContext): void {
  ctx.scope = new RequestScope(ctx.services.clock(), ctx.reader);
}

/** "Now" for this request: read once, reused by every field. */
export function requestNow(ctx: RequestContext): Date {
  return ctx.scope.now;
}

/** `compute()` once per request (subscription event) for `key`. */
export function requestMemo<T>(ctx: RequestContext, key: string, compute: () => Promise<T>): Promise<T> {
  return ctx.scope.memo(key, compute);
}

/**
 * The graph version as this request sees it: read once (one round trip, counted like any
 * other), shared by every cached KPI the request serves.
 */
export function requestVersion(ctx: RequestContext): Promise<number> {
  return ctx.scope.memo('graphVersion', () => ctx.db.graphVersion());
}
