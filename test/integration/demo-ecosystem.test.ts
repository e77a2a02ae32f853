/**
 * The small demo ecosystem looks like a real partnership network (issue 17, bands and their
 * sources in docs/demo-data.md), read through the API; then its biggest hub exits through
 * the API and the health score moves. The medium seed is checked the same way in
 * medium-seed.test.ts, which already pays for writing it.
 */
import type { App } from '../../src/app';
import { fixedClock } from '../../src/core/clock';
import { deleteData } from '../../src/seed/database';
import { seedDemoEcosystem } from '../../src/seed/seed';
import { exitTheHub, expectCalibrated, measureCalibration } from '../support/demo-ecosystem';
import { startTestApp } from '../support/test-app';

const ANCHOR = '2026-06-30';

let app: App;
beforeAll(async () => {
  // "Now" is the anchor: the default 90-day window is the seed's last quarter.
  app = await startTestApp(
    // graphology: the structural KPIs in seconds on a busy CI box (engine-agreement.test.ts checks GDS agrees).
    { ANALYTICS_ENGINE: 'graphology', KPI_DEBOUNCE_MS: '200' },
    { clock: fixedClock(new Date(`${ANCHOR}T00:00:00Z`)) },
  );
  await deleteData(app.gateway);
  await seedDemoEcosystem(app.gateway, { size: 'small', seed: 7, anchor: ANCHOR });
}, 300_000);
afterAll(async () => {
  await app.stop();
});

it('has a main component, clustered communities, hubs and brokers within the calibration bands', async () => {
  const calibration = await measureCalibration(app);
  process.stderr.write(`[demo-ecosystem] small: ${JSON.stringify(calibration)}\n`);
  expectCalibrated(calibration);
});

it('moves the health score when its biggest hub exits', async () => {
  const { before, after, hubDegree } = await exitTheHub(app);
  expect(hubDegree).toBeGreaterThanOrEqual(10);
  expect(after.participants).toBe(before.participants - 1);
  expect(after.largestComponentShare).toBeLessThan(before.largestComponentShare);
  expect(Math.abs(after.score - before.score)).toBeGreaterThan(0.1);
});
