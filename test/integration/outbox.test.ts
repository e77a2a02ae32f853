/**
 * The transactional outbox on one API (docs/subscriptions.md): events are written with their
 * change, numbered in commit order, stamped with the commit's business instant, completed in
 * the transaction (engagement), written once per change (a client-key retry writes none), and
 * a subscriber resumes with `after` — exactly the missed events, then live ones. The resume
 * window is enforced with a typed error. Several replicas, Redis outages and a SIGKILL are in
 * outbox-replicas.test.ts.
 */
import type { App } from '../../src/app';
import { toGlobalId } from '../../src/core/global-id';
import { ManualClock } from '../support/clock';
import { partnershipWithParties as partnershipWithPartiesVia, raiseRisk } from '../support/event-fixtures';
import { execute, mutateOk } from '../support/graphql-client';
import { uniqueMarker } from '../support/graph';
import { startTestApp } from '../support/test-app';
import { settle, wsClient, type TestWsClient } from '../support/ws-client';
import { EcosystemEventsDocument, InteractionRecordDocument, RiskRaisedDocument } from '../generated/operations';

jest.setTimeout(120_000);

const NOW = '2026-06-01T12:00:00.000Z';
const clock = new ManualClock(NOW);
// Above what one test replays (the replay race below resumes over 80 events).
const RESUME_MAX_EVENTS = 100;
let app: App;
const clients: TestWsClient[] = [];

beforeAll(async () => {
  app = await startTestApp(
    { OUTBOX_RESUME_MAX_EVENTS: String(RESUME_MAX_EVENTS), OUTBOX_RESUME_MAX_AGE_HOURS: '24' },
    { clock: clock.clock },
  );
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await app.stop();
});
afterEach(() => clock.set(NOW));

function client(): TestWsClient {
  const one = wsClient(app.url);
  clients.push(one);
  return one;
}

// Dates relative to the pinned clock (NOW).
const partnershipWithParties = () => partnershipWithPartiesVia(app.url, app.gateway, '2026-01-01T00:00:00Z');
const raise = (partnershipId: string, title: string) =>
  raiseRisk(app.url, partnershipId, title, '2026-09-01T00:00:00Z');

async function latestSequence(): Promise<number> {
  return app.services.outbox.latest();
}

async function waitForRegistered(count: number) {
  const started = Date.now();
  while (app.subscriptions.multiplexer.stats().subscribers < count) {
    if (Date.now() - started > 10_000) throw new Error('subscription not registered');
    await settle(20);
  }
}

describe('writing events with their change', () => {
  it('numbers events gap-free in commit order, stamps the commit instant and completes engagement in the transaction', async () => {
    const { id, parties } = await partnershipWithParties();
    const feed = client().subscribe(EcosystemEventsDocument, { kinds: ['INTERACTION_RECORDED', 'GRAPH_CHANGED'] });
    await waitForRegistered(1);
    const before = await latestSequence();

    // Concurrent writes: the outbox, not the order requests were sent, decides the order.
    await Promise.all(
      Array.from({ length: 6 }, () =>
        mutateOk(app.url, InteractionRecordDocument, {
          input: { partnershipId: id, participantIds: parties, kind: 'MEETING', at: '2026-05-30T00:00:00Z' },
        }),
      ),
    );
    const events = (await feed.waitFor(12)).map((value) => value.ecosystemEvents);
    expect(events.map((event) => event.sequence)).toEqual(Array.from({ length: 12 }, (_, i) => before + i + 1));
    // Each interaction's transaction is followed by its own GRAPH_CHANGED.
    expect(events.map((event) => event.kind)).toEqual(
      Array.from({ length: 6 }, () => ['INTERACTION_RECORDED', 'GRAPH_CHANGED']).flat(),
    );

    const stored = await app.gateway.readRows({
      cypher: `MATCH (e:OutboxEvent) WHERE e.sequence > $before RETURN e.sequence AS sequence, e.at AS at, e.body AS body
ORDER BY e.sequence`,
      params: { before },
    });
    expect(stored.map((row) => row.sequence)).toEqual(events.map((event) => event.sequence));
    // `at` is the business instant of the commit (the pinned clock), not when it was published.
    expect(stored.every((row) => (row.at as Date).toISOString() === NOW)).toBe(true);
    // Engagement read inside each transaction: the n-th interaction in commit order sees n of them.
    const scores = stored
      .map((row) => JSON.parse(String(row.body)) as { kind: string; engagement?: { score: number }[] })
      .filter((body) => body.kind === 'INTERACTION_RECORDED')
      .map((body) => body.engagement![0]!.score);
    expect(new Set(scores).size).toBe(6);
    expect([...scores].sort((a, b) => a - b)).toEqual(scores);
  });

  it('writes nothing for a refused mutation and nothing again for a client-key retry', async () => {
    const { id, parties } = await partnershipWithParties();
    const before = await latestSequence();
    const refused = await execute(app.url, InteractionRecordDocument, {
      input: { partnershipId: id, participantIds: [toGlobalId('Participant', 'missing')], kind: 'MEETING' },
    });
    expect(refused.data?.interactionRecord?.userErrors.length).toBeGreaterThan(0);
    expect(await latestSequence()).toBe(before);

    const input = {
      partnershipId: id,
      participantIds: parties,
      kind: 'MEETING' as const,
      clientKey: uniqueMarker('key'),
    };
    const first = await mutateOk(app.url, InteractionRecordDocument, { input });
    const retry = await mutateOk(app.url, InteractionRecordDocument, { input });
    expect(retry.interactionRecord.interaction!.id).toBe(first.interactionRecord.interaction!.id);
    const kinds = await app.gateway.readRows({
      cypher: `MATCH (e:OutboxEvent) WHERE e.sequence > $before RETURN e.kind AS kind ORDER BY e.sequence`,
      params: { before },
    });
    expect(kinds.map((row) => row.kind)).toEqual(['INTERACTION_RECORDED', 'GRAPH_CHANGED']);
  });
});

