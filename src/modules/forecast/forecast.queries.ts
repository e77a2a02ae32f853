/**
 * Monthly series for forecasts: one statement summing a metric per month bucket for the
 * ecosystem, a participant or a partnership. Buckets are found by comparing the event's
 * epoch milliseconds with the month boundaries passed in, so they are UTC months whatever
 * the stored time zone. Pure builders, snapshot-tested.
 */
import type { EngagementSettings } from '../../kpi/engagement/settings';
import type { Statement } from '../../db/gateway';
import { int } from '../../db/values';
import { ForecastMetric, ForecastScope } from './forecast.enums';

/** How each (metric, scope) reaches its events; `x` is the event (node or relationship). */
const MATCHES: Record<ForecastMetric, Record<ForecastScope, string>> = {
  [ForecastMetric.ENGAGEMENT]: {
    [ForecastScope.ECOSYSTEM]: 'OPTIONAL MATCH (x:Interaction)',
    [ForecastScope.PARTICIPANT]:
      'MATCH (scope:Participant {id: $scopeId})\nOPTIONAL MATCH (scope)-[:ENGAGED_IN]->(x:Interaction)',
    [ForecastScope.PARTNERSHIP]:
      'MATCH (scope:Partnership {id: $scopeId})\nOPTIONAL MATCH (x:Interaction)-[:WITHIN]->(scope)',
  },
  [ForecastMetric.VALUE]: {
    [ForecastScope.ECOSYSTEM]: 'OPTIONAL MATCH ()-[x:VALUE_FLOW]->()',
    [ForecastScope.PARTICIPANT]: 'MATCH (scope:Participant {id: $scopeId})\nOPTIONAL MATCH (scope)-[x:VALUE_FLOW]-()',
    [ForecastScope.PARTNERSHIP]:
      'MATCH (scope:Partnership {id: $scopeId})\nOPTIONAL MATCH ()-[x:VALUE_FLOW {partnershipId: scope.id}]->()',
  },
};

/** Grouped on, so an unknown scope yields no row (an aggregate alone would yield one). */
const SCOPE_KEYS: Record<ForecastScope, string> = {
  [ForecastScope.ECOSYSTEM]: "'ecosystem'",
  [ForecastScope.PARTICIPANT]: 'scope.id',
  [ForecastScope.PARTNERSHIP]: 'scope.id',
};

const CONDITIONS: Record<ForecastMetric, string> = {
  [ForecastMetric.ENGAGEMENT]: 'x.correctedBy IS NULL',
  [ForecastMetric.VALUE]: "x.correctedBy IS NULL AND x.kind <> 'COST'",
};

const AMOUNTS: Record<ForecastMetric, string> = {
  [ForecastMetric.ENGAGEMENT]: 'coalesce($kindWeights[x.kind], 0.0) * coalesce(x.weight, 1.0)',
  [ForecastMetric.VALUE]: 'toFloat(x.amount)',
};

/**
 * Per bucket i ([bounds[i], bounds[i + 1])): the summed metric and the event count. One row
 * (`buckets`, possibly empty) when the scope exists, none when it does not.
 */
export function monthlySeries(
  metric: ForecastMetric,
  scope: ForecastScope,
  scopeId: string | null,
  bounds: readonly Date[],
  settings: EngagementSettings,
): Statement {
  return {
    cypher: `${MATCHES[metric][scope]}
WHERE ${CONDITIONS[metric]} AND x.at >= datetime($from) AND x.at < datetime($to)
WITH ${SCOPE_KEYS[scope]} AS scopeKey, x, size([b IN $bounds WHERE b <= x.at.epochMillis]) - 1 AS bucket
WITH scopeKey, bucket, sum(${AMOUNTS[metric]}) AS value, count(x) AS events
RETURN scopeKey, collect(CASE WHEN events > 0 THEN {bucket: bucket, value: value, events: events} END) AS buckets`,
    params: {
      scopeId,
      from: (bounds[0] as Date).toISOString(),
      to: (bounds[bounds.length - 1] as Date).toISOString(),
      bounds: bounds.map((bound) => int(bound.getTime())),
      kindWeights: { ...settings.kindWeights },
    },
  };
}
