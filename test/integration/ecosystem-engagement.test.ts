/** ecosystem.engagement on a hand-made history in 2001 (no other test writes that year). */
import crypto from 'node:crypto';
import type { App } from '../../src/app';
import { EcosystemEngagementDocument } from '../generated/operations';
import { execute, executeOk } from '../support/graphql-client';
import { startTestApp } from '../support/test-app';

let app: App;
beforeAll(async () => {
  app = await startTestApp();
  // P1 engaged in January and April, P2 only in April (new), P3 only in February.
  const [p1, p2, p3] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
  await app.gateway.writeRows({
    cypher: `UNWIND $people AS key
CREATE (:Participant {id: key, name: 'Engaged ' + key, kind: 'COMPANY', sector: 'History', region: 'Europe',
  tier: 'STANDARD', status: 'ACTIVE', joinedAt: datetime('2000-06-01T00:00:00Z'), createdAt: datetime(), updatedAt: datetime()})
WITH count(*) AS created
UNWIND $events AS event
MATCH (p:Participant {id: event.who})
CREATE (p)-[:ENGAGED_IN]->(:Interaction {id: randomUUID(), kind: 'MEETING', at: datetime(event.at), weight: event.weight,
  createdAt: datetime(), updatedAt: datetime()})`,
    params: {
      people: [p1, p2, p3],
      events: [
        { who: p1, at: '2001-01-10T10:00:00Z', weight: 1.0 },
        { who: p3, at: '2001-02-20T10:00:00Z', weight: 1.0 },
        { who: p1, at: '2001-04-10T10:00:00Z', weight: 1.0 },
        { who: p2, at: '2001-04-15T10:00:00Z', weight: 2.0 },
      ],
    },
  });
});
afterAll(async () => {
  await app.stop();
});

it('counts active, new, returning and retained participants, and activity per month', async () => {
  const { ecosystem } = await executeOk(app.url, EcosystemEngagementDocument, {
    window: { from: '2001-04-01T00:00:00Z', to: '2001-07-01T00:00:00Z' },
    interval: 'MONTH',
  });
  expect(ecosystem.engagement).toEqual({
    activeParticipants: 2,
    newParticipants: 1,
    returningParticipants: 1,
    previouslyActive: 2,
    retained: 1,
    retention: 0.5,
    interactionsByPeriod: [{ start: '2001-04-01T00:00:00.000Z', interactions: 2, weight: 3, participants: 2 }],
  });
});

it('refuses a window that ends before it starts', async () => {
  const result = await execute(app.url, EcosystemEngagementDocument, {
    window: { from: '2001-07-01T00:00:00Z', to: '2001-04-01T00:00:00Z' },
    interval: 'WEEK',
  });
  expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});
