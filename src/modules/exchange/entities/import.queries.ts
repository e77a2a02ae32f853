/**
 * The import's Cypher, built from the exchange model (kinds.ts): which stored records the keys
 * of a batch name, what those records hold now (to skip what is unchanged and refuse history
 * rewrites), and one UNWIND upsert per kind. Labels, types and property names come from the
 * model, never from a file; values are parameters only. Every write MERGEs on an id fixed
 * before the transaction, so a retried batch changes nothing.
 */
import type { Statement } from '../../../db/gateway';
import { currentTie, PARTY_TO } from '../../../model/party-tie';
import { KINDS, type KindName, type LinkSpec } from './kinds';

const isRelationship = (kind: KindName) => kind === 'valueFlows';

/**
 * The pattern from record `n` to the other end `x` of a link, its relationship bound to `r`.
 * Reads see current party ties only (an ended tie is history, not a party); writes MERGE the tie.
 */
export function linkPattern(link: LinkSpec, use: 'read' | 'write' = 'read'): string {
  const other = use === 'read' ? `(x:${KINDS[link.target].label})` : '(x)';
  const relationship =
    link.type !== 'party' ? `[r:${link.type}]` : use === 'read' ? currentTie('r') : `[r:${PARTY_TO}]`;
  return link.direction === 'out' ? `(n)-${relationship}->${other}` : `${other}-${relationship}->(n)`;
}

/**
 * A map of each link's other ends, `{field: …}`, as `id` (stored ids) or as keys (the
 * externalId, else the id: what an export writes). Many-links give lists, with `key:ROLE`
 * entries where the tie has a role; single links give one value or null.
 */
export function linkValues(kind: KindName, as: 'id' | 'key'): string {
  if (isRelationship(kind)) {
    const end = (v: string) => (as === 'id' ? `${v}.id` : `coalesce(${v}.externalId, ${v}.id)`);
    return `{from: ${end('startNode(n)')}, to: ${end('endNode(n)')}}`;
  }
  const value = as === 'id' ? 'x.id' : 'coalesce(x.externalId, x.id)';
  const entries = KINDS[kind].links.map((link) => {
    const item = link.role ? `${value} + ':' + r.role` : value;
    const list = `COLLECT { MATCH ${linkPattern(link)} RETURN ${item} }`;
    return `${link.field}: ${link.many ? list : `head(${list})`}`;
  });
  return `{${entries.join(', ')}}`;
}

/** `n {.a, .b, c: n.c.epochMillis}`: the stored properties of a kind, instants as epoch ms. */
function storedProjection(kind: KindName): string {
  const { plain, instants, integers = [] } = KINDS[kind].stored;
  const entries = [
    '.externalId',
    ...[...plain, ...integers].map((p) => `.${p}`),
    ...instants.map((p) => `${p}: n.${p}.epochMillis`),
  ];
  return `n {${entries.join(', ')}}`;
}

const matchById = (kind: KindName) =>
  isRelationship(kind) ? `MATCH ()-[n:${KINDS[kind].label} {id: id}]->()` : `MATCH (n:${KINDS[kind].label} {id: id})`;

/**
 * The stored id each key names: the record whose externalId is the key, else the one whose
 * ecograph id is the key (records made in the app without an externalId), else none.
 */
