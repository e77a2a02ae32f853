/**
 * The engagement formula of engagement.ts as Cypher, so scores aggregate inside Neo4j
 * (one row per participant or partnership instead of every interaction). Pure builders.
 */
import type { Statement } from '../../db/gateway';
import { int } from '../../db/values';
import { DAY_MS, previousWindow, type TimeWindow } from './window';
import type { EngagementSettings } from './settings';

/** Parameters shared by every windowed KPI statement. */
export function windowParams(window: TimeWindow, settings: EngagementSettings): Record<string, unknown> {
  return {
    from: window.from.toISOString(),
    to: window.to.toISOString(),
    previousFrom: previousWindow(window).from.toISOString(),
    fromMs: int(window.from.getTime()),
    toMs: int(window.to.getTime()),
    halfLifeMs: settings.halfLifeDays * DAY_MS,
    kindWeights: { ...settings.kindWeights },
  };
}

/** `i` is a visible interaction inside the previous or the current window. */
export const INTERACTION_IN_WINDOWS = `i.correctedBy IS NULL AND i.at >= datetime($previousFrom) AND i.at < datetime($to)`;

/**
 * Aggregates the (optionally matched, possibly null) interactions `i` of one subject into
 * score / interactions for the current window and the previous one, each decayed to its own
 * window's end. Ends a `CALL { … }` body.
 */
export const ENGAGEMENT_AGGREGATES = `  WITH i, i.at >= datetime($from) AS current
  WITH current, coalesce($kindWeights[i.kind], 0.0) * coalesce(i.weight, 1.0)
    * 2.0 ^ (-toFloat(CASE WHEN current THEN $toMs ELSE $fromMs END - i.at.epochMillis) / $halfLifeMs) AS contribution
  RETURN sum(CASE WHEN current THEN contribution ELSE 0.0 END) AS score,
    count(CASE WHEN current THEN 1 END) AS interactions,
    sum(CASE WHEN NOT current THEN contribution ELSE 0.0 END) AS previousScore,
    count(CASE WHEN NOT current THEN 1 END) AS previousInteractions`;

/** Engagement of a page of participants (by database id), one row per id. */
export function participantEngagement(
  ids: readonly string[],
  window: TimeWindow,
  settings: EngagementSettings,
): Statement {
  return {
    cypher: `UNWIND $ids AS id
CALL (id) {
  OPTIONAL MATCH (:Participant {id: id})-[:ENGAGED_IN]->(i:Interaction)
  WHERE ${INTERACTION_IN_WINDOWS}
${ENGAGEMENT_AGGREGATES}
}
RETURN id, score, interactions, previousScore, previousInteractions`,
    params: { ids: [...ids], ...windowParams(window, settings) },
  };
}
