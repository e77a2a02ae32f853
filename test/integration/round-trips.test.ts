/** Batching: nested relations cost one Neo4j round trip per level, whatever the page size. */
import crypto from 'node:crypto';
import type { App } from '../../src/app';
import { ParticipantsWithPartnershipsDocument } from '../generated/operations';
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
