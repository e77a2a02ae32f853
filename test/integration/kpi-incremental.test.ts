/**
 * Incremental KPIs (issue 15, item 1; docs/kpis.md "Incremental figures"): after every write
 * of a random sequence made through the API (participants joining and exiting, partnerships
 * created and terminated, parties added and removed), the figures the API serves as exact for
 * the new version — every participant's degree, weighted degree, PageRank and eigenvector,
 * participants, ties, density, average degree, components, the largest component's share,
 * transitivity, average clustering, articulation points and bridges — equal a full
 * recomputation of the same graph. The debounce is longer than the test, so no full
 * recomputation runs in the app meanwhile: everything checked came from the incremental path,
 * and every update read only the delta of the writes (never the whole graph).
 */
import fc from 'fast-check';
import type { App } from '../../src/app';
import { loadCollaborationGraph } from '../../src/kpi/collaboration-graph';
import { GraphologyEngine } from '../../src/kpi/graphology-engine';
import {
  EcosystemHealthDocument,
  KarateMetricsDocument,
  KpisUpdatedDocument,
  ParticipantCreateDocument,
  ParticipantUpdateDocument,
  PartnershipAddPartyDocument,
  PartnershipCreateDocument,
  PartnershipMoveStageDocument,
  PartnershipRemovePartyDocument,
} from '../generated/operations';
import { execute, executeOk, mutateOk } from '../support/graphql-client';
import { emptyDatabase, maintenanceGateway } from '../support/graph';
import { startTestApp } from '../support/test-app';
import { wsClient } from '../support/ws-client';

const SECTOR = 'Incremental KPIs';
/** Longer than the test: the app never recomputes in full after the first computation. */
const NO_FULL_RECOMPUTATION_MS = '600000';

type Write =
  | { kind: 'join' }
  | { kind: 'exit'; who: number }
  | { kind: 'partner'; parties: number[] }
  | { kind: 'addParty'; partnership: number; who: number }
  | { kind: 'removeParty'; partnership: number; who: number }
  | { kind: 'terminate'; partnership: number };

const index = fc.nat({ max: 1_000 });
const write: fc.Arbitrary<Write> = fc.oneof(
  { arbitrary: fc.constant({ kind: 'join' as const }), weight: 2 },
  { arbitrary: index.map((who) => ({ kind: 'exit' as const, who })), weight: 1 },
  {
    arbitrary: fc.uniqueArray(index, { minLength: 2, maxLength: 4 }).map((parties) => ({
      kind: 'partner' as const,
      parties,
    })),
    weight: 4,
  },
  { arbitrary: fc.record({ kind: fc.constant('addParty' as const), partnership: index, who: index }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('removeParty' as const), partnership: index, who: index }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('terminate' as const), partnership: index }), weight: 1 },
);

let app: App;
const participants: string[] = [];
const partnerships: { id: string; parties: string[] }[] = [];
let joined = 0;
let fullVersion = -1;

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length];

async function join(): Promise<void> {
  joined += 1;
  const result = await mutateOk(app.url, ParticipantCreateDocument, {
    input: { name: `Member ${joined}`, kind: 'STARTUP', sector: SECTOR, region: 'Europe', externalId: `inc-${joined}` },
  });
  participants.push(result.participantCreate.participant!.id);
}

