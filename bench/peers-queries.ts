/**
 * The six operations of `npm run bench -- peers`, each written three ways: an ecograph GraphQL
 * operation, a Neo4j GraphQL Library operation (bench/peers/type-defs.graphql) and one
 * hand-written Cypher statement (the baseline server, bench/hand-written-server.ts). Each also
 * says how to read the rows out of each answer in one common shape, so the bench can check
 * that all three return the same rows before it measures anything.
 */
import { toGlobalId } from '../src/core/global-id';
import { currentTie } from '../src/model/party-tie';

export type ServerName = 'ecograph' | 'peer' | 'hand-written';
export const SERVERS: readonly ServerName[] = ['ecograph', 'peer', 'hand-written'];

/** What the bench picked from the seeded graph for the parameters. */
export interface World {
  /** Participant ids (database ids) with partnerships and fewer than 99 collaborators. */
  participantIds: string[];
  kind: string;
  region: string;
}

/** One request body; `n` counts requests (writes use it for unique names). */
export type Body = (world: World, n: number) => Record<string, unknown>;

export interface PeerQuery {
  title: string;
  write?: boolean;
  bodies: Record<ServerName, Body>;
  /** From a parsed answer to the common row shape. */
  rows: Record<ServerName, (answer: Answer) => unknown>;
}

/** A GraphQL answer (ecograph, peer) or the baseline's `{ rows }`. */
export interface Answer {
  data?: Record<string, unknown> | null;
  errors?: unknown[];
  rows?: unknown[];
}

const PAGE = 50;
const PARTNERSHIPS = 10;
const PARTIES = 20;
const BY_ID_PARTNERSHIPS = 20;

