/** GraphQL types of the live events (docs/subscriptions.md has the catalogue with examples). */
import { Field, Float, ID, InterfaceType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { type EVENT_KINDS } from '../../events/events';
import { DateTimeScalar } from '../../core/scalars';
import { CentralityMetricName } from '../analytics/analytics.types';
import { Participant } from '../participant/participant.type';
import { DerivedFrom, InUnitOfObject } from '../../auth/derivation';

export enum EventKindName {
  INTERACTION_RECORDED = 'INTERACTION_RECORDED',
  PARTNERSHIP_STAGE_CHANGED = 'PARTNERSHIP_STAGE_CHANGED',
  RISK_RAISED = 'RISK_RAISED',
  GOAL_PROGRESSED = 'GOAL_PROGRESSED',
  GRAPH_CHANGED = 'GRAPH_CHANGED',
  KPIS_UPDATED = 'KPIS_UPDATED',
}
// The GraphQL enum and the event model must list the same kinds.
const _sameKinds: Record<(typeof EVENT_KINDS)[number], EventKindName> = EventKindName;
void _sameKinds;
registerEnumType(EventKindName, { name: 'EventKind', description: 'Kinds of live ecosystem events.' });

export enum KpiScope {
  ECOSYSTEM = 'ECOSYSTEM',
  PARTICIPANT = 'PARTICIPANT',
  PARTNERSHIP = 'PARTNERSHIP',
}
registerEnumType(KpiScope, {
  name: 'KpiScope',
  description: 'What a KPI subscription watches: the whole network, one participant, or the parties of a partnership.',
});

const OUTBOX_SEQUENCE =
  'Position in the outbox: unique, gap-free and increasing in commit order over all replicas. Pass the last one you received as `after` to resume.';

@InterfaceType('LiveEvent', { description: 'What every live event carries.' })
export abstract class EventFields {
  @Field(() => ID, { description: 'Unique per event.' })
  eventId!: string;

  @Field(() => DateTimeScalar, { description: 'When the change was committed (KPIs: computed).' })
  at!: Date;

  @Field(() => Int, { description: 'Graph version after the change (KPIs: the version they were computed from).' })
  version!: number;

  @Field(() => Int, {
    nullable: true,
    description: `${OUTBOX_SEQUENCE} Null for KPI updates (computed per replica, not stored).`,
  })
  sequence!: number | null;
}

@ObjectType({ description: "A participant's engagement after an interaction." })
@DerivedFrom('PARTY_ANALYTICS')
export class EngagementChange {
  @Field(() => ID) participantId!: string;
  @Field(() => Float, { description: 'Engagement score over the last 90 days (docs/kpis-business.md).' })
  score!: number;
  @Field(() => Float, { nullable: true, description: 'Score / previous 90 days; null when that was 0.' })
  trend!: number | null;
}

@ObjectType({ implements: EventFields, description: 'An interaction was recorded.' })
export class EngagementUpdate extends EventFields {
  @Field(() => Int, { description: OUTBOX_SEQUENCE }) override sequence = 0; // set from the event
  @Field(() => ID) interactionId!: string;
  @Field(() => ID, { nullable: true }) partnershipId!: string | null;
  @Field(() => String) interactionKind!: string;
  @Field(() => [EngagementChange], {
    description: 'New engagement of the participants involved (only the one asked for, when filtered by participant).',
  })
  engagement!: EngagementChange[];
}

@ObjectType({ implements: EventFields, description: 'A partnership moved to another lifecycle stage.' })
export class StageChangeEvent extends EventFields {
  @Field(() => Int, { description: OUTBOX_SEQUENCE }) override sequence = 0; // set from the event
  @Field(() => ID) partnershipId!: string;
  @Field(() => ID) stageChangeId!: string;
  @Field(() => String, { nullable: true }) from!: string | null;
  @Field(() => String) to!: string;
  @Field(() => String, { description: 'Who moved it.' }) by!: string;
}

@ObjectType({ implements: EventFields, description: 'A risk was raised.' })
export class RiskRaisedEvent extends EventFields {
  @Field(() => Int, { description: OUTBOX_SEQUENCE }) override sequence = 0; // set from the event
  @Field(() => ID) riskId!: string;
  @Field(() => ID, { nullable: true }) partnershipId!: string | null;
  @Field(() => String) title!: string;
  @Field(() => String) severity!: string;
}

@ObjectType({ implements: EventFields, description: "A goal's progress was measured." })
export class GoalProgressEvent extends EventFields {
  @Field(() => Int, { description: OUTBOX_SEQUENCE }) override sequence = 0; // set from the event
  @Field(() => ID) goalId!: string;
  @InUnitOfObject()
  @Field(() => Float, { description: 'The measured value (now the goal’s actual).' })
  value!: number;
  @InUnitOfObject()
  @Field(() => Float, { nullable: true, description: 'actual / target; null for a zero target.' })
  progress!: number | null;
}

@ObjectType({ description: 'One KPI before and after a recomputation.' })
export class KpiChange {
  @Field(() => String) metric!: string;
  @Field(() => Float, { nullable: true, description: 'Null when there was no earlier value.' }) before!: number | null;
  @Field(() => Float) after!: number;
}

@ObjectType({ description: 'A rank that moved by at least the threshold asked for.' })
export class RankChange {
  @Field(() => CentralityMetricName) metric!: CentralityMetricName;
  @Field(() => Int, { nullable: true }) before!: number | null;
  @Field(() => Int) after!: number;
}

@ObjectType({
  description:
    'The participant changed community: its community before and after share less than half their members (Jaccard).',
})
export class CommunityMove {
  @Field(() => Int, { nullable: true, description: 'Community id in the earlier computation.' }) before!: number | null;
  @Field(() => Int, { description: 'Community id in this computation.' }) after!: number;
  @Field(() => Float, { description: 'Jaccard overlap of the two communities.' }) overlap!: number;
}

@ObjectType({ description: "One participant's KPI changes." })
@DerivedFrom('PARTY_ANALYTICS')
export class ParticipantKpiChanges {
  @Field(() => Participant) participant!: Participant;
  @Field(() => [KpiChange]) changes!: KpiChange[];
  @Field(() => [RankChange]) rankChanges!: RankChange[];
  @Field(() => CommunityMove, { nullable: true }) communityMove!: CommunityMove | null;
}

@ObjectType({ implements: EventFields, description: 'New KPI values after a recomputation, with what changed.' })
export class KpiUpdate extends EventFields {
  @Field(() => KpiScope) scope!: KpiScope;
  @Field(() => ID, { nullable: true, description: 'The participant or partnership watched.' })
  subjectId!: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Graph version of the previous update (the newest version any of its figures was for).',
  })
  previousVersion!: number | null;
  @Field(() => Int, {
    description:
      'Graph version of the global figures (PageRank, betweenness, closeness, eigenvector, communities, clustering, cuts, resilience). Older than `version` in an incremental update: degrees, counts, density and components are exact for `version`, the rest follows from a background recomputation (docs/kpis.md).',
  })
  fullVersion!: number;
  @Field(() => String, { description: 'gds or graphology.' }) engine!: string;
  @Field(() => Boolean, { description: 'True for the current value sent first (initial: true).' })
  initial!: boolean;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Initial value only: true when the graph changed since it was computed (a recomputation follows as an update).',
  })
  stale!: boolean | null;
  @Field(() => [KpiChange], { description: 'ECOSYSTEM scope: network-level figures that changed.' })
  network!: KpiChange[];
  @Field(() => [ParticipantKpiChanges], { description: 'PARTICIPANT / PARTNERSHIP scope: per participant.' })
  participants!: ParticipantKpiChanges[];
}

@ObjectType({ implements: EventFields, description: 'One entry of the activity feed.' })
export class ActivityEvent extends EventFields {
  @Field(() => EventKindName) kind!: EventKindName;
  @Field(() => ID, { nullable: true, description: 'The main object concerned (global id).' })
  subjectId!: string | null;
  @Field(() => String, { description: 'One line for activity panels.' }) summary!: string;
}
