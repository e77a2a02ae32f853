/**
 * The per-request context: who is asking, a request id, the request's data-access gateway
 * (tagged with the request id, optionally counting round trips), and fresh DataLoaders, so
 * nothing cached leaks from one request (or one caller) to another.
 */
import type { KpiCache } from '../analytics/kpi-cache';
import type { Gateway, RoundTripCounter } from '../db/gateway';
import { NodeReader } from '../db/node-reader';
import { Loaders } from './loaders';

/** The caller. Anonymous until the security work adds authentication. */
export type Viewer = { kind: 'anonymous' };

/** How the caller is named in records they make (StageChange.by, audit). */
export function viewerName(viewer: Viewer): string {
  return viewer.kind;
}

/** Process-wide services requests use (built once in src/app.ts). */
export interface AppServices {
  kpis: KpiCache;
}

export interface RequestContext {
  requestId: string;
  services: AppServices;
  viewer: Viewer;
  db: Gateway;
  roundTrips?: RoundTripCounter;
  reader: NodeReader;
  loaders: Loaders;
}

export function createRequestContext(
  gateway: Gateway,
  services: AppServices,
  requestId: string,
  viewer: Viewer,
  roundTrips?: RoundTripCounter,
): RequestContext {
  const db = gateway.scoped({ requestId }, roundTrips);
  const reader = new NodeReader(db);
  return { requestId, services, viewer, db, roundTrips, reader, loaders: new Loaders(reader) };
}