// Every property lookup below goes through these: an answer of the wrong shape fails loudly.
type Json = Record<string, unknown>;
const obj = (value: unknown, where: string): Json => {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new Error(`expected an object at ${where}`);
  return value as Json;
};
const list = (value: unknown, where: string): unknown[] => {
  if (!Array.isArray(value)) throw new Error(`expected a list at ${where}`);
  return value;
};
const data = (answer: Answer): Json => {
  if (answer.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(answer.errors)}`);
  return obj(answer.data, 'data');
};
const baselineRows = (answer: Answer): unknown[] => list(answer.rows, 'rows');
const nodesOf = (connection: unknown, where: string) =>
  list(obj(connection, where).nodes, `${where}.nodes`).map((n) => obj(n, where));
const edgeNodes = (connection: unknown, where: string) =>
  list(obj(connection, where).edges, `${where}.edges`).map((e) => obj(obj(e, where).node, `${where}.node`));
const pick = (world: World, n: number) => world.participantIds[n % world.participantIds.length] as string;
const write = (server: ServerName, n: number) => ({
  // "zzz": new participants sort after the seeded ones, so the by-name pages stay the same.
  name: `zzz bench ${server} ${process.pid}-${n}`,
  // A kind and region no read of the bench filters on.
  kind: 'INDIVIDUAL',
  sector: 'Benchmarks',
  region: 'Bench region',
});

const current = (r: string) => currentTie(r);

export const PEER_QUERIES: readonly PeerQuery[] = [
  {
    title: '50 participants by name',
    bodies: {
      ecograph: () => ({ query: `{ participants(first: ${PAGE}, orderBy: {field: NAME}) { nodes { id name } } }` }),
      peer: () => ({ query: `{ participants(limit: ${PAGE}, sort: [{name: ASC}, {id: ASC}]) { id name } }` }),
      'hand-written': () => ({ op: 'participantsByName', params: { limit: PAGE } }),
    },
    rows: {
      ecograph: (a) => nodesOf(data(a).participants, 'participants').map((n) => n.name),
      peer: (a) => list(data(a).participants, 'participants').map((n) => obj(n, 'participant').name),
      'hand-written': (a) => baselineRows(a).map((r) => obj(r, 'row').name),
    },
  },
  {
    title: '50 participants → partnerships (first 10) → parties (name)',
    bodies: {
      ecograph: () => ({
        query: `{ participants(first: ${PAGE}, orderBy: {field: NAME}) { nodes { id name
          partnerships(first: ${PARTNERSHIPS}) { nodes { id name parties(first: ${PARTIES}) { nodes { id name } } } } } } }`,
      }),
      peer: () => ({
        query: `{ participants(limit: ${PAGE}, sort: [{name: ASC}, {id: ASC}]) { id name
          partnershipsConnection(first: ${PARTNERSHIPS}, where: {edge: {endedAt: {eq: null}}}, sort: [{node: {name: ASC}}, {node: {id: ASC}}]) {
            edges { node { id name
              partiesConnection(first: ${PARTIES}, where: {edge: {endedAt: {eq: null}}}, sort: [{node: {name: ASC}}, {node: {id: ASC}}]) {
                edges { node { id name } } } } } } } }`,
      }),
      'hand-written': () => ({ op: 'participantsPartnershipsParties', params: { limit: PAGE } }),
    },
    rows: {
      ecograph: (a) =>
        nodesOf(data(a).participants, 'participants').map((p) => ({
          name: p.name,
          partnerships: nodesOf(p.partnerships, 'partnerships').map((s) => ({
            name: s.name,
            parties: nodesOf(s.parties, 'parties').map((q) => q.name),
          })),
        })),
      peer: (a) =>
        list(data(a).participants, 'participants').map((raw) => {
          const p = obj(raw, 'participant');
          return {
            name: p.name,
            partnerships: edgeNodes(p.partnershipsConnection, 'partnershipsConnection').map((s) => ({
              name: s.name,
              parties: edgeNodes(s.partiesConnection, 'partiesConnection').map((q) => q.name),
            })),
          };
        }),
      'hand-written': (a) =>
        baselineRows(a).map((raw) => {
          const p = obj(raw, 'row');
          return {
            name: p.name,
            partnerships: list(p.partnerships, 'partnerships').map((s) => ({
              name: obj(s, 'partnership').name,
              parties: list(obj(s, 'partnership').parties, 'parties'),
            })),
          };
        }),
    },
  },
  {
    title: 'participants of one kind in one region, by name, first 50',
    bodies: {
      ecograph: (w) => ({
        query: `query ($kind: ParticipantKind!, $region: String!) {
          participants(first: ${PAGE}, orderBy: {field: NAME}, filter: {kind: [$kind], region: [$region]}) { nodes { id name } } }`,
        variables: { kind: w.kind, region: w.region },
      }),
      peer: (w) => ({
        query: `query ($kind: String!, $region: String!) {
          participants(limit: ${PAGE}, where: {kind: {eq: $kind}, region: {eq: $region}}, sort: [{name: ASC}, {id: ASC}]) { id name } }`,
        variables: { kind: w.kind, region: w.region },
      }),
      'hand-written': (w) => ({
        op: 'participantsOfKindInRegion',
        params: { limit: PAGE, kind: w.kind, region: w.region },
      }),
    },
    rows: {
      ecograph: (a) => nodesOf(data(a).participants, 'participants').map((n) => n.name),
      peer: (a) => list(data(a).participants, 'participants').map((n) => obj(n, 'participant').name),
      'hand-written': (a) => baselineRows(a).map((r) => obj(r, 'row').name),
    },
  },
  {
    title: 'one participant by id → its partnerships (name, stage)',
    bodies: {
      ecograph: (w, n) => ({
        query: `query ($id: ID!) { participant(id: $id) { id name partnerships(first: ${BY_ID_PARTNERSHIPS}) { nodes { id name stage } } } }`,
        variables: { id: toGlobalId('Participant', pick(w, n)) },
      }),
      peer: (w, n) => ({
        query: `query ($id: ID!) { participants(where: {id: {eq: $id}}) { id name
          partnershipsConnection(first: ${BY_ID_PARTNERSHIPS}, where: {edge: {endedAt: {eq: null}}}, sort: [{node: {name: ASC}}, {node: {id: ASC}}]) {
            edges { node { id name stage } } } } }`,
        variables: { id: pick(w, n) },
      }),
      'hand-written': (w, n) => ({
        op: 'participantPartnerships',
        params: { id: pick(w, n), limit: BY_ID_PARTNERSHIPS },
      }),
    },
    rows: {
      ecograph: (a) => {
        const p = obj(data(a).participant, 'participant');
        return { name: p.name, partnerships: nodesOf(p.partnerships, 'partnerships').map((s) => [s.name, s.stage]) };
      },
      peer: (a) => {
        const [p] = list(data(a).participants, 'participants').map((raw) => obj(raw, 'participant'));
        if (!p) throw new Error('the peer found no participant');
        return {
          name: p.name,
          partnerships: edgeNodes(p.partnershipsConnection, 'partnershipsConnection').map((s) => [s.name, s.stage]),
        };
      },
      'hand-written': (a) => {
        const row = obj(baselineRows(a)[0], 'row');
        return { name: row.name, partnerships: list(row.partnerships, 'partnerships') };
      },
    },
  },
  {
    title: 'ego network: one participant → its collaborators (depth 1)',
    bodies: {
      ecograph: (w, n) => ({
        query: `query ($id: ID!) { participant(id: $id) { neighborhood(depth: 1, limit: 100) { truncated nodes { id label depth } } } }`,
        variables: { id: toGlobalId('Participant', pick(w, n)) },
      }),
      peer: (w, n) => ({
        query: `query ($id: ID!) { participants(where: {id: {eq: $id}}) { collaborators { id name } } }`,
        variables: { id: pick(w, n) },
      }),
      'hand-written': (w, n) => ({ op: 'collaborators', params: { id: pick(w, n) } }),
    },
    rows: {
      ecograph: (a) => {
        const view = obj(obj(data(a).participant, 'participant').neighborhood, 'neighborhood');
        if (view.truncated) throw new Error('the ego network was truncated: pick participants with fewer ties');
        const nodes = list(view.nodes, 'nodes').map((n) => obj(n, 'node'));
        return nodes
          .filter((n) => n.depth === 1)
          .map((n) => String(n.label))
          .sort();
      },
      peer: (a) => {
        const [p] = list(data(a).participants, 'participants').map((raw) => obj(raw, 'participant'));
        if (!p) throw new Error('the peer found no participant');
        return list(p.collaborators, 'collaborators')
          .map((c) => String(obj(c, 'collaborator').name))
          .sort();
      },
      'hand-written': (a) =>
        baselineRows(a)
          .map((r) => String(obj(r, 'row').name))
          .sort(),
    },
  },
  {
    title: 'write: create a participant',
    write: true,
    bodies: {
      ecograph: (_w, n) => ({
        query: `mutation ($input: ParticipantCreateInput!) { participantCreate(input: $input) { participant { id name } userErrors { code message } } }`,
        variables: { input: write('ecograph', n) },
      }),
      peer: (_w, n) => ({
        query: `mutation ($input: [ParticipantCreateInput!]!) { createParticipants(input: $input) { participants { id name } } }`,
        variables: {
          input: [{ ...write('peer', n), tier: 'STANDARD', status: 'ACTIVE', joinedAt: new Date().toISOString() }],
        },
      }),
      'hand-written': (_w, n) => ({ op: 'createParticipant', params: write('hand-written', n) }),
    },
    // The same row: the participant made, with the name sent (the server prefix dropped).
    rows: {
      ecograph: (a) => {
        const payload = obj(data(a).participantCreate, 'participantCreate');
        if (list(payload.userErrors, 'userErrors').length) throw new Error(JSON.stringify(payload.userErrors));
        return createdName(obj(payload.participant, 'participant').name);
      },
      peer: (a) => {
        const [p] = list(obj(data(a).createParticipants, 'createParticipants').participants, 'participants');
        return createdName(obj(p, 'participant').name);
      },
      'hand-written': (a) => createdName(obj(baselineRows(a)[0], 'row').name),
    },
  },
];

const createdName = (name: unknown) => String(name).replace(/^zzz bench (ecograph|peer|hand-written) /, 'zzz bench ');

/** The hand-written statements, one per operation, each one round trip (bench/hand-written-server.ts). */
export const HAND_WRITTEN_CYPHER: Record<string, { cypher: string; write?: boolean }> = {
  participantsByName: {
    cypher: 'MATCH (p:Participant) RETURN p.id AS id, p.name AS name ORDER BY p.name, p.id LIMIT $limit',
  },
  participantsPartnershipsParties: {
    cypher: `MATCH (p:Participant) WITH p ORDER BY p.name, p.id LIMIT $limit
CALL (p) {
  MATCH (p)-${current('r')}->(s:Partnership)
  WITH s ORDER BY s.name, s.id LIMIT ${PARTNERSHIPS}
  CALL (s) {
    MATCH (s)<-${current('t')}-(q:Participant)
    WITH q ORDER BY q.name, q.id LIMIT ${PARTIES}
    RETURN collect(q.name) AS parties
  }
  RETURN collect({name: s.name, parties: parties}) AS partnerships
}
RETURN p.name AS name, partnerships`,
  },
  participantsOfKindInRegion: {
    cypher: `MATCH (p:Participant) WHERE p.kind = $kind AND p.region = $region
RETURN p.id AS id, p.name AS name ORDER BY p.name, p.id LIMIT $limit`,
  },
  participantPartnerships: {
    cypher: `MATCH (p:Participant {id: $id})
CALL (p) {
  MATCH (p)-${current('r')}->(s:Partnership)
  WITH s ORDER BY s.name, s.id LIMIT $limit
  RETURN collect([s.name, s.stage]) AS partnerships
}
RETURN p.name AS name, partnerships`,
  },
  collaborators: {
    cypher: `MATCH (a:Participant {id: $id})-${current('ra')}->(s:Partnership)<-${current('rb')}-(b:Participant)
WHERE b <> a AND s.stage <> 'TERMINATED' AND b.status <> 'EXITED'
RETURN DISTINCT b.id AS id, b.name AS name`,
  },
  createParticipant: {
    write: true,
    cypher: `CREATE (p:Participant {id: randomUUID(), name: $name, kind: $kind, sector: $sector, region: $region,
  tier: 'STANDARD', status: 'ACTIVE', joinedAt: datetime(), createdAt: datetime(), updatedAt: datetime()})
RETURN p.id AS id, p.name AS name`,
  },
};
