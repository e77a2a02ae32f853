/**
 * Domain events: what changed in the ecosystem. Written into the outbox in the write
 * transaction that made the change (events/outbox.ts), numbered there, then relayed to every
 * replica in that order (events/relay.ts). Plain JSON, ids are global ids. Payload-heavy
 * parts (an engagement score) are computed once, in the transaction, never per subscriber.
 */

export const EVENT_KINDS = [
  'INTERACTION_RECORDED',
  'PARTNERSHIP_STAGE_CHANGED',
  'RISK_RAISED',
  'GOAL_PROGRESSED',
  'GRAPH_CHANGED',
  'KPIS_UPDATED',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

interface EventBase {
  /** Unique per event (UUID): lets clients and tests de-duplicate. */
  id: string;
  /** ISO instant the change was committed, from the injected clock (KPIs: computed). */
  at: string;
  /** Graph version after the change. */
  version: number;
}

/** An event of the outbox: numbered in commit order. */
interface OutboxEventBase extends EventBase {
  /** Unique, gap-free and increasing in commit order over all replicas (the resume point). */
  sequence: number;
}

export interface EngagementChange {
  participantId: string;
  /** Engagement score over the default window (docs/kpis-business.md), after the interaction. */
  score: number;
  trend: number | null;
}

export interface InteractionRecorded extends OutboxEventBase {
  kind: 'INTERACTION_RECORDED';
  interactionId: string;
  partnershipId: string | null;
  interactionKind: string;
  engagement: EngagementChange[];
}

export interface PartnershipStageChanged extends OutboxEventBase {
  kind: 'PARTNERSHIP_STAGE_CHANGED';
  partnershipId: string;
  stageChangeId: string;
  from: string | null;
  to: string;
  by: string;
}

export interface RiskRaised extends OutboxEventBase {
  kind: 'RISK_RAISED';
  riskId: string;
  partnershipId: string | null;
  title: string;
  severity: string;
}

export interface GoalProgressed extends OutboxEventBase {
  kind: 'GOAL_PROGRESSED';
  goalId: string;
  partnershipId: string | null;
  /** The goal's metric (GoalMetric): `value` and `progress` are money for a VALUE goal. */
  metric?: string;
  value: number;
  progress: number | null;
}

/** Any committed mutation: feeds activity panels and tells every replica to refresh KPIs. */
export interface GraphChanged extends OutboxEventBase {
  kind: 'GRAPH_CHANGED';
  mutation: string;
  by: string;
}

/** New KPI values (local to each replica: every replica computes its own, from the same graph). */
export interface KpisUpdated extends EventBase {
  kind: 'KPIS_UPDATED';
  /** Orders the replica's KPI snapshots (an incremental update and the full one can share a version). */
  revision: number;
  previousVersion: number | null;
  engine: string;
}

export type EcosystemEvent =
  InteractionRecorded | PartnershipStageChanged | RiskRaised | GoalProgressed | GraphChanged | KpisUpdated;

/** The events that go through the outbox (KPI updates are computed per replica, not stored). */
export type DomainEvent = Exclude<EcosystemEvent, KpisUpdated>;

type Unstamped<E> = E extends DomainEvent ? Omit<E, 'id' | 'at' | 'version' | 'sequence'> : never;
/** A domain event before the outbox numbered it. */
export type EventDraft = Unstamped<DomainEvent>;

/** An interaction's event before the new engagement of its participants was read (in the transaction). */
export type InteractionRecordedIntent = Omit<Extract<EventDraft, { kind: 'INTERACTION_RECORDED' }>, 'engagement'> & {
  /** Database ids of the participants whose engagement the event reports. */
  engagementOf: readonly string[];
};

/** What a write transaction emits (Tx.emit): drafts, or intents the outbox completes in the transaction. */
export type EventIntent = Exclude<EventDraft, { kind: 'INTERACTION_RECORDED' }> | InteractionRecordedIntent;

export type EventOf<K extends EventKind> = Extract<EcosystemEvent, { kind: K }>;
