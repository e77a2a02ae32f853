/**
 * The per-request context: who is asking, a request id, the request's data-access gateway
 * (tagged with the request id, optionally counting round trips) and fresh DataLoaders, so
 * nothing cached leaks from one request (or one caller) to another.
 */
import type { Gateway, RoundTripCounter } from '../db/gateway';
import { ParticipantLoaders } from '../modules/participant/participant.loaders';
import { ParticipantRepository } from '../modules/participant/participant.repository';
import { ParticipantService } from '../modules/participant/participant.service';

/** The caller. Anonymous until the security work adds authentication. */
export type Viewer = { kind: 'anonymous' };

export interface RequestContext {
  requestId: string;
  viewer: Viewer;
  db: Gateway;
  roundTrips?: RoundTripCounter;
  participants: ParticipantRepository;
  participantService: ParticipantService;
  loaders: { participants: ParticipantLoaders };
}

export function createRequestContext(
  gateway: Gateway,
  requestId: string,
  viewer: Viewer,
  roundTrips?: RoundTripCounter,
): RequestContext {
  const db = gateway.scoped({ requestId }, roundTrips);
  const participants = new ParticipantRepository(db);
  return {
    requestId,
    viewer,
    db,
    roundTrips,
    participants,
    participantService: new ParticipantService(db),
    loaders: { participants: new ParticipantLoaders(participants) },
  };
}
