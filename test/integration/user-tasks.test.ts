/** The user tasks of docs/api.md, run verbatim against the small demo ecosystem. */
import type { App } from '../../src/app';
import { toGlobalId } from '../../src/core/global-id';
import { seedDemoEcosystem } from '../../src/seed/seed';
import {
  BrokersInRegionDocument,
  IntroductionPathDocument,
  MovePartnershipForwardDocument,
  RecordMeetingDocument,
  WalkPartnershipHistoryDocument,
} from '../generated/operations';
import { executeOk, mutateOk } from '../support/graphql-client';
import { emptyDatabase } from '../support/graph';
import { startTestApp } from '../support/test-app';

let app: App;
const ANCHOR = '2026-06-30';

beforeAll(async () => {
  app = await startTestApp();
  // Seeds reuse external ids (P-000001…): start from an empty graph.
  await emptyDatabase(app.driver);
  await seedDemoEcosystem(app.gateway, { size: 'small', seed: 3, anchor: ANCHOR });
}, 300_000);
afterAll(async () => {
  await app.stop();
});

/** Ids picked from the seeded graph with plain Cypher (setup, not the API under test). */
async function pick(cypher: string, params: Record<string, unknown> = {}) {
  const [row] = await app.gateway.readRows({ cypher, params });
  if (!row) throw new Error(`fixture query found nothing: ${cypher}`);
  return row;
}

it('1. finds the best-connected participants of a region', async () => {
  const { subgraph } = await executeOk(app.url, BrokersInRegionDocument, { region: 'Europe', limit: 25 });
  expect(subgraph.nodes.length).toBeGreaterThan(5);
  expect(subgraph.nodes.every((node) => node.participant.region === 'Europe')).toBe(true);
  const ids = new Set(subgraph.nodes.map((node) => node.participant.id));
  expect(subgraph.edges.every((edge) => ids.has(edge.source) && ids.has(edge.target))).toBe(true);
  expect(Math.max(...subgraph.nodes.map((node) => node.degree))).toBeGreaterThan(0);
});

it("2. walks a partnership's history", async () => {
  const row = await pick(
    "MATCH (p:Partnership {stage: 'MANAGEMENT'}) WHERE COUNT { (p)-[:HAD_STAGE]->() } >= 5 RETURN p.id AS id LIMIT 1",
  );
  const { partnership } = await executeOk(app.url, WalkPartnershipHistoryDocument, {
    id: toGlobalId('Partnership', String(row.id)),
  });
  const history = partnership!.stageHistory.nodes;
  expect(history[0]).toMatchObject({ from: null, to: 'IDENTIFICATION' });
  history.slice(1).forEach((change, i) => expect(change.from).toBe(history[i]!.to));
  expect(history.at(-1)?.to).toBe('MANAGEMENT');
  expect(partnership!.agreements.nodes.some((agreement) => agreement.status === 'EXECUTED')).toBe(true);
});

it('3. records a meeting', async () => {
  const row = await pick(
    `MATCH (a:Participant)-[:PARTY_TO]->(p:Partnership {stage: 'MANAGEMENT'})<-[:PARTY_TO]-(b:Participant)
     WHERE a.id < b.id RETURN p.id AS partnership, a.id AS a, b.id AS b LIMIT 1`,
  );
  const { interactionRecord } = await mutateOk(app.url, RecordMeetingDocument, {
    input: {
      partnershipId: toGlobalId('Partnership', String(row.partnership)),
      participantIds: [toGlobalId('Participant', String(row.a)), toGlobalId('Participant', String(row.b))],
      kind: 'MEETING',
      at: '2026-06-29T09:00:00Z',
      weight: 2,
      note: 'Quarterly business review',
      clientKey: 'docs-example-meeting-1',
    },
  });
  expect(interactionRecord.userErrors).toEqual([]);
  expect(interactionRecord.interaction).toMatchObject({
    kind: 'MEETING',
    weight: 2,
    note: 'Quarterly business review',
  });
  expect(interactionRecord.interaction?.participants.nodes).toHaveLength(2);
});

it('4. moves a partnership forward, and is told what is missing when it cannot', async () => {
  const row = await pick(
    "MATCH (p:Partnership {stage: 'IDENTIFICATION'}) WHERE COUNT { (p)<-[:PARTY_TO]-() } >= 2 RETURN p.id AS id LIMIT 1",
  );
  const id = toGlobalId('Partnership', String(row.id));
  const moved = await mutateOk(app.url, MovePartnershipForwardDocument, {
    id,
    to: 'EVALUATION',
    reason: 'fit confirmed',
  });
  expect(moved.partnershipMoveStage.userErrors).toEqual([]);
  expect(moved.partnershipMoveStage.stageChange).toMatchObject({ from: 'IDENTIFICATION', to: 'EVALUATION' });
  const skipped = await mutateOk(app.url, MovePartnershipForwardDocument, { id, to: 'IMPLEMENTATION' });
  expect(skipped.partnershipMoveStage.userErrors.map((e) => e.code)).toEqual(['ILLEGAL_STAGE_MOVE']);
  expect(skipped.partnershipMoveStage.userErrors[0]?.message).toMatch(/allowed next stages: NEGOTIATION, TERMINATED/);
});

it('5. finds who can introduce two participants', async () => {
  const row = await pick(
    `MATCH (x:Participant)-[:PARTY_TO]->(s1:Partnership)<-[:PARTY_TO]-(y:Participant)-[:PARTY_TO]->(s2:Partnership)<-[:PARTY_TO]-(z:Participant)
     WHERE s1 <> s2 AND x <> z AND s1.stage <> 'TERMINATED' AND s2.stage <> 'TERMINATED'
       AND x.status <> 'EXITED' AND y.status <> 'EXITED' AND z.status <> 'EXITED'
       AND NOT EXISTS { (x)-[:PARTY_TO]->(:Partnership)<-[:PARTY_TO]-(z) }
     RETURN x.id AS x, z.id AS z LIMIT 1`,
  );
  const result = await executeOk(app.url, IntroductionPathDocument, {
    from: toGlobalId('Participant', String(row.x)),
    to: toGlobalId('Participant', String(row.z)),
  });
  expect(result.shortest?.hops).toBe(2);
  expect(result.shortest?.participants).toHaveLength(3);
  expect(result.strongest?.hops).toBeGreaterThanOrEqual(2);
  expect(result.strongest?.cost).toBeGreaterThan(0);
});