describe('resuming with after', () => {
  it('(d) a client that missed 20 events gets exactly those, in order, then live ones', async () => {
    const { id } = await partnershipWithParties();
    const first = client();
    const live = first.subscribe(RiskRaisedDocument, { partnershipId: id });
    await waitForRegistered(1);
    await raise(id, 'seen');
    const [seen] = await live.waitFor(1);
    await first.dispose();

    const missed = Array.from({ length: 20 }, (_, i) => `missed ${i}`);
    for (const title of missed) await raise(id, title);
    // Other partnerships' events in between are filtered out of the replay too.
    await raise((await partnershipWithParties()).id, 'elsewhere');

    const again = client().subscribe(RiskRaisedDocument, { partnershipId: id, after: seen!.riskRaised.sequence });
    const replayed = await again.waitFor(20);
    expect(replayed.map((value) => value.riskRaised.title)).toEqual(missed);
    const sequences = replayed.map((value) => value.riskRaised.sequence);
    expect(sequences.every((sequence, i) => i === 0 || sequence > sequences[i - 1]!)).toBe(true);

    await raise(id, 'live after the replay');
    const all = await again.waitFor(21);
    expect(all.map((value) => value.riskRaised.title)).toEqual([...missed, 'live after the replay']);
    await settle(300);
    expect(again.values).toHaveLength(21);
  });

  it('replays nothing twice when events commit while the replay runs', async () => {
    const { id } = await partnershipWithParties();
    const start = await latestSequence();
    for (let i = 0; i < 30; i += 1) await raise(id, `before ${i}`);
    const resumed = client().subscribe(RiskRaisedDocument, { partnershipId: id, after: start });
    const during = Array.from({ length: 10 }, (_, i) => raise(id, `during ${i}`));
    await Promise.all(during);
    const values = await resumed.waitFor(40);
    await settle(300);
    expect(resumed.values).toHaveLength(40);
    const sequences = values.map((value) => value.riskRaised.sequence);
    expect(new Set(sequences).size).toBe(40);
    expect([...sequences].sort((a, b) => a - b)).toEqual(sequences);
  });

  it('refuses a resume point outside the window with a typed error that says to reload', async () => {
    const { id } = await partnershipWithParties();
    for (let i = 0; i < 5; i += 1) await raise(id, `old ${i}`);
    const latest = await latestSequence();

    const tooFar = client().subscribe(RiskRaisedDocument, { after: latest - RESUME_MAX_EVENTS - 1 });
    const [farError] = await tooFar.firstError();
    expect(farError).toMatchObject({
      extensions: { code: 'RESUME_WINDOW_EXCEEDED', reload: true },
      message: expect.stringMatching(/Reload the current state/),
    });

    clock.set('2026-06-03T12:00:00.000Z'); // 48 h later: the next event is older than 24 h
    const tooOld = client().subscribe(RiskRaisedDocument, { after: latest - 1 });
    expect((await tooOld.firstError())[0]).toMatchObject({ extensions: { code: 'RESUME_WINDOW_EXCEEDED' } });

    const ahead = client().subscribe(RiskRaisedDocument, { after: latest + 1_000 });
    expect((await ahead.firstError())[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});
