/**
 * Against the medium demo ecosystem (10,000 participants): nested queries keep one Neo4j
 * round trip per nesting level however wide the page, and the seeded graph is readable
 * through every root connection.
 */
import type { App } from '../../src/app';
import { deleteData } from '../../src/seed/database';
import { seedDemoEcosystem } from '../../src/seed/seed';
import { ParticipantsPartnershipsPartiesDocument, PartnershipsDocument } from '../generated/operations';
import { execute } from '../support/graphql-client';
import { startTestApp } from '../support/test-app';

let app: App;
beforeAll(async () => {
  app = await startTestApp();
  // Seeds reuse external ids (P-000001…): start from an empty graph.
  await deleteData(app.gateway);
  await seedDemoEcosystem(app.gateway, { size: 'medium', seed: 7, anchor: '2026-06-30' });
}, 300_000);
afterAll(async () => {
  await app.stop();
});

const countTrips = { 'x-ecograph-round-trips': '1' };

it('participants → partnerships → parties (50 × 10 × 10) costs at most 3 round trips', async () => {
  const result = await execute(
    app.url,
    ParticipantsPartnershipsPartiesDocument,
    { first: 50, filter: { status: ['ACTIVE'] } },
    countTrips,
  );
  expect(result.errors).toBeUndefined();
  const participants = result.data?.participants.nodes ?? [];
  expect(participants).toHaveLength(50);
  const partnerships = participants.flatMap((participant) => participant.partnerships.nodes);
  expect(partnerships.length).toBeGreaterThan(20);
  expect(partnerships.flatMap((partnership) => partnership.parties.edges).length).toBeGreaterThan(40);
  expect(result.extensions?.roundTrips).toBeLessThanOrEqual(3);
});

it('pages through the seeded partnerships by stage with stable cursors', async () => {
  const first = await execute(app.url, PartnershipsDocument, { first: 100, filter: { stage: ['MANAGEMENT'] } });
  const page = first.data!.partnerships;
  expect(page.totalCount).toBeGreaterThan(100);
  expect(page.nodes.every((node) => node.stage === 'MANAGEMENT')).toBe(true);
  const second = await execute(app.url, PartnershipsDocument, {
    first: 100,
    after: page.pageInfo.endCursor,
    filter: { stage: ['MANAGEMENT'] },
  });
  const overlap = second.data!.partnerships.nodes.filter((node) => page.nodes.some((seen) => seen.id === node.id));
  expect(overlap).toEqual([]);
});
