/**
 * The breakdown and facet statements. Each breakdown is one fixed statement per (measure,
 * dimension): the items the measure counts (scoped and windowed), then the grouping key of the
 * dimension. Every piece is a constant chosen by enum; ids, window and interval are parameters.
 */
import type { Window } from '../../core/window';
import type { Statement } from '../../db/gateway';
import { currentTie } from '../../model/party-tie';
import { BreakdownDimension as By, BreakdownMeasure as Measure } from './aggregation.enums';

export interface BreakdownScope {
  /** Raw participant id: only items it takes part in. */
  participant?: string;
  /** Raw partnership id: only items of that partnership. */
  partnership?: string;
}

export interface BreakdownQuery {
  measure: Measure;
  by: By;
  scope: BreakdownScope;
  /** Absent for the current-state breakdowns (participants / partnerships not by PERIOD). */
  window?: Window;
  /** `datetime.truncate` unit for PERIOD. */
  interval: string;
}

/** Whether `by` groups `measure` at all (the kind dimensions belong to one measure each). */
export function groupsMeasure(measure: Measure, by: By): boolean {
  if (by === By.INTERACTION_KIND) return measure === Measure.INTERACTIONS;
  if (by === By.FLOW_KIND) return measure === Measure.VALUE;
  return true;
}

/** Whether the measure's items are taken from a window (events, or joins / starts by period). */
export function isWindowed(measure: Measure, by: By): boolean {
  return measure === Measure.INTERACTIONS || measure === Measure.VALUE || by === By.PERIOD;
}

/** The items: `x` (a node, or the flow relationship with its ends `a`, `b`), scoped and windowed. */
function items(query: BreakdownQuery): string {
  const { measure, by, scope } = query;
  const windowed = (instant: string) => `${instant} >= datetime($from) AND ${instant} < datetime($to)`;
  switch (measure) {
    case Measure.PARTICIPANTS:
      return [
        'MATCH (x:Participant)',
        `WHERE ${by === By.PERIOD ? windowed('x.joinedAt') : "x.status <> 'EXITED'"}`,
        scope.participant ? 'AND x.id = $participant' : '',
        scope.partnership ? `AND EXISTS { (x)-${currentTie('scopeTie')}->(:Partnership {id: $partnership}) }` : '',
      ]
        .filter(Boolean)
        .join('\n');
    case Measure.PARTNERSHIPS:
      return [
        'MATCH (x:Partnership)',
        `WHERE ${by === By.PERIOD ? windowed('x.startedAt') : 'true'}`,
        scope.participant ? `AND EXISTS { (:Participant {id: $participant})-${currentTie('scopeTie')}->(x) }` : '',
        scope.partnership ? 'AND x.id = $partnership' : '',
      ]
        .filter(Boolean)
        .join('\n');
    case Measure.INTERACTIONS:
      return [
        'MATCH (x:Interaction)',
        `WHERE x.correctedBy IS NULL AND ${windowed('x.at')}`,
        scope.participant ? 'AND EXISTS { (:Participant {id: $participant})-[:ENGAGED_IN]->(x) }' : '',
        scope.partnership ? 'AND EXISTS { (x)-[:WITHIN]->(:Partnership {id: $partnership}) }' : '',
      ]
        .filter(Boolean)
        .join('\n');
    case Measure.VALUE:
      return [
        'MATCH (a:Participant)-[x:VALUE_FLOW]->(b:Participant)',
        `WHERE x.correctedBy IS NULL AND x.kind <> 'COST' AND ${windowed('x.at')}`,
        scope.participant ? 'AND $participant IN [a.id, b.id]' : '',
        scope.partnership ? 'AND x.partnershipId = $partnership' : '',
      ]
        .filter(Boolean)
        .join('\n');
  }
}

const PARTICIPANT_FIELD: Partial<Record<By, string>> = {
  [By.REGION]: 'region',
  [By.SECTOR]: 'sector',
  [By.PARTICIPANT_KIND]: 'kind',
};
const PARTNERSHIP_FIELD: Partial<Record<By, string>> = { [By.PARTNERSHIP_TYPE]: 'type', [By.STAGE]: 'stage' };
const WHEN: Record<Measure, string> = {
  [Measure.PARTICIPANTS]: 'x.joinedAt',
  [Measure.PARTNERSHIPS]: 'x.startedAt',
  [Measure.INTERACTIONS]: 'x.at',
  [Measure.VALUE]: 'x.at',
};

