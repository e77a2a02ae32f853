/** Emptying the database (seed --reset, tests) moves the graph version, so cached KPIs notice. */
import type { App } from '../../src/app';
import { dataNodeCount, deleteData } from '../../src/seed/database';
import { ParticipantCreateDocument } from '../generated/operations';
import { mutateOk } from '../support/graphql-client';
import { uniqueMarker } from '../support/graph';
import { startTestApp } from '../support/test-app';

let app: App;
beforeAll(async () => {
  // The shared test database may hold the medium seed by now: give the deletion time.
  app = await startTestApp({ NEO4J_QUERY_TIMEOUT_MS: '300000' });
});
afterAll(async () => {
  await app.stop();
});

it('deleteData removes the data and moves the graph version forward', async () => {
  await mutateOk(app.url, ParticipantCreateDocument, {
    input: { name: 'Soon Deleted', kind: 'STARTUP', sector: uniqueMarker('delete'), region: 'Europe' },
  });
  const before = await app.gateway.graphVersion();
  await deleteData(app.gateway);
  expect(await dataNodeCount(app.gateway)).toBe(0);
  expect(await app.gateway.graphVersion()).toBeGreaterThan(before);
});
