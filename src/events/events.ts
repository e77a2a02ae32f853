/**
 * Domain events: what changed in the ecosystem, published once after the write commits and
 * delivered to every replica (through Redis when configured). Plain JSON, ids are global ids.
 * Payload-heavy parts (an engagement score) are computed once by the publisher, never per
 * subscriber.
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
  /** ISO instant the change was committed (KPIs: computed). */
  at: string;
  /** Graph version after the change. */
  version: number;
}

export interface EngagementChange {
  participantId: string;
  /** Engagement score over the default window (docs/kpis-business.md), after the interaction. */
  score: number;
  trend: number | null;
}

export interface InteractionRecorded extends EventBase {
  kind: 'INTERACTION_RECORDED';
  interactionId: string;
  partnershipId: string | null;
  interactionKind: string;
  engagement: EngagementChange[];
}

export interface PartnershipStageChanged extends EventBase {
  kind: 'PARTNERSHIP_STAGE_CHANGED';
  partnershipId: string;
  stageChangeId: string;
  from: string | null;
  to: string;
  by: string;
}

export interface RiskRaised extends EventBase {
  kind: 'RISK_RAISED';
  riskId: string;
  partnershipId: string | null;
  title: string;
  severity: string;
}

export interface GoalProgressed extends EventBase {
  kind: 'GOAL_PROGRESSED';
  goalId: string;
  partnershipId: string | null;
  /** The goal's metric (GoalMetric): `value` and `progress` are money for a VALUE goal. */
  metric?: string;
  value: number;
  progress: number | null;
}

/** Any committed mutation: feeds activity panels and tells every replica to refresh KPIs. */
export interface GraphChanged extends EventBase {
  kind: 'GRAPH_CHANGED';
  mutation: string;
  by: string;
}

/** New KPI values (local to each replica: every replica computes its own, from the same graph). */
export interface KpisUpdated extends EventBase {
  kind: 'KPIS_UPDATED';
  previousVersion: number | null;
  engine: string;
}

export type EcosystemEvent =
  InteractionRecorded | PartnershipStageChanged | RiskRaised | GoalProgressed | GraphChanged | KpisUpdated;

export type EventOf<K extends EventKind> = Extract<EcosystemEvent, { kind: K }>;