/** Applies a write through the API; a refused one (user errors) changes nothing, which is fine too. */
async function apply(w: Write): Promise<void> {
  const noErrors = (result: { errors?: unknown[] }) => expect(result.errors ?? []).toEqual([]);
  switch (w.kind) {
    case 'join':
      return join();
    case 'exit':
      return noErrors(
        await execute(app.url, ParticipantUpdateDocument, {
          input: { id: pick(participants, w.who), status: 'EXITED' },
        }),
      );
    case 'partner': {
      const parties = [...new Set(w.parties.map((i) => pick(participants, i)))];
      const result = await execute(app.url, PartnershipCreateDocument, {
        input: {
          name: `Partnership ${partnerships.length + 1}`,
          type: 'RESEARCH',
          subtype: 'ACADEMIC',
          parties: parties.map((participantId, i) => ({
            participantId,
            role: i === 0 ? ('LEAD' as const) : ('PARTNER' as const),
          })),
        },
      });
      noErrors(result);
      const created = result.data?.partnershipCreate?.partnership;
      if (created) partnerships.push({ id: created.id, parties });
      return;
    }
    case 'addParty':
    case 'removeParty': {
      if (partnerships.length === 0) return;
      const input = { partnershipId: pick(partnerships, w.partnership).id, participantId: pick(participants, w.who) };
      return noErrors(
        w.kind === 'addParty'
          ? await execute(app.url, PartnershipAddPartyDocument, { input: { ...input, role: 'PARTNER' } })
          : await execute(app.url, PartnershipRemovePartyDocument, { input }),
      );
    }
    case 'terminate':
      if (partnerships.length === 0) return;
      return noErrors(
        await execute(app.url, PartnershipMoveStageDocument, {
          input: { id: pick(partnerships, w.partnership).id, to: 'TERMINATED', reason: 'property test' },
        }),
      );
  }
}

