/**
 * The import's Cypher: which stored records the keys of a batch name, what those records hold
 * now (to skip what is unchanged and refuse history rewrites), and one UNWIND upsert per kind.
 * Labels and property names are fixed here from the kinds table; values are parameters only.
 * Every write MERGEs on an id fixed before the transaction, so a retried batch changes nothing.
 */
import type { Statement } from '../../db/gateway';
import { PARTY_TO } from '../../model/party-tie';
import type { KindName } from './kinds';

/** The label or relationship type a kind is stored as (fixed, from kinds.ts). */
const STORED: Readonly<Record<KindName, { label: string; relationship: boolean }>> = {
  teamMembers: { label: 'TeamMember', relationship: false },
  participants: { label: 'Participant', relationship: false },
  partnerships: { label: 'Partnership', relationship: false },
  interactions: { label: 'Interaction', relationship: false },
  valueFlows: { label: 'VALUE_FLOW', relationship: true },
  initiatives: { label: 'Initiative', relationship: false },
  goals: { label: 'Goal', relationship: false },
};

/** Plain stored properties per kind (instants are listed apart: they are stored as DateTime). */
export const STORED_PROPERTIES: Readonly<Record<KindName, { plain: readonly string[]; instants: readonly string[] }>> =
  {
    teamMembers: { plain: ['name', 'email', 'role'], instants: [] },
    participants: { plain: ['name', 'kind', 'sector', 'region', 'tier', 'status'], instants: ['joinedAt', 'exitedAt'] },
    partnerships: {
      plain: ['name', 'type', 'subtype', 'stage', 'strategicAlignment'],
      instants: ['startedAt', 'endsAt'],
    },
    interactions: { plain: ['kind', 'weight', 'note'], instants: ['at'] },
    valueFlows: { plain: ['kind', 'amount', 'currency', 'partnershipId'], instants: ['at'] },
    initiatives: { plain: ['name', 'kind', 'status'], instants: ['startsAt', 'endsAt'] },
    goals: { plain: ['title', 'horizon', 'metric', 'target', 'actual'], instants: ['due'] },
  };

/**
 * The stored id each key names: the record whose externalId is the key, else the one whose
 * ecograph id is the key (records made in the app without an externalId), else none.
 */
export function idsOfKeys(kind: KindName, keys: readonly string[]): Statement {
  const { label, relationship } = STORED[kind];
  const match = (property: string) =>
    relationship
      ? `OPTIONAL MATCH ()-[by${property}:${label} {${property}: key}]->()`
      : `OPTIONAL MATCH (by${property}:${label} {${property}: key})`;
  return {
    cypher: `UNWIND $keys AS key
${match('externalId')}
${match('id')}
WITH key, collect(DISTINCT byexternalId.id) AS byExternal, collect(DISTINCT byid.id) AS byId
RETURN key, CASE WHEN size(byExternal) > 0 THEN byExternal ELSE byId END AS ids`,
    params: { keys },
  };
}

/** What the records with these ids hold now, in the shape the upsert writes (see `comparable`). */
export function currentRecords(kind: KindName, ids: readonly string[]): Statement {
  const { label } = STORED[kind];
  const { plain, instants } = STORED_PROPERTIES[kind];
  const props = (v: string) =>
    `${v} {${['.externalId', ...plain.map((p) => `.${p}`), ...instants.map((p) => `${p}: ${v}.${p}.epochMillis`)].join(', ')}}`;
  const links: Record<KindName, string> = {
    teamMembers: '{}',
    participants: '{}',
    partnerships: `{parties: [(a:Participant)-[r:${PARTY_TO}]->(n) WHERE r.endedAt IS NULL | a.id + ':' + r.role], owners: [(t:TeamMember)-[:OWNS]->(n) | t.id]}`,
    interactions: `{partnership: head([(n)-[:WITHIN]->(p:Partnership) | p.id]), participants: [(a:Participant)-[:ENGAGED_IN]->(n) | a.id]}`,
    valueFlows: '{from: startNode(n).id, to: endNode(n).id}',
    initiatives: `{partnership: head([(n)-[:UNDER]->(p:Partnership) | p.id]), contributors: [(a:Participant)-[r:CONTRIBUTES_TO]->(n) | a.id + ':' + r.role]}`,
    goals: `{partnership: head([(n)-[:FOR]->(p:Partnership) | p.id]), owner: head([(n)-[:OWNED_BY]->(t:TeamMember) | t.id])}`,
  };
  const match = STORED[kind].relationship ? `MATCH ()-[n:${label} {id: id}]->()` : `MATCH (n:${label} {id: id})`;
  return {
    cypher: `UNWIND $ids AS id
${match}
RETURN id, ${props('n')} AS props, ${links[kind]} AS links`,
    params: { ids },
  };
}

