/**
 * Cypher for partnership scorecards and at-risk detection: one statement per page of
 * partnerships (scorecards) or per request (at-risk), each figure in its own `CALL (s)`
 * block so every block aggregates one partnership. Pure builders, snapshot-tested.
 */
import { ENGAGEMENT_AGGREGATES, INTERACTION_IN_WINDOWS, windowParams } from '../../kpi/engagement/engagement.queries';
import type { EngagementSettings } from '../../kpi/engagement/settings';
import type { TimeWindow } from '../../kpi/engagement/window';
import { projection } from '../../db/cypher';
import type { Statement } from '../../db/gateway';
import { int } from '../../db/values';
import { INITIATIVE, PARTICIPANT, PARTNERSHIP } from '../../model/nodes';
import { AT_RISK_RULES, RISK_RULES } from './scorecard.rules';

/** Value (non-COST flows) and cost (COST flows) tagged with `s`, current and previous window. */
const VALUE_BLOCK = `CALL (s) {
  OPTIONAL MATCH ()-[r:VALUE_FLOW {partnershipId: s.id}]->()
  WHERE r.correctedBy IS NULL AND r.at >= datetime($previousFrom) AND r.at < datetime($to)
  WITH r, r.at >= datetime($from) AS current, r.kind = 'COST' AS isCost, toFloat(r.amount) AS amount
  RETURN sum(CASE WHEN current AND NOT isCost THEN amount ELSE 0.0 END) AS value,
    count(CASE WHEN current AND NOT isCost THEN 1 END) AS valueFlows,
    sum(CASE WHEN current AND isCost THEN amount ELSE 0.0 END) AS cost,
    count(CASE WHEN current AND isCost THEN 1 END) AS costFlows,
    sum(CASE WHEN NOT current AND NOT isCost THEN amount ELSE 0.0 END) AS previousValue,
    count(CASE WHEN NOT current AND NOT isCost THEN 1 END) AS previousValueFlows
}`;

const ENGAGEMENT_BLOCK = `CALL (s) {
  OPTIONAL MATCH (i:Interaction)-[:WITHIN]->(s)
  WHERE ${INTERACTION_IN_WINDOWS}
${ENGAGEMENT_AGGREGATES}
}`;

/**
 * Mean of the latest survey per rater up to the window end, and up to its start (for the
 * drop); with `details`, the latest survey of each rater.
 */
const satisfactionBlock = (details: boolean) => `CALL (s) {
  OPTIONAL MATCH (rater:Participant)-[:RATED]->(v:Survey)-[:OF]->(s)
  WHERE v.at < datetime($to)
  WITH rater, v ORDER BY v.at DESC, v.id DESC
  WITH rater, collect(v) AS surveys
  WITH rater, head(surveys) AS latest, head([x IN surveys WHERE x.at < datetime($from)]) AS earlier
  RETURN avg(latest.score) AS satisfaction, count(latest) AS respondents,
    avg(earlier.score) AS previousSatisfaction, count(earlier) AS previousRespondents${
      details
        ? `,
    collect(CASE WHEN latest IS NOT NULL
      THEN {participant: ${projection('rater', PARTICIPANT.properties)}, score: latest.score, at: latest.at} END) AS latestSurveys`
        : ''
    }
}`;

/** Goals due in the window (and met), and goals past due at the state instant and not met. */
const GOALS_BLOCK = `CALL (s) {
  OPTIONAL MATCH (g:Goal)-[:FOR]->(s)
  WITH g, coalesce(g.actual, 0.0) >= g.target AS met, g.due >= datetime($from) AND g.due < datetime($to) AS dueInWindow
  RETURN count(CASE WHEN dueInWindow THEN 1 END) AS goalsDue,
    count(CASE WHEN dueInWindow AND met THEN 1 END) AS goalsMet,
    count(CASE WHEN g.due < datetime($asOf) AND NOT met THEN 1 END) AS overdueGoals
}`;

/** The last stage change at or before the state instant. */
const STAGE_BLOCK = `CALL (s) {
  OPTIONAL MATCH (s)-[:HAD_STAGE]->(c:StageChange)
  WHERE c.at <= datetime($asOf)
  WITH c ORDER BY c.at DESC, c.id DESC LIMIT 1
  RETURN c.to AS stageAsOf, c.at AS stageSince
}`;

/** Initiatives under `s`, not cancelled, whose [startsAt, endsAt] overlaps the window. */
const INNOVATION_BLOCK = `CALL (s) {
  OPTIONAL MATCH (n:Initiative)-[:UNDER]->(s)
  WHERE n.status <> 'CANCELLED' AND n.startsAt < datetime($to) AND (n.endsAt IS NULL OR n.endsAt >= datetime($from))
  WITH n ORDER BY n.startsAt, n.id
  RETURN collect(${projection('n', INITIATIVE.properties)}) AS initiatives
}`;