/** Reads until the incremental figures are exact for the current graph version. */
async function exactHealth() {
  for (let attempt = 0; attempt < 200; attempt++) {
    const { ecosystem } = await executeOk(app.url, EcosystemHealthDocument, {});
    const { provenance } = ecosystem.health;
    if (provenance.exactVersion === provenance.currentVersion) return ecosystem.health;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the incremental figures never caught up');
}

async function expectIncrementalEqualsFull(): Promise<void> {
  const health = await exactHealth();
  // No full recomputation ran: the global figures are still the first computation's.
  expect(health.provenance.version).toBe(fullVersion);
  const byFigure = new Map(health.provenance.figureVersions.map((entry) => [entry.figure, entry.version]));
  expect(byFigure.get('degree')).toBe(health.provenance.currentVersion);
  expect(byFigure.get('density')).toBe(health.provenance.currentVersion);
  expect(byFigure.get('pageRank')).toBe(health.provenance.currentVersion);
  expect(byFigure.get('bridges')).toBe(health.provenance.currentVersion);
  expect(byFigure.get('betweenness')).toBe(fullVersion);
  expect(byFigure.get('modularity')).toBe(fullVersion);

  const gateway = maintenanceGateway(app.driver);
  const full = await new GraphologyEngine().compute(await loadCollaborationGraph(gateway));
  expect({
    participants: health.participants,
    ties: health.ties,
    density: health.density,
    averageDegree: health.averageDegree,
    components: health.components,
    largestComponentShare: health.largestComponentShare,
    transitivity: health.transitivity,
    averageClustering: health.averageClustering,
    bridgeCount: health.bridgeCount,
  }).toEqual({
    participants: full.network.nodeCount,
    ties: full.network.edgeCount,
    density: full.network.density,
    averageDegree: full.network.averageDegree,
    components: full.network.components,
    largestComponentShare: full.network.largestComponentShare,
    transitivity: full.network.transitivity,
    averageClustering: full.network.averageClustering,
    bridgeCount: full.network.bridges.length,
  });

  const { participants: page } = await executeOk(app.url, KarateMetricsDocument, { sector: SECTOR });
  const served = new Map(page.nodes.filter((node) => node.metrics).map((node) => [node.externalId, node.metrics!]));
  const rows = await gateway.readRows({
    cypher: 'MATCH (p:Participant {sector: $sector}) RETURN p.id AS id, p.externalId AS externalId',
    params: { sector: SECTOR },
  });
  const externalIdOf = new Map(rows.map((row) => [String(row.id), String(row.externalId)]));
  const expected = new Map(
    rows.flatMap((row) => {
      const node = full.nodes.get(String(row.id));
      return node ? [[String(row.externalId), { degree: node.degree, weightedDegree: node.weightedDegree }]] : [];
    }),
  );
  expect(
    new Map(
      [...served].map(([id, metrics]) => [id, { degree: metrics.degree, weightedDegree: metrics.weightedDegree }]),
    ),
  ).toEqual(expected);
  // Warm-started from the last version's scores: the full computation's fixed point, to tolerance.
  for (const [id, node] of full.nodes) {
    const metrics = served.get(externalIdOf.get(id)!)!;
    expect(Math.abs(metrics.pageRank - node.pageRank)).toBeLessThan(1e-9);
    expect(Math.abs(metrics.eigenvector - node.eigenvector)).toBeLessThan(1e-6);
  }
  const external = (id: string) => externalIdOf.get(id);
  expect(health.articulationPoints.map((point) => point.externalId).sort()).toEqual(
    full.network.articulationPoints.map((point) => external(point.id)).sort(),
  );
  expect(health.singlePointsOfFailure.map((point) => [point.participant.externalId, point.cutOff]).sort()).toEqual(
    full.network.articulationPoints.map((point) => [external(point.id), point.cutOff]).sort(),
  );
  expect(
    health.bridges.map((bridge) => [...bridge.participants.map((p) => p.externalId)].sort().join(' – ')).sort(),
  ).toEqual(
    full.network.bridges.map((bridge) => [external(bridge.source), external(bridge.target)].sort().join(' – ')).sort(),
  );
}

beforeAll(async () => {
  app = await startTestApp({ ANALYTICS_ENGINE: 'graphology', KPI_DEBOUNCE_MS: NO_FULL_RECOMPUTATION_MS });
  await emptyDatabase(app.driver);
  for (let i = 0; i < 6; i++) await join();
  // The one full computation: every later figure is incremental.
  const { ecosystem } = await executeOk(app.url, EcosystemHealthDocument, {});
  fullVersion = ecosystem.health.provenance.version;
  expect(ecosystem.health.provenance.stale).toBe(false);
}, 120_000);
afterAll(async () => {
  await app.stop();
});

it('sends the incremental figures of a new tie in the next kpisUpdated, the global ones still from the full computation', async () => {
  const client = wsClient(app.url);
  try {
    const kpis = client.subscribe(KpisUpdatedDocument, { scope: 'ECOSYSTEM', initial: true });
    const [first] = await kpis.waitFor(1, 30_000);
    const before = first.kpisUpdated;
    const [a, b] = participants;
    await mutateOk(app.url, PartnershipCreateDocument, {
      input: {
        name: 'A new tie',
        type: 'RESEARCH',
        subtype: 'ACADEMIC',
        parties: [
          { participantId: a, role: 'LEAD' },
          { participantId: b, role: 'PARTNER' },
        ],
      },
    });
    const [, next] = await kpis.waitFor(2, 30_000);
    const update = next.kpisUpdated;
    expect(update.version).toBeGreaterThan(before.version);
    expect(update.fullVersion).toBe(fullVersion);
    expect(update.previousVersion).toBe(before.version);
    const change = new Map(update.network.map((entry) => [entry.metric, entry]));
    expect(change.get('edgeCount')).toMatchObject({ after: (change.get('edgeCount')?.before ?? NaN) + 1 });
    expect(change.get('density')?.after).toBeGreaterThan(change.get('density')?.before ?? Infinity);
    // Global figures are not recomputed by an incremental update, so they cannot have changed.
    expect(change.has('modularity')).toBe(false);
    expect(change.has('resilience')).toBe(false);
  } finally {
    await client.dispose();
  }
});

it('after every write of random sequences (200 writes in all), the incremental figures equal a full recomputation', async () => {
  let writes = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(write, { minLength: 20, maxLength: 20 }), async (sequence) => {
      for (const w of sequence) {
        await apply(w);
        writes += 1;
        await expectIncrementalEqualsFull();
      }
    }),
    { numRuns: 10, endOnFailure: true },
  );
  expect(writes).toBe(200);
  // Every update read the writes' delta; none had to read the whole graph.
  expect(app.services.kpis.incrementalReads.whole).toBe(0);
  expect(app.services.kpis.incrementalReads.delta).toBeGreaterThan(100);
}, 600_000);
