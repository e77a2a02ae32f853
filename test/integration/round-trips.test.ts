/** Batching: nested relations cost one Neo4j round trip per level, whatever the page size. */
import crypto from 'node:crypto';
import type { App } from '../../src/app';
import {
  ParticipantPartnershipsPartiesDocument,
  ParticipantsPartnershipsPartiesAheadDocument,
  ParticipantsPartnershipsPartiesByLevelDocument,
  ParticipantsWithPartnershipsDocument,
} from '../generated/operations';
import { execute } from '../support/graphql-client';
import { uniqueMarker } from '../support/graph';
import { startTestApp } from '../support/test-app';

let app: App;
const sector = uniqueMarker('batching');

beforeAll(async () => {
  app = await startTestApp();
  // 60 participants in a ring of 60 two-party partnerships: every participant has two.
  const ids = Array.from({ length: 60 }, () => crypto.randomUUID());
  await app.gateway.writeRows({
    cypher: `UNWIND range(0, size($ids) - 1) AS i
CREATE (:Participant {id: $ids[i], name: 'Batch ' + toString(i), kind: 'COMPANY', sector: $sector, region: 'Europe',
  tier: 'STANDARD', status: 'ACTIVE', joinedAt: datetime(), createdAt: datetime(), updatedAt: datetime()})
WITH i
MATCH (a:Participant {id: $ids[i]}), (b:Participant {id: $ids[(i + 1) % size($ids)]})
CREATE (a)-[:PARTY_TO {role: 'LEAD'}]->(:Partnership {id: randomUUID(), name: 'Deal ' + toString(i), type: 'BUSINESS',
  subtype: 'CHANNEL', stage: 'MANAGEMENT', createdAt: datetime(), updatedAt: datetime()})<-[:PARTY_TO {role: 'PARTNER'}]-(b)`,
    params: { ids, sector },
  });
});
afterAll(async () => {
  await app.stop();
});

it('50 participants with their partnerships cost at most 2 round trips', async () => {
  const result = await execute(
    app.url,
    ParticipantsWithPartnershipsDocument,
    { first: 50, filter: { sector: [sector] } },
    { 'x-ecograph-round-trips': '1' },
  );
  expect(result.errors).toBeUndefined();
  const nodes = result.data?.participants.nodes ?? [];
  expect(nodes).toHaveLength(50);
  for (const participant of nodes) {
    expect(participant.partnerships.totalCount).toBe(2);
    expect(participant.partnerships.edges.map((edge) => edge.role).sort()).toEqual(['LEAD', 'PARTNER']);
  }
  expect(result.extensions?.roundTrips).toBeLessThanOrEqual(2);
  expect(result.extensions?.roundTrips).toBeGreaterThan(0);
});

it('50 participants → their partnerships → their parties cost one round trip, and answer as the loaders do', async () => {
  const variables = { first: 50, filter: { sector: [sector] } };
  const countTrips = { 'x-ecograph-round-trips': '1' };
  const planned = await execute(app.url, ParticipantsPartnershipsPartiesAheadDocument, variables, countTrips);
  const unplanned = await execute(app.url, ParticipantsPartnershipsPartiesByLevelDocument, variables, countTrips);
  expect(planned.errors).toBeUndefined();
  expect(unplanned.errors).toBeUndefined();
  // Read ahead: the nested connections come with the participants, in the same statement.
  expect(planned.extensions?.roundTrips).toBe(1);
  // Two aliases at each level: nothing read ahead, one round trip per level and alias.
  expect(unplanned.extensions?.roundTrips).toBe(5);
  const nodes = planned.data?.participants.nodes ?? [];
  expect(nodes).toHaveLength(50);
  for (const participant of nodes) {
    expect(participant.partnerships.totalCount).toBe(2);
    for (const partnership of participant.partnerships.nodes) {
      expect(partnership.parties.edges.map((edge) => edge.role).sort()).toEqual(['LEAD', 'PARTNER']);
      expect(partnership.parties.edges.map((edge) => edge.node.id)).toContain(participant.id);
    }
  }
  const withoutAliases = (unplanned.data?.participants.nodes ?? []).map(({ again: _again, ...participant }) => ({
    ...participant,
    partnerships: {
      ...participant.partnerships,
      nodes: participant.partnerships.nodes.map(({ again: _alsoAgain, ...partnership }) => partnership),
    },
  }));
  expect(nodes).toEqual(withoutAliases);
});

it('one participant by id → its partnerships → their parties: one round trip', async () => {
  const [first] =
    (await execute(app.url, ParticipantsPartnershipsPartiesAheadDocument, { first: 1, filter: { sector: [sector] } }))
      .data?.participants.nodes ?? [];
  if (!first) throw new Error('the fixture has no participant');
  const result = await execute(
    app.url,
    ParticipantPartnershipsPartiesDocument,
    { id: first.id },
    { 'x-ecograph-round-trips': '1' },
  );
  expect(result.errors).toBeUndefined();
  expect(result.extensions?.roundTrips).toBe(1);
  const partnerships = result.data?.participant?.partnerships;
  expect(partnerships?.totalCount).toBe(2);
  expect(partnerships?.nodes.map((partnership) => partnership.id).sort()).toEqual(
    first.partnerships.nodes.map((partnership) => partnership.id).sort(),
  );
  for (const partnership of partnerships?.nodes ?? []) {
    expect(partnership.parties.totalCount).toBe(2);
    expect(partnership.parties.edges.map((edge) => edge.node.id)).toContain(first.id);
    expect(partnership.parties.edges.map((edge) => edge.role).sort()).toEqual(['LEAD', 'PARTNER']);
  }
});
