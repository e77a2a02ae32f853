/** The window-based inputs of the health KPIs, in one parameterised statement. */
import type { Statement } from '../../db/gateway';
import { previousWindow, type Window } from '../../core/window';

export interface WindowAggregates {
  participants: number;
  activeParticipants: number;
  participantsAtStart: number;
  newParticipants: number;
  partnershipsAtStart: number;
  newPartnerships: number;
  partnershipsActiveAtStart: number;
  terminatedPartnerships: number;
  interactionWeight: number;
  previousInteractionWeight: number;
}

export function windowAggregates(window: Window): Statement {
  const previous = previousWindow(window);
  return {
    cypher: `CALL () { MATCH (p:Participant) WHERE p.status <> 'EXITED' RETURN count(p) AS participants }
CALL () {
  MATCH (p:Participant)-[:ENGAGED_IN]->(i:Interaction)
  WHERE i.at >= datetime($from) AND i.at < datetime($to) AND i.correctedBy IS NULL AND p.status <> 'EXITED'
  RETURN count(DISTINCT p) AS activeParticipants
}
CALL () { MATCH (p:Participant) WHERE p.joinedAt < datetime($from) RETURN count(p) AS participantsAtStart }
CALL () {
  MATCH (p:Participant) WHERE p.joinedAt >= datetime($from) AND p.joinedAt < datetime($to)
  RETURN count(p) AS newParticipants
}
CALL () { MATCH (s:Partnership) WHERE s.startedAt < datetime($from) RETURN count(s) AS partnershipsAtStart }
CALL () {
  MATCH (s:Partnership) WHERE s.startedAt >= datetime($from) AND s.startedAt < datetime($to)
  RETURN count(s) AS newPartnerships
}
CALL () {
  MATCH (s:Partnership) WHERE s.startedAt < datetime($from)
    AND NOT EXISTS { (s)-[:HAD_STAGE]->(c:StageChange {to: 'TERMINATED'}) WHERE c.at < datetime($from) }
  RETURN count(s) AS partnershipsActiveAtStart
}
CALL () {
  MATCH (s:Partnership)-[:HAD_STAGE]->(c:StageChange {to: 'TERMINATED'})
  WHERE c.at >= datetime($from) AND c.at < datetime($to)
  RETURN count(DISTINCT s) AS terminatedPartnerships
}
CALL () {
  MATCH (i:Interaction) WHERE i.at >= datetime($from) AND i.at < datetime($to) AND i.correctedBy IS NULL
  RETURN coalesce(sum(i.weight), 0.0) AS interactionWeight
}
CALL () {
  MATCH (i:Interaction) WHERE i.at >= datetime($previousFrom) AND i.at < datetime($from) AND i.correctedBy IS NULL
  RETURN coalesce(sum(i.weight), 0.0) AS previousInteractionWeight
}
RETURN participants, activeParticipants, participantsAtStart, newParticipants, partnershipsAtStart, newPartnerships,
  partnershipsActiveAtStart, terminatedPartnerships, interactionWeight, previousInteractionWeight`,
    params: {
      from: window.from.toISOString(),
      to: window.to.toISOString(),
      previousFrom: previous.from.toISOString(),
    },
  };
}
