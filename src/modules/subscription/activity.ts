/** One activity-feed line per event (ecosystemEvents). */
import type { EcosystemEvent } from '../../events/events';
import type { EventKindName } from './subscription.types';
import { GoalMetric } from '../goal/goal.enums';

export function activityOf(event: EcosystemEvent) {
  const base = {
    eventId: event.id,
    at: new Date(event.at),
    version: event.version,
    sequence: 'sequence' in event ? event.sequence : null,
    kind: event.kind as EventKindName,
  };
  switch (event.kind) {
    case 'INTERACTION_RECORDED':
      return {
        ...base,
        subjectId: event.interactionId,
        summary: `${event.interactionKind} recorded (${event.engagement.length} participants)`,
      };
    case 'PARTNERSHIP_STAGE_CHANGED':
      return {
        ...base,
        subjectId: event.partnershipId,
        summary: `moved ${event.from ?? '—'} → ${event.to} by ${event.by}`,
      };
    case 'RISK_RAISED':
      return { ...base, subjectId: event.riskId, summary: `${event.severity} risk raised: ${event.title}` };
    case 'GOAL_PROGRESSED':
      // A VALUE goal's figure is money: the feed (read by every role) says only that it moved.
      return {
        ...base,
        subjectId: event.goalId,
        summary:
          event.metric === undefined || event.metric === GoalMetric.VALUE
            ? 'goal measured'
            : `goal measured at ${event.value}`,
      };
    case 'GRAPH_CHANGED':
      return { ...base, subjectId: null, summary: `${event.mutation} by ${event.by}` };
    case 'KPIS_UPDATED':
      return { ...base, subjectId: null, summary: `KPIs recomputed by ${event.engine} (version ${event.version})` };
  }
}
