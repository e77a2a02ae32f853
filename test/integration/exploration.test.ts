/** Graph exploration on a small hand-made network (see the picture below). */
import crypto from 'node:crypto';
import type { App } from '../../src/app';
import { toGlobalId } from '../../src/core/global-id';
import {
  CollaborationPathDocument,
  NeighborhoodDocument,
  SearchDocument,
  SubgraphDocument,
} from '../generated/operations';
import { execute, executeOk } from '../support/graphql-client';
import { uniqueMarker } from '../support/graph';
import { startTestApp } from '../support/test-app';

/*
 *   A ──weak── D          A–B, B–C, C–D: busy partnerships (20 recent interactions each)
 *   │          │          A–D: a quiet partnership (no interactions)
 *   B ── C ────┘          C–E: TERMINATED
 *        └── E
 */
let app: App;
const sector = uniqueMarker('explore');
const names = ['A', 'B', 'C', 'D', 'E'] as const;
const keys = Object.fromEntries(names.map((name) => [name, crypto.randomUUID()])) as Record<
  (typeof names)[number],
  string
>;
const id = (name: (typeof names)[number]) => toGlobalId('Participant', keys[name]);

beforeAll(async () => {
  app = await startTestApp();
  await app.gateway.writeRows({
    cypher: `UNWIND $people AS person
CREATE (:Participant {id: person.key, name: person.name, kind: 'COMPANY', sector: $sector, region: 'Europe',
  tier: 'STANDARD', status: 'ACTIVE', joinedAt: datetime(), createdAt: datetime(), updatedAt: datetime()})
WITH count(*) AS done
UNWIND $ties AS tie
MATCH (a:Participant {id: tie.a}), (b:Participant {id: tie.b})
CREATE (s:Partnership {id: randomUUID(), name: tie.name, type: 'BUSINESS', subtype: 'CHANNEL', stage: tie.stage,
  startedAt: datetime(), createdAt: datetime(), updatedAt: datetime()})
CREATE (a)-[:PARTY_TO {role: 'LEAD'}]->(s)<-[:PARTY_TO {role: 'PARTNER'}]-(b)
FOREACH (_ IN range(1, tie.interactions) |
  CREATE (a)-[:ENGAGED_IN]->(:Interaction {id: randomUUID(), kind: 'MEETING', at: datetime() - duration('P10D'),
    weight: 1.0, createdAt: datetime(), updatedAt: datetime()})-[:WITHIN]->(s))`,
    params: {
      sector,
      people: names.map((name) => ({ key: keys[name], name: `${sector} ${name}` })),
      ties: [
        { a: keys.A, b: keys.B, name: 'A-B', stage: 'MANAGEMENT', interactions: 20 },
        { a: keys.B, b: keys.C, name: 'B-C', stage: 'MANAGEMENT', interactions: 20 },
        { a: keys.C, b: keys.D, name: 'C-D', stage: 'MANAGEMENT', interactions: 20 },
        { a: keys.A, b: keys.D, name: 'A-D', stage: 'MANAGEMENT', interactions: 0 },
        { a: keys.C, b: keys.E, name: 'C-E', stage: 'TERMINATED', interactions: 0 },
      ],
    },
  });
});
afterAll(async () => {
  await app.stop();
});

const labels = (nodes: { label: string }[]) => nodes.map((node) => node.label.replace(`${sector} `, '')).sort();

describe('neighborhood', () => {
  it('depth 1 is the direct partners; depth 2 adds theirs; TERMINATED ties only when asked', async () => {
    const one = await executeOk(app.url, NeighborhoodDocument, { id: id('B'), depth: 1, limit: 100 });
    expect(labels(one.participant!.neighborhood.nodes)).toEqual(['A', 'B', 'C']);
    expect(one.participant!.neighborhood.edges).toHaveLength(2);

    const two = await executeOk(app.url, NeighborhoodDocument, { id: id('B'), depth: 2, limit: 100 });
    const view = two.participant!.neighborhood;
    expect(labels(view.nodes)).toEqual(['A', 'B', 'C', 'D']);
    expect(view.nodes.find((node) => node.id === id('D'))?.depth).toBe(2);
    expect(view.edges.map((edge) => edge.partnership.name).sort()).toEqual(['A-B', 'A-D', 'B-C', 'C-D']);
    expect(view.edges.find((edge) => edge.partnership.name === 'A-B')?.strength).toBe(21);
    for (const edge of view.edges) {
      expect(view.nodes.map((node) => node.id)).toEqual(expect.arrayContaining([edge.source, edge.target]));
    }

    const withTerminated = await executeOk(app.url, NeighborhoodDocument, {
      id: id('C'),
      depth: 1,
      limit: 100,
      filter: { includeTerminated: true },
    });
    expect(labels(withTerminated.participant!.neighborhood.nodes)).toEqual(['B', 'C', 'D', 'E']);
  });

  it('stops at the node limit and says so', async () => {
    const capped = await executeOk(app.url, NeighborhoodDocument, { id: id('B'), depth: 3, limit: 2 });
    expect(capped.participant!.neighborhood.nodes).toHaveLength(2);
    expect(capped.participant!.neighborhood.truncated).toBe(true);
  });

  it('refuses a depth outside 1..3', async () => {
    const result = await execute(app.url, NeighborhoodDocument, { id: id('B'), depth: 4, limit: 10 });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/depth/);
  });
});

