/**
 * The per-request context: who is asking, a request id, the request's data-access gateway
 * (tagged with the request id, optionally counting round trips), and fresh DataLoaders, so
 * nothing cached leaks from one request (or one caller) to another.
 */
import type { KpiCache } from '../analytics/kpi-cache';
import type { Policy } from '../auth/policy';
import type { Viewer } from '../auth/viewer';
import type { Clock } from '../core/clock';
import { AuditTrail } from '../audit/audit-trail';
import type { EventBus } from '../events/bus';
import type { EventPublisher } from '../events/publisher';
import type { KpiFeed } from '../events/kpi-feed';
import type { Gateway, RoundTripCounter } from '../db/gateway';
import { NodeReader } from '../db/node-reader';
import { Loaders } from './loaders';

export type { Viewer };

/** Process-wide services requests use (built once in src/app.ts). */
export interface AppServices {
  kpis: KpiCache;
  /** Domain events, shared by all replicas (Redis when configured). */
  events: EventBus;
  publisher: EventPublisher;
  /** KPI recomputations of this replica. */
  kpiFeed: KpiFeed;
  /** Who may see and do what (src/auth/policy.ts). */
  policy: Policy;
  /** "Now" for every default window, horizon and validation bound (pinned in tests). */
  clock: Clock;
}

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
  loaders: Loaders;
  /** Set for operations over WebSocket. */
  connection?: ConnectionHandle;
  /** The request's audit trail: mutations start it, its write transactions record it. */
  audit: AuditTrail;
}

export function createRequestContext(
  gateway: Gateway,
  services: AppServices,
  requestId: string,
  viewer: Viewer,
  roundTrips?: RoundTripCounter,
): RequestContext {
  const audit = new AuditTrail(viewer);
  const db = gateway.scoped({ requestId }, roundTrips, audit);
  const reader = new NodeReader(db);
  return { requestId, services, viewer, db, roundTrips, reader, loaders: new Loaders(reader), audit };
}

/** Fresh DataLoaders: a subscription's context lives across events, its caches must not. */
export function renewLoaders(ctx: RequestContext): void {
  ctx.loaders = new Loaders(ctx.reader);
}
