/**
 * History end to end (docs/data-model.md, "History"): a removed party's tie is ended, not
 * deleted — every reader (parties, partnerships of a participant, KPIs, neighbourhood, paths,
 * recommendations, subgraph, drawable graph, the party check of engagement records) stops
 * seeing it, while `partyHistory` keeps the period; a participant's exit is dated and a changed
 * joinedAt keeps the old value; migration 0008 backfills data written before.
 *
 *   P1: A (LEAD), B, C        P2: C (LEAD), D        → A–B, A–C, B–C, C–D; A reaches D via C
 */
import crypto from 'node:crypto';
import type { App } from '../../src/app';
import { decodeGlobalId } from '../../src/core/global-id';
import { loadMigrations } from '../../src/db/migrations';
import {
  DrawnTiesDocument,
  InteractionRecordDocument,
  ParticipantHistoryDocument,
  ParticipantUpdateDocument,
  PartnershipAddPartyDocument,
  PartnershipCreateDocument,
  PartnershipRemovePartyDocument,
  PartyTiesDocument,
  type DrawnTiesQuery,
  type PartyTiesQuery,
} from '../generated/operations';
import { ManualClock } from '../support/clock';
import { createParticipants, type Fixture } from '../support/fixtures';
import { executeOk, mutateOk } from '../support/graphql-client';
import { uniqueMarker } from '../support/graph';
import { startTestApp } from '../support/test-app';

const START = '2026-03-02T09:00:00.000Z';
const REMOVED = '2026-03-05T10:00:00.000Z';
const READDED = '2026-03-09T11:00:00.000Z';

const time = new ManualClock(START);
const sector = uniqueMarker('history');
let app: App;
let A: Fixture, B: Fixture, C: Fixture, D: Fixture;
let p1: string;

async function createPartnership(parties: { participantId: string; role: 'LEAD' | 'PARTNER' }[]) {
  const { partnershipCreate } = await mutateOk(app.url, PartnershipCreateDocument, {
    input: { name: uniqueMarker('History'), type: 'RESEARCH', subtype: 'ACADEMIC', parties },
  });
  expect(partnershipCreate.userErrors).toEqual([]);
  return partnershipCreate.partnership!.id;
}

beforeAll(async () => {
  app = await startTestApp({}, { clock: time.clock });
  [A, B, C, D] = (await createParticipants(app.gateway, sector, 4)) as [Fixture, Fixture, Fixture, Fixture];
  p1 = await createPartnership([
    { participantId: A.id, role: 'LEAD' },
    { participantId: B.id, role: 'PARTNER' },
    { participantId: C.id, role: 'PARTNER' },
  ]);
  await createPartnership([
    { participantId: C.id, role: 'LEAD' },
    { participantId: D.id, role: 'PARTNER' },
  ]);
});
afterAll(async () => {
  await app.stop();
});

/**
 * The drawable graph once the KPI snapshot has caught up with the last write (KPIs are
 * recomputed in the background; a read meanwhile is the previous snapshot, marked stale).
 */
async function settledDrawing() {
  let { drawableGraph } = await executeOk(app.url, DrawnTiesDocument, {});
  for (let attempt = 0; drawableGraph.stale && attempt < 300; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    drawableGraph = (await executeOk(app.url, DrawnTiesDocument, {})).drawableGraph;
  }
  expect(drawableGraph.stale).toBe(false);
  return drawableGraph;
}

/** Every reader at once, after the KPIs have caught up; `drawn` = the drawn ties among A–D. */
async function read() {
  const drawableGraph = await settledDrawing();
  const data = await executeOk(app.url, PartyTiesDocument, { partnership: p1, a: A.id, c: C.id, d: D.id, sector });
  return { ...data, drawn: drawnAmong(drawableGraph, [A, B, C, D]) };
}