describe('collaborationPath', () => {
  it('finds the fewest-hop introduction chain', async () => {
    const result = await executeOk(app.url, CollaborationPathDocument, {
      from: id('B'),
      to: id('D'),
      maxHops: 4,
      weighted: false,
    });
    expect(result.collaborationPath?.hops).toBe(2);
    expect(result.collaborationPath?.participants[0]?.id).toBe(id('B'));
    expect(result.collaborationPath?.participants.at(-1)?.id).toBe(id('D'));
    expect(result.collaborationPath?.cost).toBeNull();
  });

  it('with weighted: true prefers the busy chain over the quiet direct tie', async () => {
    const direct = await executeOk(app.url, CollaborationPathDocument, {
      from: id('A'),
      to: id('D'),
      maxHops: 4,
      weighted: false,
    });
    expect(direct.collaborationPath?.partnerships.map((p) => p.name)).toEqual(['A-D']);
    const strong = await executeOk(app.url, CollaborationPathDocument, {
      from: id('A'),
      to: id('D'),
      maxHops: 4,
      weighted: true,
    });
    expect(strong.collaborationPath?.partnerships.map((p) => p.name)).toEqual(['A-B', 'B-C', 'C-D']);
    expect(strong.collaborationPath?.cost).toBeCloseTo(3 / 21, 9);
    const bounded = await executeOk(app.url, CollaborationPathDocument, {
      from: id('A'),
      to: id('D'),
      maxHops: 2,
      weighted: true,
    });
    expect(bounded.collaborationPath?.partnerships.map((p) => p.name)).toEqual(['A-D']);
  });

  it('returns null when only a TERMINATED partnership connects them', async () => {
    const none = await executeOk(app.url, CollaborationPathDocument, {
      from: id('A'),
      to: id('E'),
      maxHops: 6,
      weighted: false,
    });
    expect(none.collaborationPath).toBeNull();
    const viaTerminated = await executeOk(app.url, CollaborationPathDocument, {
      from: id('A'),
      to: id('E'),
      maxHops: 6,
      weighted: false,
      filter: { includeTerminated: true },
    });
    expect(viaTerminated.collaborationPath?.hops).toBe(3);
    expect(viaTerminated.collaborationPath?.partnerships.at(-1)?.name).toBe('C-E');
  });

  it('refuses the same participant at both ends', async () => {
    const result = await execute(app.url, CollaborationPathDocument, {
      from: id('A'),
      to: id('A'),
      maxHops: 3,
      weighted: false,
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('subgraph', () => {
  it('returns the filtered participants and the ties among them, capped', async () => {
    const view = await executeOk(app.url, SubgraphDocument, { filter: { sector: [sector] }, limit: 100 });
    expect(labels(view.subgraph.nodes)).toEqual(['A', 'B', 'C', 'D']);
    expect(view.subgraph.edges).toHaveLength(4);
    expect(view.subgraph.truncated).toBe(false);
    const capped = await executeOk(app.url, SubgraphDocument, { filter: { sector: [sector] }, limit: 2 });
    expect(capped.subgraph.nodes).toHaveLength(2);
    expect(capped.subgraph.truncated).toBe(true);
  });
});

describe('search', () => {
  const token = sector.split('-').at(-1) as string;

  it('finds participants by a word of their name, ranked, across types', async () => {
    const result = await executeOk(app.url, SearchDocument, { text: token, first: 10 });
    expect(result.search).toHaveLength(5);
    expect(result.search.every((hit) => hit.node.__typename === 'Participant')).toBe(true);
    const scores = result.search.map((hit) => hit.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('limits to the asked types and count, and refuses empty text', async () => {
    expect(
      (await executeOk(app.url, SearchDocument, { text: token, first: 10, types: ['PARTNERSHIP'] })).search,
    ).toEqual([]);
    expect((await executeOk(app.url, SearchDocument, { text: token, first: 2 })).search).toHaveLength(2);
    const empty = await execute(app.url, SearchDocument, { text: '  ', first: 5 });
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
