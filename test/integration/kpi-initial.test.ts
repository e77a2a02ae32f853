/**
 * `kpisUpdated(initial: true)` on an API that has computed nothing yet (KPI_WARM_ON_START off):
 * the subscriber's arrival starts the first computation and its initial value waits for it.
 * That computation is the initial value, and is not delivered a second time as an update
 * (it used to be, with previousVersion null); the next change still arrives as an update.
 */
import type { App } from '../../src/app';
import { KpisUpdatedDocument, ParticipantCreateDocument } from '../generated/operations';
import { mutateOk } from '../support/graphql-client';
import { uniqueMarker } from '../support/graph';
import { startTestApp } from '../support/test-app';
import { settle, wsClient, type TestWsClient } from '../support/ws-client';

const DEBOUNCE_MS = 100;

let app: App;
let client: TestWsClient;
beforeAll(async () => {
  // Full recomputations only: the change then makes exactly one update (kpi-incremental.test.ts
  // covers the incremental update that otherwise comes first).
  app = await startTestApp({
    KPI_DEBOUNCE_MS: String(DEBOUNCE_MS),
    ANALYTICS_ENGINE: 'graphology',
    KPI_INCREMENTAL: 'false',
  });
});
afterAll(async () => {
  await client?.dispose();
  await app.stop();
});

it('sends the first computation once, as the initial value, then changes as updates', async () => {
  client = wsClient(app.url);
  const kpis = client.subscribe(KpisUpdatedDocument, { scope: 'ECOSYSTEM', initial: true });
  const [first] = await kpis.waitFor(1, 60_000);
  expect(first.kpisUpdated).toMatchObject({ initial: true, previousVersion: null, stale: false });

  // Long enough for the first computation's own KPIS_UPDATED to have come through (many debounces).
  await settle(20 * DEBOUNCE_MS);
  expect(kpis.values.map((value) => value.kpisUpdated.version)).toEqual([first.kpisUpdated.version]);
  expect(kpis.errors).toEqual([]);

  await mutateOk(app.url, ParticipantCreateDocument, {
    input: { name: uniqueMarker('After the initial value'), kind: 'STARTUP', sector: 'AI', region: 'EU' },
  });
  const [, next] = await kpis.waitFor(2, 30_000);
  expect(next.kpisUpdated).toMatchObject({ initial: false, previousVersion: first.kpisUpdated.version });
  expect(next.kpisUpdated.version).toBeGreaterThan(first.kpisUpdated.version);
  await settle(10 * DEBOUNCE_MS);
  expect(kpis.values).toHaveLength(2);
}, 120_000);
