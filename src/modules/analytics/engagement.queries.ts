/** The ecosystem engagement statements (snapshot-tested in test/unit/statement-catalogue.test.ts). */
import { previousWindow, type Window } from '../../core/window';
import type { Statement } from '../../db/gateway';

/** Active, returning, previously active and retained participants of a window. */
export function ecosystemEngagement(window: Window): Statement {
  const previous = previousWindow(window);
  return {
    cypher: `CALL () {
  MATCH (p:Participant)-[:ENGAGED_IN]->(i:Interaction)
  WHERE i.at >= datetime($from) AND i.at < datetime($to) AND i.correctedBy IS NULL
  RETURN collect(DISTINCT p) AS active
}
CALL () {
  MATCH (p:Participant)-[:ENGAGED_IN]->(i:Interaction)
  WHERE i.at >= datetime($previousFrom) AND i.at < datetime($from) AND i.correctedBy IS NULL
  RETURN collect(DISTINCT p.id) AS previous
}
RETURN size(active) AS activeParticipants,
  size([p IN active WHERE EXISTS { (p)-[:ENGAGED_IN]->(e:Interaction) WHERE e.at < datetime($from) AND e.correctedBy IS NULL }])
    AS returningParticipants,
  size(previous) AS previouslyActive,
  size([p IN active WHERE p.id IN previous]) AS retained`,
    params: { from: window.from.toISOString(), to: window.to.toISOString(), previousFrom: previous.from.toISOString() },
  };
}

/** Interactions, their weight and the participants engaged, per period (`interval`: day, week, month). */
export function engagementPeriods(window: Window, interval: string): Statement {
  return {
    cypher: `MATCH (p:Participant)-[:ENGAGED_IN]->(i:Interaction)
WHERE i.at >= datetime($from) AND i.at < datetime($to) AND i.correctedBy IS NULL
WITH datetime.truncate($interval, i.at) AS start, i, p
WITH start, collect(DISTINCT i) AS interactions, count(DISTINCT p) AS participants
RETURN start, size(interactions) AS interactions, reduce(total = 0.0, x IN interactions | total + x.weight) AS weight,
  participants
ORDER BY start`,
    params: { from: window.from.toISOString(), to: window.to.toISOString(), interval },
  };
}