/** `n.a = datetime(row.a), …` for a kind's instants. */
function setInstants(variable: string, kind: KindName): string {
  return STORED_PROPERTIES[kind].instants.map((p) => `, ${variable}.${p} = datetime(row.instants.${p})`).join('');
}

function upsertNode(kind: KindName): string {
  const { label } = STORED[kind];
  return `MERGE (n:${label} {id: row.id})
ON CREATE SET n.createdAt = datetime(row.createdAt)
SET n += row.props, n.externalId = row.externalId, n.updatedAt = datetime(row.updatedAt)${setInstants('n', kind)}`;
}

const UPSERTS: Readonly<Record<KindName, string>> = {
  teamMembers: `UNWIND $rows AS row
${upsertNode('teamMembers')}`,
  participants: `UNWIND $rows AS row
${upsertNode('participants')}`,
  // A new partnership starts with the stage the source gives: its first StageChange says so.
  partnerships: `UNWIND $rows AS row
${upsertNode('partnerships')}
WITH n, row
CALL (n, row) {
  UNWIND row.parties AS party
  MATCH (a:Participant {id: party.id})
  MERGE (a)-[r:${PARTY_TO}]->(n)
  ON CREATE SET r.role = party.role, r.addedAt = n.startedAt
}
CALL (n, row) {
  UNWIND row.owners AS ownerId
  MATCH (t:TeamMember {id: ownerId})
  MERGE (t)-[:OWNS]->(n)
}
CALL (n, row) {
  UNWIND CASE WHEN row.firstChange IS NULL THEN [] ELSE [row.firstChange] END AS change
  MERGE (s:StageChange {id: change.id})
  ON CREATE SET s.from = null, s.to = n.stage, s.at = n.startedAt, s.reason = 'imported', s.by = change.by,
    s.createdAt = datetime(row.createdAt), s.updatedAt = datetime(row.createdAt)
  MERGE (n)-[:HAD_STAGE]->(s)
}`,
  interactions: `UNWIND $rows AS row
MATCH (p:Partnership {id: row.partnership})
${upsertNode('interactions')}
MERGE (n)-[:WITHIN]->(p)
WITH n, row
CALL (n, row) {
  UNWIND row.participants AS participantId
  MATCH (a:Participant {id: participantId})
  MERGE (a)-[:ENGAGED_IN]->(n)
}`,
  valueFlows: `UNWIND $rows AS row
MATCH (a:Participant {id: row.from}), (b:Participant {id: row.to})
MERGE (a)-[n:VALUE_FLOW {id: row.id}]->(b)
ON CREATE SET n.createdAt = datetime(row.createdAt)
SET n += row.props, n.externalId = row.externalId, n.updatedAt = datetime(row.updatedAt)${setInstants('n', 'valueFlows')}`,
  initiatives: `UNWIND $rows AS row
MATCH (p:Partnership {id: row.partnership})
${upsertNode('initiatives')}
MERGE (n)-[:UNDER]->(p)
WITH n, row
CALL (n, row) {
  UNWIND row.contributors AS contributor
  MATCH (a:Participant {id: contributor.id})
  MERGE (a)-[r:CONTRIBUTES_TO]->(n)
  ON CREATE SET r.role = contributor.role
}`,
  goals: `UNWIND $rows AS row
MATCH (t:TeamMember {id: row.owner})
${upsertNode('goals')}
MERGE (n)-[:OWNED_BY]->(t)
WITH n, row
CALL (n, row) {
  UNWIND CASE WHEN row.partnership IS NULL THEN [] ELSE [row.partnership] END AS partnershipId
  MATCH (p:Partnership {id: partnershipId})
  MERGE (n)-[:FOR]->(p)
}`,
};

/** The upsert of one batch of a kind (rows built by write-rows.ts). */
export function upsertRecords(kind: KindName, rows: readonly unknown[]): Statement {
  return { cypher: UPSERTS[kind], params: { rows } };
}

/** Parties (participant ids) of stored partnerships, for the party rules of interactions and value flows. */
export function partiesOf(partnershipIds: readonly string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id
MATCH (p:Partnership {id: id})
RETURN id, [(a:Participant)-[:${PARTY_TO}]->(p) | a.id] AS parties`,
    params: { ids: partnershipIds },
  };
}

/** Stored team members holding these e-mail addresses (unique in the graph: migration 0005). */
export function teamMembersByEmail(emails: readonly string[]): Statement {
  return {
    cypher: `UNWIND $emails AS email
MATCH (t:TeamMember {email: email})
RETURN email, t.id AS id`,
    params: { emails },
  };
}
