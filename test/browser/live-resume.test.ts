/**
 * The explorer's live connection loses nothing across a drop (issue 14, resume). A page in a
 * real chromium follows API A; A is stopped (the socket drops, the page shows "reconnecting"),
 * changes are committed through API B on the same Neo4j while the page is away, and A starts
 * again on its port. The page resubscribes with `after: <last sequence it saw>`, so its feed
 * shows the changes made while it was away, without a reload of the page. When more changed
 * than A's resume window keeps (OUTBOX_RESUME_MAX_EVENTS, 6 here), A answers
 * RESUME_WINDOW_EXCEEDED and the page reloads its data instead: the overview's numbers include
 * what changed, and the feed says it reloaded.
 */
import type { Browser } from 'playwright-core';
import type { App } from '../../src/app';
import { launchChromium } from '../../scripts/browser/chromium';
import { deleteData } from '../../src/seed/database';
import { seedDemoEcosystem } from '../../src/seed/seed';
import { ExplorerOverviewNumbersDocument, ParticipantCreateDocument } from '../generated/operations';
import { authHeader, testToken } from '../support/auth';
import { partnershipWithParties, raiseRisk } from '../support/event-fixtures';
import { executeOk, mutateOk } from '../support/graphql-client';
import { startTestApp } from '../support/test-app';
import { openExplorer, screenshot, type WatchedPage } from './support/explorer-page';
import { LIVE_TARGET_MS } from './support/live-deadline';

jest.setTimeout(300_000);