/** The ties the drawable graph draws among the given participants, as sorted "x~y" pairs. */
function drawnAmong(drawableGraph: DrawnTiesQuery['drawableGraph'], people: Fixture[]): string[] {
  const ids = drawableGraph.nodes.id ?? [];
  const name = new Map(people.map((person, i) => [person.id, 'ABCD'[i]!]));
  return drawableGraph.edges.source
    .map((source, j) => [name.get(ids[source]!), name.get(ids[drawableGraph.edges.target[j]!]!)])
    .filter((pair): pair is [string, string] => pair.every(Boolean))
    .map((pair) => pair.sort().join('~'))
    .sort();
}

const subgraphPairs = (data: Pick<PartyTiesQuery, 'subgraph'>, people: Fixture[]) => {
  const name = new Map(people.map((person, i) => [person.id, 'ABCD'[i]!]));
  return data.subgraph.edges.map((edge) => [name.get(edge.source), name.get(edge.target)].sort().join('~')).sort();
};

describe('removing a party ends its tie', () => {
  it('before: every reader sees A–C', async () => {
    const data = await read();
    expect(data.partnership!.parties.totalCount).toBe(3);
    expect(data.partnership!.parties.edges.map((edge) => edge.addedAt)).toEqual([START, START, START]);
    expect(data.a!.metrics!.degree).toBe(2);
    expect(data.a!.neighborhood.nodes.map((node) => node.id).sort()).toEqual([A.id, B.id, C.id, D.id].sort());
    expect(data.ofC.totalCount).toBe(2);
    expect(data.collaborationPath?.hops).toBe(2);
    expect(data.recommendPartners.map((r) => r.participant.id)).toEqual([D.id]);
    expect(subgraphPairs(data, [A, B, C, D])).toEqual(['A~B', 'A~C', 'B~C', 'C~D']);
    expect(data.drawn).toEqual(['A~B', 'A~C', 'B~C', 'C~D']);
  });

  it('after: no reader sees it, the party history keeps it, and C can no longer record engagement in P1', async () => {
    time.set(REMOVED);
    const { partnershipRemoveParty } = await mutateOk(app.url, PartnershipRemovePartyDocument, {
      input: { partnershipId: p1, participantId: C.id },
    });
    expect(partnershipRemoveParty.userErrors).toEqual([]);

    const data = await read();
    expect(data.partnership!.parties.edges.map((edge) => edge.node.id).sort()).toEqual([A.id, B.id].sort());
    expect(data.partnership!.parties.totalCount).toBe(2);
    expect(data.a!.metrics!.degree).toBe(1);
    expect(data.a!.neighborhood.nodes.map((node) => node.id).sort()).toEqual([A.id, B.id].sort());
    expect(data.ofC.totalCount).toBe(1);
    expect(data.collaborationPath).toBeNull();
    expect(data.recommendPartners).toEqual([]);
    expect(subgraphPairs(data, [A, B, C, D])).toEqual(['A~B', 'C~D']);
    expect(data.drawn).toEqual(['A~B', 'C~D']);
    expect(data.partnership!.partyHistory).toEqual(
      expect.arrayContaining([
        { participant: { id: C.id }, role: 'PARTNER', addedAt: START, removedAt: REMOVED },
        { participant: { id: A.id }, role: 'LEAD', addedAt: START, removedAt: null },
      ]),
    );
    expect(data.partnership!.partyHistory).toHaveLength(3);

    const { interactionRecord } = await mutateOk(app.url, InteractionRecordDocument, {
      input: { partnershipId: p1, participantIds: [A.id, C.id], kind: 'MEETING' },
    });
    expect(interactionRecord.userErrors.map((error) => error.code)).toEqual(['INVALID']);
  });

  it('removing it again is refused: an ended tie is not a party', async () => {
    const { partnershipRemoveParty } = await mutateOk(app.url, PartnershipRemovePartyDocument, {
      input: { partnershipId: p1, participantId: C.id },
    });
    expect(partnershipRemoveParty.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
  });

  it('adding it back starts a new period and keeps the earlier one', async () => {
    time.set(READDED);
    const { partnershipAddParty } = await mutateOk(app.url, PartnershipAddPartyDocument, {
      input: { partnershipId: p1, participantId: C.id, role: 'SPONSOR' },
    });
    expect(partnershipAddParty.userErrors).toEqual([]);
    expect(partnershipAddParty.partnership!.parties.totalCount).toBe(3);

    const data = await read();
    expect(data.a!.metrics!.degree).toBe(2);
    expect(data.collaborationPath?.hops).toBe(2);
    const periodsOfC = data.partnership!.partyHistory.filter((period) => period.participant.id === C.id);
    expect(periodsOfC).toEqual([
      { participant: { id: C.id }, role: 'PARTNER', addedAt: START, removedAt: REMOVED },
      { participant: { id: C.id }, role: 'SPONSOR', addedAt: READDED, removedAt: null },
    ]);
    const rows = await app.gateway.readRows({
      cypher: `MATCH (:Participant {id: $c})-[r:PARTY_TO]->(:Partnership {id: $p}) RETURN count(r) AS ties`,
      params: { c: C.key, p: decodeGlobalId(p1)!.id },
    });
    expect(Number(rows[0]?.ties)).toBe(2);
  });
});

describe('participant history', () => {
  const EXIT = '2026-04-01T08:30:00.123Z';
  const exitWindow = { from: EXIT, before: '2026-04-01T08:30:00.124Z' };

  it('an exit is dated with the business time of the change, a return clears it and both are recorded', async () => {
    time.set(EXIT);
    const exited = await mutateOk(app.url, ParticipantUpdateDocument, { input: { id: D.id, status: 'EXITED' } });
    expect(exited.participantUpdate.participant).toMatchObject({ status: 'EXITED', exitedAt: EXIT });
    const data = await executeOk(app.url, ParticipantHistoryDocument, { id: D.id, ...exitWindow });
    expect(data.participant!.exitedAt).toBe(EXIT);
    expect(data.exitedInWindow.totalCount).toBe(1);

    // Another update while EXITED keeps the exit instant.
    time.set('2026-04-02T00:00:00.000Z');
    const renamed = await mutateOk(app.url, ParticipantUpdateDocument, { input: { id: D.id, name: 'D renamed' } });
    expect(renamed.participantUpdate.participant!.exitedAt).toBe(EXIT);

    time.set('2026-04-03T00:00:00.000Z');
    const back = await mutateOk(app.url, ParticipantUpdateDocument, { input: { id: D.id, status: 'ACTIVE' } });
    expect(back.participantUpdate.participant).toMatchObject({ status: 'ACTIVE', exitedAt: null });
    const changes = await app.gateway.readRows({
      cypher: `MATCH (:Participant {id: $id})-[:HAD_STATUS]->(c:ParticipantStatusChange)
RETURN c.from AS from, c.to AS to, toString(c.at) AS at ORDER BY c.at`,
      params: { id: D.key },
    });
    expect(changes).toEqual([
      { from: 'ACTIVE', to: 'EXITED', at: EXIT },
      { from: 'EXITED', to: 'ACTIVE', at: '2026-04-03T00:00:00Z' },
    ]);
  });

  it('a changed joinedAt keeps the previous value with the instant it changed; the same value records nothing', async () => {
    const before = (await executeOk(app.url, ParticipantHistoryDocument, { id: B.id, ...exitWindow })).participant!;
    expect(before.joinedAtHistory).toEqual([]);
    time.set('2026-04-05T12:00:00.000Z');
    await mutateOk(app.url, ParticipantUpdateDocument, { input: { id: B.id, joinedAt: '2025-06-01T00:00:00.000Z' } });
    await mutateOk(app.url, ParticipantUpdateDocument, { input: { id: B.id, joinedAt: '2025-06-01T00:00:00.000Z' } });
    time.set('2026-04-06T12:00:00.000Z');
    await mutateOk(app.url, ParticipantUpdateDocument, { input: { id: B.id, joinedAt: '2025-07-01T00:00:00.000Z' } });

    const after = (await executeOk(app.url, ParticipantHistoryDocument, { id: B.id, ...exitWindow })).participant!;
    expect(after.joinedAt).toBe('2025-07-01T00:00:00.000Z');
    expect(after.joinedAtHistory).toEqual([
      { from: before.joinedAt, to: '2025-06-01T00:00:00.000Z', at: '2026-04-05T12:00:00.000Z', by: 'test-admin' },
      {
        from: '2025-06-01T00:00:00.000Z',
        to: '2025-07-01T00:00:00.000Z',
        at: '2026-04-06T12:00:00.000Z',
        by: 'test-admin',
      },
    ]);
  });
});

describe('migration 0008 backfills data written before it', () => {
  it('dates old ties from their partnership, old exits from the audited change (else the last update)', async () => {
    const keys = { audited: crypto.randomUUID(), plain: crypto.randomUUID(), deal: crypto.randomUUID() };
    await app.gateway.writeRows({
      cypher: `CREATE (a:Participant {id: $keys.audited, name: 'Old exit, audited', kind: 'COMPANY', sector: $sector,
  region: 'Europe', tier: 'STANDARD', status: 'EXITED', joinedAt: datetime('2024-01-01T00:00:00Z'),
  createdAt: datetime('2024-01-01T00:00:00Z'), updatedAt: datetime('2025-09-09T00:00:00Z')})
CREATE (b:Participant {id: $keys.plain, name: 'Old exit', kind: 'COMPANY', sector: $sector, region: 'Europe',
  tier: 'STANDARD', status: 'EXITED', joinedAt: datetime('2024-01-01T00:00:00Z'),
  createdAt: datetime('2024-01-01T00:00:00Z'), updatedAt: datetime('2025-08-08T00:00:00Z')})
CREATE (:AuditEntry {id: randomUUID(), at: datetime('2025-05-05T00:00:00Z'), operation: 'participantUpdate',
  subjectId: $keys.audited, changes: '{"status":{"before":"ACTIVE","after":"EXITED"}}'})
CREATE (:AuditEntry {id: randomUUID(), at: datetime('2025-06-06T00:00:00Z'), operation: 'participantUpdate',
  subjectId: $keys.audited, changes: '{"name":{"before":"x","after":"y"}}'})
CREATE (a)-[:PARTY_TO {role: 'LEAD'}]->(:Partnership {id: $keys.deal, name: 'Old deal', type: 'BUSINESS',
  subtype: 'CHANNEL', stage: 'IDENTIFICATION', startedAt: datetime('2024-02-02T00:00:00Z'),
  createdAt: datetime('2024-02-02T00:00:00Z'), updatedAt: datetime('2024-02-02T00:00:00Z')})<-[:PARTY_TO {role: 'PARTNER'}]-(b)`,
      params: { keys, sector },
    });
    const migration = loadMigrations().find((m) => m.id.startsWith('0008_'))!;
    for (const cypher of migration.statements) await app.gateway.runAutoCommit({ cypher, params: {} });
    // Run twice: a backfill only fills what is missing.
    for (const cypher of migration.statements) await app.gateway.runAutoCommit({ cypher, params: {} });

    const [row] = await app.gateway.readRows({
      cypher: `MATCH (a:Participant {id: $keys.audited}), (b:Participant {id: $keys.plain})
MATCH (:Participant)-[r:PARTY_TO]->(:Partnership {id: $keys.deal})
RETURN toString(a.exitedAt) AS audited, toString(b.exitedAt) AS plain, collect(DISTINCT toString(r.addedAt)) AS added`,
      params: { keys },
    });
    expect(row).toEqual({
      audited: '2025-05-05T00:00:00Z',
      plain: '2025-08-08T00:00:00Z',
      added: ['2024-02-02T00:00:00Z'],
    });
  });
});
