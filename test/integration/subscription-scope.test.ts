/**
 * A subscription's context lives across events; everything a request caches (clock reading,
 * memos such as the KPI read, KPI loaders) must be renewed per event. Otherwise KPI fields
 * selected inside a subscription payload keep answering from the first event's read.
 */
import crypto from 'node:crypto';
import type { App } from '../../src/app';
import { toGlobalId } from '../../src/core/global-id';
import { mutateOk } from '../support/graphql-client';
import { uniqueMarker } from '../support/graph';
import { startTestApp } from '../support/test-app';
import { settle, wsClient, type TestWsClient } from '../support/ws-client';
import { KpisUpdatedWithMetricsDocument, PartnershipCreateDocument } from '../generated/operations';

jest.setTimeout(90_000);

let app: App;
let client: TestWsClient | undefined;

beforeAll(async () => {
  // Full recomputations only: each write then makes exactly one update (kpi-incremental.test.ts
  // covers the incremental update that otherwise comes first).
  app = await startTestApp({ KPI_DEBOUNCE_MS: '100', ANALYTICS_ENGINE: 'graphology', KPI_INCREMENTAL: 'false' });
});
afterAll(async () => {
  await client?.dispose();
  await app.stop();
});

/** Participants a, b, c, d; one partnership a–b and one b–c (d has none). */
async function world() {
  const sector = uniqueMarker('scope');
  const [a, b, c, d, p, q] = Array.from({ length: 6 }, () => crypto.randomUUID());
  await app.gateway.writeRows({
    cypher: `UNWIND [[$a, 'Alpha'], [$b, 'Beta'], [$c, 'Gamma'], [$d, 'Delta']] AS row
CREATE (:Participant {id: row[0], name: row[1], kind: 'COMPANY', sector: $sector, region: 'Europe', tier: 'STANDARD',
  status: 'ACTIVE', joinedAt: datetime(), createdAt: datetime(), updatedAt: datetime()})
WITH count(*) AS created
UNWIND [[$p, $a, $b], [$q, $b, $c]] AS deal
MATCH (x:Participant {id: deal[1]}), (y:Participant {id: deal[2]})
CREATE (x)-[:PARTY_TO {role: 'LEAD'}]->(:Partnership {id: deal[0], name: $sector + deal[0], type: 'BUSINESS',
  subtype: 'CHANNEL', stage: 'MANAGEMENT', strategicAlignment: 0.5, startedAt: datetime(), createdAt: datetime(),
  updatedAt: datetime()})<-[:PARTY_TO {role: 'PARTNER'}]-(y)`,
    params: { a, b, c, d, p, q, sector },
  });
  const id = (key: string) => toGlobalId('Participant', key);
  return { a: id(a), c: id(c), d: id(d) };
}

async function tie(one: string, other: string): Promise<void> {
  const created = await mutateOk(app.url, PartnershipCreateDocument, {
    input: {
      name: uniqueMarker('tie'),
      type: 'BUSINESS',
      subtype: 'CHANNEL',
      parties: [{ participantId: one }, { participantId: other }],
    },
  });
  expect(created.partnershipCreate.userErrors).toEqual([]);
}

describe('request scope of a subscription', () => {
  it('answers KPI fields in a payload from each event’s own KPI read, not the first one', async () => {
    const w = await world();
    await app.services.kpis.read(); // computed once, so the first event has a "before"
    client = wsClient(app.url);
    const before = app.subscriptions.activeSubscriptions();
    const ofC = client.subscribe(KpisUpdatedWithMetricsDocument, { scope: 'PARTICIPANT', id: w.c, rankThreshold: 1 });
    while (app.subscriptions.activeSubscriptions() < before + 1) await settle(20);

    await tie(w.a, w.c); // c: partners b, a
    const [first] = await ofC.waitFor(1, 30_000);
    const [firstChange] = first.kpisUpdated.participants;
    expect(firstChange.changes).toContainEqual({ metric: 'degree', before: 1, after: 2 });
    expect(firstChange.participant.metrics).toMatchObject({
      degree: 2,
      provenance: { version: first.kpisUpdated.version },
    });

    await tie(w.c, w.d); // c: partners b, a, d
    const [, second] = await ofC.waitFor(2, 30_000);
    const [secondChange] = second.kpisUpdated.participants;
    expect(secondChange.changes).toContainEqual({ metric: 'degree', before: 2, after: 3 });
    expect(second.kpisUpdated.version).toBeGreaterThan(first.kpisUpdated.version);
    // The payload's own KPI fields agree with the event they were sent with.
    expect(secondChange.participant.metrics).toMatchObject({
      degree: 3,
      provenance: { version: second.kpisUpdated.version },
    });
  });
});