/** Rows (x, key): each item once per distinct key. */
function grouping(measure: Measure, by: By): string {
  if (by === By.PERIOD) return `WITH x, datetime.truncate($interval, ${WHEN[measure]}) AS key`;
  if (by === By.INTERACTION_KIND || by === By.FLOW_KIND) return 'WITH x, x.kind AS key';
  const participantField = PARTICIPANT_FIELD[by];
  if (participantField) {
    switch (measure) {
      case Measure.PARTICIPANTS:
        return `WITH x, x.${participantField} AS key`;
      case Measure.PARTNERSHIPS:
        return `MATCH (p:Participant)-${currentTie('groupTie')}->(x)\nWITH DISTINCT x, p.${participantField} AS key`;
      case Measure.INTERACTIONS:
        return `MATCH (p:Participant)-[:ENGAGED_IN]->(x)\nWITH DISTINCT x, p.${participantField} AS key`;
      case Measure.VALUE:
        return `UNWIND [a, b] AS p\nWITH DISTINCT x, p.${participantField} AS key`;
    }
  }
  const partnershipField = PARTNERSHIP_FIELD[by] ?? 'stage';
  switch (measure) {
    case Measure.PARTICIPANTS:
      return `MATCH (x)-${currentTie('groupTie')}->(s:Partnership)\nWITH DISTINCT x, s.${partnershipField} AS key`;
    case Measure.PARTNERSHIPS:
      return `WITH x, x.${partnershipField} AS key`;
    case Measure.INTERACTIONS:
      return `MATCH (x)-[:WITHIN]->(s:Partnership)\nWITH DISTINCT x, s.${partnershipField} AS key`;
    case Measure.VALUE:
      return `MATCH (s:Partnership {id: x.partnershipId})\nWITH DISTINCT x, s.${partnershipField} AS key`;
  }
}

function params(query: BreakdownQuery): Record<string, unknown> {
  return {
    participant: query.scope.participant ?? null,
    partnership: query.scope.partnership ?? null,
    from: query.window?.from.toISOString() ?? null,
    to: query.window?.to.toISOString() ?? null,
    interval: query.interval,
  };
}

const summed = (measure: Measure) => (measure === Measure.VALUE ? 'sum(x.amount)' : 'null');

/** Per group: `key`, `count`, `value` (VALUE only). */
export function breakdownBuckets(query: BreakdownQuery): Statement {
  return {
    cypher: `${items(query)}
${grouping(query.measure, query.by)}
RETURN key, count(x) AS count, ${summed(query.measure)} AS value
ORDER BY count DESC, key`,
    params: params(query),
  };
}

/** All items once: `total`, `value` (VALUE only). */
export function breakdownTotal(query: BreakdownQuery): Statement {
  return {
    cypher: `${items(query)}
RETURN count(x) AS total, ${summed(query.measure)} AS value`,
    params: params(query),
  };
}

const FACETS = {
  regions: "MATCH (x:Participant) WHERE x.status <> 'EXITED' WITH x.region AS value",
  sectors: "MATCH (x:Participant) WHERE x.status <> 'EXITED' WITH x.sector AS value",
  participantKinds: "MATCH (x:Participant) WHERE x.status <> 'EXITED' WITH x.kind AS value",
  partnershipTypes: 'MATCH (x:Partnership) WITH x.type AS value',
  stages: 'MATCH (x:Partnership) WITH x.stage AS value',
  interactionKinds: 'MATCH (x:Interaction) WHERE x.correctedBy IS NULL WITH x.kind AS value',
  flowKinds: 'MATCH ()-[x:VALUE_FLOW]->() WHERE x.correctedBy IS NULL WITH x.kind AS value',
} as const;

export type FacetName = keyof typeof FACETS;
export const FACET_NAMES = Object.keys(FACETS) as FacetName[];

/** The values of one facet with their counts, most frequent first. */
export function facet(name: FacetName): Statement {
  return {
    cypher: `${FACETS[name]}\nWHERE value IS NOT NULL\nRETURN value, count(*) AS count\nORDER BY count DESC, value`,
    params: {},
  };
}
