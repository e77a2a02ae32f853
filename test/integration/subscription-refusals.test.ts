/**
 * Subscribes that cannot run are refused with the code HTTP would give (Apollo's
 * GRAPHQL_PARSE_FAILED / GRAPHQL_VALIDATION_FAILED), not masked as internal errors; a valid
 * subscription sent again after them (its document now cached) still delivers.
 */
import crypto from 'node:crypto';
import type { GraphQLFormattedError } from 'graphql';
import type { App } from '../../src/app';
import { toGlobalId } from '../../src/core/global-id';
import { mutateOk } from '../support/graphql-client';
import { startTestApp } from '../support/test-app';
import { uniqueMarker } from '../support/graph';
import { settle, wsClient, type TestWsClient } from '../support/ws-client';
import { InteractionRecordDocument } from '../generated/operations';

jest.setTimeout(60_000);

let app: App;
let ws: TestWsClient;

beforeAll(async () => {
  app = await startTestApp();
  ws = wsClient(app.url);
  await ws.connected;
});
afterAll(async () => {
  await ws.dispose();
  await app.stop();
});

/** The first error (or data) the server answers a subscribe with. */
function firstAnswer(query: string): Promise<{ errors?: readonly GraphQLFormattedError[]; data?: unknown }> {
  return new Promise((resolve) => {
    const stop = ws.client.subscribe(
      { query },
      {
        next: (result) => {
          stop();
          resolve({ errors: result.errors, data: result.data });
        },
        error: (error) => resolve({ errors: error as GraphQLFormattedError[] }),
        complete: () => undefined,
      },
    );
  });
}

it('refuses a syntax error with GRAPHQL_PARSE_FAILED', async () => {
  const { errors } = await firstAnswer('subscription { engagementUpdated {');
  expect(errors).toHaveLength(1);
  expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  expect(errors?.[0]?.message).toMatch(/^Syntax Error/);
});

it('refuses an unknown field with GRAPHQL_VALIDATION_FAILED, naming it', async () => {
  const query = 'subscription { engagementUpdated { interactionId noSuchField } }';
  const { errors } = await firstAnswer(query);
  expect(errors).toHaveLength(1);
  expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(errors?.[0]?.message).toContain('noSuchField');
  expect(errors?.[0]?.locations).toEqual([{ line: 1, column: query.indexOf('noSuchField') + 1 }]);
});

it('delivers to two subscribers sending the same text, subscribed after the refusals', async () => {
  const [lead, partner, partnership] = Array.from({ length: 3 }, () => crypto.randomUUID());
  await app.gateway.writeRows({
    cypher: `UNWIND [$lead, $partner] AS id
CREATE (:Participant {id: id, name: $sector + id, kind: 'COMPANY', sector: $sector, region: 'Europe', tier: 'STANDARD',
  status: 'ACTIVE', joinedAt: datetime(), createdAt: datetime(), updatedAt: datetime()})
WITH count(*) AS created
MATCH (x:Participant {id: $lead}), (y:Participant {id: $partner})
CREATE (x)-[:PARTY_TO {role: 'LEAD'}]->(:Partnership {id: $partnership, name: $sector, type: 'BUSINESS',
  subtype: 'CHANNEL', stage: 'MANAGEMENT', strategicAlignment: 0.5, startedAt: datetime(), createdAt: datetime(),
  updatedAt: datetime()})<-[:PARTY_TO {role: 'PARTNER'}]-(y)`,
    params: { lead, partner, partnership, sector: uniqueMarker('refusals') },
  });
  const partnershipId = toGlobalId('Partnership', partnership);
  const query = `subscription { engagementUpdated(partnershipId: "${partnershipId}") { interactionId partnershipId } }`;
  const before = app.subscriptions.activeSubscriptions();
  const answers = [firstAnswer(query), firstAnswer(query)];
  const started = Date.now();
  while (app.subscriptions.activeSubscriptions() < before + 2) {
    if (Date.now() - started > 10_000) throw new Error('subscriptions were not registered');
    await settle(20);
  }

  const { interactionRecord } = await mutateOk(app.url, InteractionRecordDocument, {
    input: {
      partnershipId,
      participantIds: [toGlobalId('Participant', lead), toGlobalId('Participant', partner)],
      kind: 'MEETING',
    },
  });
  expect(interactionRecord.userErrors).toEqual([]);
  const expected = { engagementUpdated: { interactionId: interactionRecord.interaction?.id, partnershipId } };
  for (const answer of await Promise.all(answers)) expect(answer).toEqual({ errors: undefined, data: expected });
});