export function idsOfKeys(kind: KindName, keys: readonly string[]): Statement {
  const label = KINDS[kind].label;
  const match = (property: string) =>
    isRelationship(kind)
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

/** What the records with these ids hold now: properties (instants as epoch ms) and links (ids). */
export function currentRecords(kind: KindName, ids: readonly string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id
${matchById(kind)}
RETURN id, ${storedProjection(kind)} AS props, ${linkValues(kind, 'id')} AS links`,
    params: { ids },
  };
}

/** `, n.a = datetime(row.instants.a), n.b = toInteger(row.integers.b)`. */
function typedProperties(kind: KindName): string {
  const { instants, integers = [] } = KINDS[kind].stored;
  return [
    ...instants.map((p) => `, n.${p} = datetime(row.instants.${p})`),
    ...integers.map((p) => `, n.${p} = toInteger(row.integers.${p})`),
  ].join('');
}

const SET_PROPERTIES = (kind: KindName) =>
  `SET n += row.props, n.externalId = row.externalId, n.updatedAt = datetime(row.updatedAt)${typedProperties(kind)}`;

type WriteMode = 'create' | 'upsert';

/**
 * Each link's ties: MERGEd on an upsert; CREATEd for a record this batch makes (it has no ties
 * yet, so nothing to match — the fast path of a first import). A tie's role is set when it is
 * made: a role change is history.
 */
function writeLinks(kind: KindName, mode: WriteMode): string[] {
  const verb = mode === 'create' ? 'CREATE' : 'MERGE';
  const set = mode === 'create' ? 'SET' : 'ON CREATE SET';
  return KINDS[kind].links.map((link) => {
    const properties =
      link.type === 'party'
        ? `\n  ${set} r.role = item.role, r.addedAt = n.startedAt`
        : link.role
          ? `\n  ${set} r.role = item.role`
          : '';
    return `CALL (n, row) {
  UNWIND row.links.${link.field} AS item
  MATCH (x:${KINDS[link.target].label} {id: item.id})
  ${verb} ${linkPattern(link, 'write')}${properties}
}`;
  });
}

/** A new partnership's first StageChange, when the import brings no stage history of its own. */
const FIRST_STAGE_CHANGE = `CALL (n, row) {
  UNWIND CASE WHEN row.firstChange IS NULL THEN [] ELSE [row.firstChange] END AS change
  MERGE (s:StageChange {id: change.id})
  ON CREATE SET s.from = null, s.to = n.stage, s.at = n.startedAt, s.reason = 'imported', s.by = change.by,
    s.createdAt = datetime(row.createdAt), s.updatedAt = datetime(row.createdAt)
  MERGE (n)-[:HAD_STAGE]->(s)
}`;

function writeCypher(kind: KindName, mode: WriteMode): string {
  const made =
    mode === 'create'
      ? 'SET n.createdAt = datetime(row.createdAt)'
      : 'ON CREATE SET n.createdAt = datetime(row.createdAt)';
  const verb = mode === 'create' ? 'CREATE' : 'MERGE';
  if (isRelationship(kind)) {
    return `UNWIND $rows AS row
MATCH (a:Participant {id: row.links.from}), (b:Participant {id: row.links.to})
${verb} (a)-[n:VALUE_FLOW {id: row.id}]->(b)
${made}
${SET_PROPERTIES(kind)}`;
  }
  const linked = [...writeLinks(kind, mode), ...(kind === 'partnerships' ? [FIRST_STAGE_CHANGE] : [])];
  return [
    'UNWIND $rows AS row',
    `${verb} (n:${KINDS[kind].label} {id: row.id})`,
    made,
    SET_PROPERTIES(kind),
    ...(linked.length > 0 ? ['WITH n, row', ...linked] : []),
  ].join('\n');
}

const WRITES = new Map<string, string>();

function cached(kind: KindName, mode: WriteMode): string {
  const key = `${mode}:${kind}`;
  let cypher = WRITES.get(key);
  if (cypher === undefined) {
    cypher = writeCypher(kind, mode);
    WRITES.set(key, cypher);
  }
  return cypher;
}

/** The upsert of stored records of a kind whose in-place fields changed (rows built by write-rows.ts). */
export function upsertRecords(kind: KindName, rows: readonly unknown[]): Statement {
  // Whole batches of any kind: the incremental KPIs re-read the whole graph after an import.
  return { cypher: cached(kind, 'upsert'), params: { rows }, touches: { all: true } };
}

/**
 * The records of a kind this batch makes (none of their ids was stored when the batch looked in
 * the same transaction; a concurrent import of the same keys fails on the id constraint, and
 * the batch is reported and can be run again).
 */
export function createRecords(kind: KindName, rows: readonly unknown[]): Statement {
  return { cypher: cached(kind, 'create'), params: { rows }, touches: { all: true } };
}

/** Parties (participant ids, current ties) of stored partnerships, for the party rules. */
export function partiesOf(partnershipIds: readonly string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id
MATCH (p:Partnership {id: id})
RETURN id, COLLECT { MATCH (a:Participant)-${currentTie('r')}->(p) RETURN a.id } AS parties`,
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

/** The partnerships team member `me` owns (a MANAGER's import stays within them). */
export function ownedPartnerships(me: string): Statement {
  return {
    cypher: `OPTIONAL MATCH (:TeamMember {id: $me})-[:OWNS]->(p:Partnership)
RETURN collect(p.id) AS ids`,
    params: { me },
  };
}

/** An earlier importEcosystem with this client key: its input's fingerprint and its report (JSON). */
export function importWithKey(key: string): Statement {
  return {
    cypher: `MATCH (x:MutationKey {mutation: 'importEcosystem', clientKey: $key})
RETURN x.clientKeyFingerprint AS fingerprint, x.result AS report LIMIT 1`,
    params: { key },
  };
}

/** Keeps an importEcosystem's client key with its input's fingerprint and its report, for retries. */
export function rememberImport(key: string, fingerprint: string, report: string): Statement {
  return {
    cypher: `CREATE (x:MutationKey {mutation: 'importEcosystem', clientKey: $key})
SET x.clientKeyFingerprint = $fingerprint, x.result = $report`,
    params: { key, fingerprint, report },
  };
}

/** One stored record of a kind, if there is any (a kind the graph holds none of needs no key lookups). */
export function anyRecordOf(kind: KindName): Statement {
  const { label } = KINDS[kind];
  return {
    cypher: isRelationship(kind)
      ? `MATCH ()-[n:${label}]->() RETURN n.id AS id LIMIT 1`
      : `MATCH (n:${label}) RETURN n.id AS id LIMIT 1`,
    params: {},
  };
}