/** Governance flags at the state instant (statuses are current: records keep no history). */
const RISK_BLOCK = `CALL (s) {
  OPTIONAL MATCH (a:Agreement)-[:CONCERNS]->(s)
  WHERE a.status = 'EXECUTED' AND a.expiresAt >= datetime($asOf)
    AND a.expiresAt < datetime($asOf) + duration({days: $expiringWithinDays})
  WITH count(a) AS expiringAgreements, min(a.expiresAt) AS firstExpiry
  RETURN expiringAgreements, firstExpiry,
    COUNT { (r:Risk)-[:CONCERNS]->(s)
      WHERE r.severity IN $highRiskSeverities AND r.status <> 'CLOSED' AND r.raisedAt <= datetime($asOf) } AS highRisks,
    COUNT { (r:Risk)-[:CONCERNS]->(s)
      WHERE r.severity = 'CRITICAL' AND r.status <> 'CLOSED' AND r.raisedAt <= datetime($asOf) } AS criticalRisks,
    COUNT { (k:Conflict)-[:CONCERNS]->(s)
      WHERE k.status IN $openConflictStatuses AND k.openedAt <= datetime($asOf) } AS openConflicts,
    COUNT { (k:Conflict)-[:CONCERNS]->(s)
      WHERE k.status = 'ESCALATED' AND k.openedAt <= datetime($asOf) } AS escalatedConflicts
}`;

function params(window: TimeWindow, asOf: Date, settings: EngagementSettings) {
  return {
    ...windowParams(window, settings),
    asOf: asOf.toISOString(),
    expiringWithinDays: int(RISK_RULES.expiringWithinDays),
    highRiskSeverities: [...RISK_RULES.highRiskSeverities],
    openConflictStatuses: [...RISK_RULES.openConflictStatuses],
  };
}

/** Every scorecard figure for a page of partnerships (database ids), one row per found id. */
export function partnershipScorecards(
  ids: readonly string[],
  window: TimeWindow,
  asOf: Date,
  settings: EngagementSettings,
): Statement {
  return {
    cypher: `UNWIND $ids AS id
MATCH (s:Partnership {id: id})
${VALUE_BLOCK}
${ENGAGEMENT_BLOCK}
${satisfactionBlock(true)}
${GOALS_BLOCK}
${STAGE_BLOCK}
${INNOVATION_BLOCK}
${RISK_BLOCK}
RETURN id, s.stage AS stage, value, valueFlows, cost, costFlows, previousValue, previousValueFlows,
  score, interactions, previousScore, previousInteractions,
  satisfaction, respondents, previousSatisfaction, previousRespondents, latestSurveys,
  goalsDue, goalsMet, overdueGoals, stageAsOf, stageSince, initiatives,
  expiringAgreements, firstExpiry, highRisks, criticalRisks, openConflicts, escalatedConflicts`,
    params: { ids: [...ids], ...params(window, asOf, settings) },
  };
}

/**
 * Partnerships (not TERMINATED, not IDENTIFICATION) that meet at least one at-risk rule,
 * with the figures the rules look at. The WHERE mirrors AT_RISK_RULES as a pre-filter;
 * scorecard.rules.ts decides and words the reasons.
 */
export function atRiskCandidates(window: TimeWindow, asOf: Date, settings: EngagementSettings): Statement {
  return {
    cypher: `MATCH (s:Partnership)
WHERE NOT s.stage IN $excludedStages
${ENGAGEMENT_BLOCK}
${satisfactionBlock(false)}
${GOALS_BLOCK}
${STAGE_BLOCK}
WITH s, score, interactions, previousScore, previousInteractions, satisfaction, previousSatisfaction,
  overdueGoals, coalesce(stageAsOf, s.stage) AS stage, stageSince
WHERE (previousInteractions >= $minPreviousInteractions AND previousScore > 0 AND score < $trendBelow * previousScore)
  OR (stage IN $stalledStages AND stageSince < datetime($asOf) - duration({days: $stalledAfterDays}))
  OR satisfaction < $satisfactionFloor
  OR satisfaction < previousSatisfaction - $satisfactionDrop
  OR overdueGoals > 0
RETURN ${projection('s', PARTNERSHIP.properties)} AS partnership, score, interactions, previousScore,
  previousInteractions, satisfaction, previousSatisfaction, overdueGoals, stage, stageSince`,
    params: {
      ...params(window, asOf, settings),
      excludedStages: [...AT_RISK_RULES.excludedStages],
      minPreviousInteractions: int(AT_RISK_RULES.minPreviousInteractions),
      trendBelow: AT_RISK_RULES.trendBelow,
      stalledStages: [...AT_RISK_RULES.stalledStages],
      stalledAfterDays: int(AT_RISK_RULES.stalledAfterDays),
      satisfactionFloor: AT_RISK_RULES.satisfactionFloor,
      satisfactionDrop: AT_RISK_RULES.satisfactionDrop,
    },
  };
}

/** Each participant's value-flow volume (in + out, every kind) in the window; only those with flows. */
export function valueVolumes(window: TimeWindow): Statement {
  return {
    cypher: `MATCH (a:Participant)-[r:VALUE_FLOW]->(b:Participant)
WHERE r.correctedBy IS NULL AND r.at >= datetime($from) AND r.at < datetime($to)
UNWIND [a.id, b.id] AS id
WITH id, sum(toFloat(r.amount)) AS volume
WHERE volume > 0
RETURN id, volume
ORDER BY volume DESC, id`,
    params: { from: window.from.toISOString(), to: window.to.toISOString() },
  };
}
