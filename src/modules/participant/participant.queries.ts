/**
 * Every Cypher statement about participants, as pure builders (no I/O) so tests can
 * snapshot them. User values only ever travel as parameters; the few fragments chosen here
 * (sort property, direction) come from fixed maps keyed by GraphQL enums.
 */
import type { Keyset } from '../../core/connection';
import type { Statement } from '../../db/gateway';
import { int } from '../../db/values';
import { OrderDirection, ParticipantOrderField } from './participant.enums';
import type { ParticipantFilter } from './participant.inputs';

const SORT_PROPERTY: Record<ParticipantOrderField, string> = {
  [ParticipantOrderField.NAME]: 'name',
  [ParticipantOrderField.JOINED_AT]: 'joinedAt',
  [ParticipantOrderField.CREATED_AT]: 'createdAt',
};

/** Properties returned for a participant; temporal values are mapped to Dates by the gateway. */
const PARTICIPANT_PROJECTION =
  'p {.id, .name, .kind, .sector, .region, .tier, .status, .joinedAt, .externalId, .createdAt, .updatedAt}';

/** Lucene query from free text: special characters escaped, every word a prefix match. */
export function toFulltextQuery(text: string): string | null {
  const words = text
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (char) => `\\${char}`))
    .filter((word) => word.length > 0);
  return words.length === 0 ? null : words.map((word) => `${word}*`).join(' AND ');
}

function filterParams(filter: ParticipantFilter | null | undefined) {
  return {
    kinds: filter?.kind?.length ? filter.kind : null,
    sectors: filter?.sector?.length ? filter.sector : null,
    regions: filter?.region?.length ? filter.region : null,
    statuses: filter?.status?.length ? filter.status : null,
    tiers: filter?.tier?.length ? filter.tier : null,
    joinedFrom: filter?.joinedFrom?.toISOString() ?? null,
    joinedBefore: filter?.joinedBefore?.toISOString() ?? null,
    text: filter?.text ? toFulltextQuery(filter.text) : null,
  };
}

function matchFiltered(text: string | null): string {
  const source = text
    ? "CALL db.index.fulltext.queryNodes('participant_search', $text) YIELD node AS p"
    : 'MATCH (p:Participant)';
  return `${source}
WHERE ($kinds IS NULL OR p.kind IN $kinds)
  AND ($sectors IS NULL OR p.sector IN $sectors)
  AND ($regions IS NULL OR p.region IN $regions)
  AND ($statuses IS NULL OR p.status IN $statuses)
  AND ($tiers IS NULL OR p.tier IN $tiers)
  AND ($joinedFrom IS NULL OR p.joinedAt >= datetime($joinedFrom))
  AND ($joinedBefore IS NULL OR p.joinedAt < datetime($joinedBefore))`;
}

export interface ListParticipantsQuery {
  filter?: ParticipantFilter | null;
  orderField: ParticipantOrderField;
  direction: OrderDirection;
  /** Rows to fetch: the page size plus one, to know whether a next page exists. */
  limit: number;
  after?: Keyset | null;
}

export function listParticipants(query: ListParticipantsQuery): Statement {
  const params = filterParams(query.filter);
  const property = SORT_PROPERTY[query.orderField];
  const temporal = query.orderField !== ParticipantOrderField.NAME;
  const descending = query.direction === OrderDirection.DESC;
  const cmp = descending ? '<' : '>';
  const afterValue = temporal ? 'datetime($afterValue)' : '$afterValue';
  const dir = descending ? 'DESC' : 'ASC';
  return {
    cypher: `${matchFiltered(params.text)}
  AND ($afterId IS NULL OR p.${property} ${cmp} ${afterValue} OR (p.${property} = ${afterValue} AND p.id ${cmp} $afterId))
RETURN ${PARTICIPANT_PROJECTION} AS participant
ORDER BY p.${property} ${dir}, p.id ${dir}
LIMIT $limit`,
    params: {
      ...params,
      afterValue: query.after?.value ?? null,
      afterId: query.after?.id ?? null,
      limit: int(query.limit),
    },
  };
}