// Each risk raised is two outbox events (RISK_RAISED, GRAPH_CHANGED), a participant created one.
const RESUME_MAX_EVENTS = 6;
const APP_ENV = {
  KPI_DEBOUNCE_MS: '200',
  ANALYTICS_ENGINE: 'graphology',
  OUTBOX_RESUME_MAX_EVENTS: String(RESUME_MAX_EVENTS),
};
// While A is down, chromium logs each refused reconnection attempt (and refetch) itself: expected here.
const REFUSED =
  /^(WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/graphql' failed: .*|Failed to load resource: net::)ERR_CONNECTION_REFUSED$/;

let a: App;
let b: App;
let browser: Browser;
let admin: string;
let partnershipId: string;
const pages: WatchedPage[] = [];

beforeAll(async () => {
  a = await startTestApp(APP_ENV);
  b = await startTestApp(APP_ENV);
  await deleteData(a.gateway);
  await seedDemoEcosystem(a.gateway, { size: 'small', seed: 42 });
  admin = await testToken('ADMIN');
  partnershipId = (await partnershipWithParties(a.url, a.gateway, '2024-01-01T00:00:00Z')).id;
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await a?.stop();
  await b?.stop();
});

afterEach(async () => {
  for (const watched of pages.splice(0)) {
    // What the page did during the test, not what closing it logs.
    const external = [...watched.external];
    const errors = [...watched.errors];
    await watched.close();
    expect(external).toEqual([]);
    expect(errors.filter((error) => !REFUSED.test(error))).toEqual([]);
  }
});

async function open(route: string): Promise<WatchedPage> {
  const watched = await openExplorer(browser, a.url.replace(/\/graphql$/, ''), admin, route);
  pages.push(watched);
  await watched.page.locator('[data-state="connected"]').waitFor({ timeout: 30_000 });
  return watched;
}

/** Creates a participant through `app` and answers its id. */
async function createParticipant(app: App, name: string): Promise<string> {
  const { participantCreate } = await mutateOk(
    app.url,
    ParticipantCreateDocument,
    { input: { name, kind: 'STARTUP', sector: 'Robotics', region: 'Europe' } },
    await authHeader('ADMIN'),
  );
  return participantCreate.participant!.id;
}

/** Stops A, runs `whileAway` (the page is disconnected meanwhile), starts A again on its port. */
async function dropAndReturn(watched: WatchedPage, whileAway: () => Promise<void>): Promise<void> {
  const port = a.port;
  await a.stop();
  await watched.page.locator('[data-state="reconnecting"]').waitFor({ timeout: 15_000 });
  await whileAway();
  a = await startTestApp({ ...APP_ENV, PORT: String(port) });
  await watched.page.locator('[data-state="connected"]').waitFor({ timeout: 30_000 });
}

/** The API's participant count once its KPIs describe the current graph. */
async function currentParticipants(): Promise<number> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { health } = (await executeOk(a.url, ExplorerOverviewNumbersDocument, {})).ecosystem;
    if (!health.provenance.stale) return health.participants;
    if (Date.now() > deadline) throw new Error('the KPIs stayed stale for a minute');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Raises a risk through `app` on the test's partnership: its feed line names `title`. */
const raise = (app: App, title: string) => raiseRisk(app.url, partnershipId, title, '2030-01-01T00:00:00Z');
const riskLines = (watched: WatchedPage) =>
  watched.page.getByTestId('activity-feed').locator('li', { hasText: 'risk raised:' });
const riskLine = (watched: WatchedPage, title: string) =>
  riskLines(watched).filter({ hasText: `MEDIUM risk raised: ${title}` });

it('resumes after a drop: the feed shows the changes made while the page was away, without reload', async () => {
  const watched = await open('/activity');
  const { page } = watched;
  const navigations: string[] = [];
  page.on('framenavigated', (frame) => navigations.push(frame.url()));

  // One event seen before the drop: the page's resume point.
  await raise(a, 'Seen before the drop');
  await riskLine(watched, 'Seen before the drop').waitFor({ timeout: LIVE_TARGET_MS * 2 });

  const away = ['Raised while away 1', 'Raised while away 2'];
  await dropAndReturn(watched, async () => {
    for (const title of away) await raise(b, title);
  });

  // Replayed from the outbox on resubscription; a live-only subscription would never show them.
  for (const title of away) await riskLine(watched, title).waitFor({ timeout: LIVE_TARGET_MS * 2 });
  // And live again after the replay.
  await raise(a, 'Raised after the return');
  await riskLine(watched, 'Raised after the return').waitFor({ timeout: LIVE_TARGET_MS * 2 });
  // Newest first, each once: the order the changes were committed in.
  const lines = await riskLines(watched).allInnerTexts();
  expect(lines.map((line) => line.replace(/^.*risk raised: /s, ''))).toEqual([
    'Raised after the return',
    ...away.slice().reverse(),
    'Seen before the drop',
  ]);
  expect(await page.getByTestId('live-reloaded').count()).toBe(0);
  expect(navigations).toEqual([]);
  await screenshot(page, 'activity-resumed');
});

it('reloads its data when more changed while away than the resume window keeps (RESUME_WINDOW_EXCEEDED)', async () => {
  const watched = await open('/');
  const { page } = watched;
  await page.getByTestId('kpi-participants').waitFor();
  await page.waitForLoadState('networkidle');
  const navigations: string[] = [];
  page.on('framenavigated', (frame) => navigations.push(frame.url()));

  await raise(a, 'Seen before the long drop');
  await riskLine(watched, 'Seen before the long drop').waitFor({ timeout: LIVE_TARGET_MS * 2 });
  // The overview settled on the current number (a recomputation follows each change).
  const shown = await currentParticipants();
  const participantsShown = (count: number) =>
    page
      .getByTestId('kpi-participants')
      .filter({ hasText: new RegExp(`^${count.toLocaleString('en-US')}$`) })
      .waitFor({ timeout: 30_000 });
  await participantsShown(shown);

  // More events than the window keeps: the page cannot replay them.
  await dropAndReturn(watched, async () => {
    for (let i = 0; i <= RESUME_MAX_EVENTS; i++) await createParticipant(b, `Away Window Labs ${i}`);
  });

  await page.getByTestId('live-reloaded').waitFor({ timeout: LIVE_TARGET_MS * 2 });
  await participantsShown(shown + RESUME_MAX_EVENTS + 1);
  expect(navigations).toEqual([]);
  // The subscription continues live after the reload.
  await raise(a, 'Raised after the reload');
  await riskLine(watched, 'Raised after the reload').waitFor({ timeout: LIVE_TARGET_MS * 2 });
  await screenshot(page, 'overview-reloaded');
});