export function countParticipants(filter: ParticipantFilter | null | undefined): Statement {
  const params = filterParams(filter);
  return { cypher: `${matchFiltered(params.text)}\nRETURN count(p) AS total`, params };
}

export function participantsByIds(ids: readonly string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id
MATCH (p:Participant {id: id})
RETURN ${PARTICIPANT_PROJECTION} AS participant`,
    params: { ids: [...ids] },
  };
}

export function participantByClientKey(clientKey: string): Statement {
  return {
    cypher: `MATCH (p:Participant {clientKey: $clientKey}) RETURN ${PARTICIPANT_PROJECTION} AS participant`,
    params: { clientKey },
  };
}

/** Another participant already holding this external id (external ids are unique). */
export function externalIdHolder(externalId: string, exceptId: string): Statement {
  return {
    cypher: 'MATCH (p:Participant {externalId: $externalId}) WHERE p.id <> $exceptId RETURN p.id AS id',
    params: { externalId, exceptId },
  };
}

export interface ParticipantWrite {
  name: string;
  kind: string;
  sector: string;
  region: string;
  tier: string;
  status: string;
  joinedAt: string;
  externalId: string | null;
}

/**
 * Creates a participant. MERGE on the id generated before the transaction makes the driver's
 * commit retries harmless; the client key makes the client's own retries harmless.
 */
export function createParticipant(id: string, clientKey: string | null, fields: ParticipantWrite): Statement {
  return {
    cypher: `MERGE (p:Participant {id: $id})
ON CREATE SET p += $fields, p.joinedAt = datetime($fields.joinedAt), p.clientKey = $clientKey,
  p.createdAt = datetime(), p.updatedAt = datetime()
RETURN ${PARTICIPANT_PROJECTION} AS participant`,
    params: { id, clientKey, fields },
  };
}

/** Sets the given fields (a null externalId removes it); returns nothing when the id is unknown. */
export function updateParticipant(id: string, changes: Partial<ParticipantWrite>): Statement {
  const { joinedAt, ...rest } = changes;
  return {
    cypher: `MATCH (p:Participant {id: $id})
SET p += $changes, p.updatedAt = datetime()
FOREACH (_ IN CASE WHEN $joinedAt IS NULL THEN [] ELSE [1] END | SET p.joinedAt = datetime($joinedAt))
RETURN ${PARTICIPANT_PROJECTION} AS participant`,
    params: { id, changes: rest, joinedAt: joinedAt ?? null },
  };
}

export interface PartyPageQuery {
  participantIds: readonly string[];
  stages: string[] | null;
  limit: number;
  after: Keyset | null;
}

/** One round trip for the partnerships of many participants (the DataLoader batch). */
export function partnershipsOfParticipants(query: PartyPageQuery): Statement {
  return {
    cypher: `UNWIND $participantIds AS participantId
MATCH (p:Participant {id: participantId})
CALL (p) {
  MATCH (p)-[r:PARTY_TO]->(s:Partnership)
  WHERE ($stages IS NULL OR s.stage IN $stages)
    AND ($afterId IS NULL OR s.name > $afterValue OR (s.name = $afterValue AND s.id > $afterId))
  WITH r, s ORDER BY s.name, s.id LIMIT $limit
  RETURN collect({role: r.role, partnership: s {.id, .name, .type, .subtype, .stage, .strategicAlignment,
    .startedAt, .endsAt, .createdAt, .updatedAt}}) AS items
}
RETURN participantId, items,
  COUNT { (p)-[:PARTY_TO]->(s:Partnership) WHERE $stages IS NULL OR s.stage IN $stages } AS total`,
    params: {
      participantIds: [...query.participantIds],
      stages: query.stages,
      limit: int(query.limit),
      afterValue: query.after?.value ?? null,
      afterId: query.after?.id ?? null,
    },
  };
}
