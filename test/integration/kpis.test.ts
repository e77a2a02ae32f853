/**
 * Network KPIs through the API, on Zachary's karate club loaded with the API's own
 * mutations, compared with NetworkX's reference values (test/fixtures/karate.json), for
 * each engine; then freshness: a write makes the cached KPIs stale until the debounced
 * recomputation lands with a newer graph version.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { App } from '../../src/app';
import {
  BrokersDocument,
  CommunitiesDocument,
  EcosystemHealthDocument,
  KarateMetricsDocument,
  ParticipantCreateDocument,
  PartnershipCreateDocument,
} from '../generated/operations';
import { executeOk, mutateOk } from '../support/graphql-client';
import { emptyDatabase } from '../support/graph';
import { startTestApp } from '../support/test-app';

interface Karate {
  nodes: string[];
  edges: { source: string; target: string; weight: number }[];
  network: Record<string, number | string[]> & {
    bridges: { source: string; target: string; weight: number; smallerSide: number }[];
    articulationCutOff: Record<string, number>;
  };
  centrality: Record<
    'degree' | 'weightedDegree' | 'pageRank' | 'betweenness' | 'closeness' | 'eigenvector',
    Record<string, number>
  >;
  tolerances: { exact: number; iterative: number; modularity: number };
}

const karate = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'karate.json'), 'utf8')) as Karate;
const SECTOR = 'Karate Club';
const ids = new Map<string, string>();

async function loadKarate(app: App): Promise<void> {
  await emptyDatabase(app.driver);
  for (const member of karate.nodes) {
    const result = await mutateOk(app.url, ParticipantCreateDocument, {
      input: { name: member, kind: 'COMMUNITY', sector: SECTOR, region: 'Europe', externalId: member },
    });
    ids.set(member, result.participantCreate.participant!.id);
  }
  for (const edge of karate.edges) {
    for (let i = 0; i < edge.weight; i++) {
      const result = await mutateOk(app.url, PartnershipCreateDocument, {
        input: {
          name: `${edge.source} and ${edge.target} #${i + 1}`,
          type: 'RESEARCH',
          subtype: 'ACADEMIC',
          parties: [
            { participantId: ids.get(edge.source)!, role: 'LEAD' },
            { participantId: ids.get(edge.target)!, role: 'PARTNER' },
          ],
        },
      });
      expect(result.partnershipCreate.userErrors).toEqual([]);
    }
  }
}

/** Newman's weighted modularity of a partition of the karate club (weights = shared partnerships). */
function weightedModularity(communityOf: Map<string, number>): number {
  const total = karate.edges.reduce((sum, edge) => sum + edge.weight, 0);
  const inside = new Map<number, number>();
  const degree = new Map<number, number>();
  for (const { source, target, weight } of karate.edges) {
    const [a, b] = [communityOf.get(source)!, communityOf.get(target)!];
    if (a === b) inside.set(a, (inside.get(a) ?? 0) + weight);
    degree.set(a, (degree.get(a) ?? 0) + weight);
    degree.set(b, (degree.get(b) ?? 0) + weight);
  }
  let q = 0;
  for (const [community, d] of degree) q += (inside.get(community) ?? 0) / total - (d / (2 * total)) ** 2;
  return q;
}

async function waitForFresh(app: App) {
  for (let attempt = 0; attempt < 200; attempt++) {
    const { ecosystem } = await executeOk(app.url, EcosystemHealthDocument, {});
    if (!ecosystem.health.provenance.stale) return ecosystem.health;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('KPIs stayed stale');
}

describe.each(['graphology', 'gds'] as const)('KPIs with the %s engine', (engine) => {
  let app: App;
  beforeAll(async () => {
    app = await startTestApp({ ANALYTICS_ENGINE: engine, KPI_DEBOUNCE_MS: '200' });
    await loadKarate(app);
  }, 300_000);
  afterAll(async () => {
    await app.stop();
  });

  it('every centrality of every member matches NetworkX', async () => {
    await waitForFresh(app);
    const { participants } = await executeOk(app.url, KarateMetricsDocument, { sector: SECTOR });
    expect(participants.nodes).toHaveLength(karate.nodes.length);
    const { exact, iterative } = karate.tolerances;
    for (const node of participants.nodes) {
      const member = node.externalId!;
      const metrics = node.metrics!;
      expect(metrics.degree).toBe(karate.centrality.degree[member]);
      expect(Math.abs(metrics.weightedDegree - karate.centrality.weightedDegree[member]!)).toBeLessThanOrEqual(exact);
      expect(Math.abs(metrics.betweenness - karate.centrality.betweenness[member]!)).toBeLessThanOrEqual(exact);
      expect(Math.abs(metrics.closeness - karate.centrality.closeness[member]!)).toBeLessThanOrEqual(exact);
      expect(Math.abs(metrics.pageRank - karate.centrality.pageRank[member]!)).toBeLessThanOrEqual(iterative);
      expect(Math.abs(metrics.eigenvector - karate.centrality.eigenvector[member]!)).toBeLessThanOrEqual(iterative);
    }
  });

  it('the network KPIs match NetworkX', async () => {
    const health = await waitForFresh(app);
    const { exact, modularity } = karate.tolerances;
    expect(health.provenance.engine).toBe(engine);
    expect(health.participants).toBe(karate.network.nodeCount);
    expect(health.ties).toBe(karate.network.edgeCount);
    for (const key of [
      'density',
      'averageDegree',
      'transitivity',
      'averageClustering',
      'largestComponentShare',
      'resilience',
    ] as const) {
      expect(Math.abs(health[key] - (karate.network[key] as number))).toBeLessThanOrEqual(exact);
    }
    expect(health.components).toBe(karate.network.components);
    expect(health.articulationPoints.map((p) => p.externalId)).toEqual(karate.network.articulationPoints);
    // The one bridge (member-00 – member-11, weight 3, cutting off 1) and member-00 cutting off 6.
    expect(health.bridgeCount).toBe(karate.network.bridges.length);
    expect(
      health.bridges.map((bridge) => {
        // Participants come in participant-id order; the reference names them by member.
        const [source, target] = bridge.participants.map((p) => p.externalId!).sort();
        return { source, target, weight: bridge.weight, smallerSide: bridge.smallerSide };
      }),
    ).toEqual(karate.network.bridges);
    expect(
      Object.fromEntries(health.singlePointsOfFailure.map((point) => [point.participant.externalId, point.cutOff])),
    ).toEqual(karate.network.articulationCutOff);
    // Louvain is randomised: NetworkX itself lands between its seed-42 result (0.4266) and its
    // best over 200 seeds (0.4449); an engine must be within that range, widened by 0.01.
    expect(health.modularity).toBeGreaterThanOrEqual((karate.network.louvainModularitySeed42 as number) - modularity);
    expect(health.modularity).toBeLessThanOrEqual((karate.network.louvainModularityBest as number) + modularity);
    expect(health.diversity).toBe(0);
    expect(health.score).toBeGreaterThanOrEqual(0);
    expect(health.score).toBeLessThanOrEqual(100);
  });

  it('explains the health score: the value of each part from the raw figures, points = 100 × weight × value, summing to the score', async () => {
    const health = await waitForFresh(app);
    // The parts' values as docs/kpis.md defines them, from the figures the same answer carries.
    const trend = health.engagementTrend;
    const expected = {
      ACTIVE_SHARE: health.activeShare,
      LARGEST_COMPONENT_SHARE: health.largestComponentShare,
      RESILIENCE: Math.min(health.resilience, 1),
      DIVERSITY: health.diversity,
      PARTNERSHIP_RETENTION: 1 - Math.min(health.churn ?? 0, 1),
      // With no earlier window to compare, the part is 1 when there was any activity.
      ENGAGEMENT_TREND: trend === null ? (health.activeParticipants > 0 ? 1 : 0) : Math.min(trend, 1),
    };
    const weights = {
      ACTIVE_SHARE: health.weights.activeShare,
      LARGEST_COMPONENT_SHARE: health.weights.largestComponentShare,
      RESILIENCE: health.weights.resilience,
      DIVERSITY: health.weights.diversity,
      PARTNERSHIP_RETENTION: health.weights.partnershipRetention,
      ENGAGEMENT_TREND: health.weights.engagementTrend,
    };
    expect(health.contributions.map((c) => c.part).sort()).toEqual(Object.keys(expected).sort());
    for (const contribution of health.contributions) {
      expect(contribution.weight).toBe(weights[contribution.part]);
      expect(contribution.value).toBeCloseTo(expected[contribution.part], 12);
      expect(contribution.points).toBeCloseTo(100 * contribution.weight * contribution.value, 12);
    }
    expect(health.contributions.reduce((sum, c) => sum + c.points, 0)).toBeCloseTo(health.score, 9);
    expect(Object.values(weights).reduce((sum, w) => sum + w, 0)).toBeCloseTo(1, 12);
  });

  it('ranks the brokers by betweenness as NetworkX does', async () => {
    const { centrality } = await executeOk(app.url, BrokersDocument, {
      metric: 'BETWEENNESS',
      top: 5,
      filter: { sector: [SECTOR] },
    });
    const expected = Object.entries(karate.centrality.betweenness)
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .slice(0, 5)
      .map(([member]) => member);
    expect(centrality.entries.map((entry) => entry.participant.externalId)).toEqual(expected);
    expect(centrality.entries.map((entry) => entry.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(centrality.matched).toBe(karate.nodes.length);
  });

  it('groups the club into Louvain communities: the partition of the members, its densities and modularity', async () => {
    await waitForFresh(app);
    const { participants } = await executeOk(app.url, KarateMetricsDocument, { sector: SECTOR });
    const communityOf = new Map(participants.nodes.map((node) => [node.externalId!, node.metrics!.community]));
    const partition = new Map<number, string[]>();
    for (const [member, community] of communityOf)
      partition.set(community, [...(partition.get(community) ?? []), member]);
    expect(partition.size).toBeGreaterThanOrEqual(2);

    const { communities } = await executeOk(app.url, CommunitiesDocument, { first: 10, minSize: 2 });
    expect(communities.total).toBe(partition.size);
    // Largest first, ties by id; each community is the set of members the metrics put in it.
    const expectedOrder = [...partition.entries()]
      .filter(([, members]) => members.length >= 2)
      .sort(([a, x], [b, y]) => y.length - x.length || a - b);
    expect(communities.communities.map((c) => [c.id, c.size])).toEqual(expectedOrder.map(([id, m]) => [id, m.length]));
    for (const community of communities.communities) {
      const members = new Set(partition.get(community.id));
      expect(community.members.length).toBe(Math.min(5, members.size));
      expect(community.members.every((member) => members.has(member.externalId!))).toBe(true);
      const inside = karate.edges.filter((edge) => members.has(edge.source) && members.has(edge.target)).length;
      expect(community.internalDensity).toBeCloseTo(inside / ((members.size * (members.size - 1)) / 2), 12);
    }
    // The reported modularity is that of this very partition (weighted, resolution 1).
    expect(Math.abs(communities.modularity - weightedModularity(communityOf))).toBeLessThanOrEqual(1e-9);
  });

  it('says where the eigenvector came from and that it converged', async () => {
    const health = await waitForFresh(app);
    // On the karate club GDS converges: no in-process fallback in the GDS engine.
    expect(health.provenance).toMatchObject({
      engine,
      eigenvectorSource: engine === 'gds' ? 'gds' : 'in-process',
      eigenvectorConverged: true,
    });
  });

  it('a write makes the KPIs stale; after the debounce they reflect it with a newer version', async () => {
    const before = await waitForFresh(app);
    const newcomer = await mutateOk(app.url, ParticipantCreateDocument, {
      input: { name: 'member-34', kind: 'INDIVIDUAL', sector: SECTOR, region: 'Europe' },
    });
    await mutateOk(app.url, PartnershipCreateDocument, {
      input: {
        name: 'newcomer joins',
        type: 'RESEARCH',
        subtype: 'ACADEMIC',
        parties: [
          { participantId: newcomer.participantCreate.participant!.id, role: 'LEAD' },
          { participantId: ids.get('member-00')!, role: 'PARTNER' },
        ],
      },
    });
    const immediately = (await executeOk(app.url, EcosystemHealthDocument, {})).ecosystem.health;
    expect(immediately.provenance.stale).toBe(true);
    expect(immediately.provenance.version).toBe(before.provenance.version);
    expect(immediately.provenance.currentVersion).toBeGreaterThan(before.provenance.version);
    // The global figures are those of the last computation; the participant count is an
    // incremental figure, exact for `exactVersion` (docs/kpis.md, "Incremental figures").
    const counted = immediately.provenance.exactVersion > before.provenance.version ? 1 : 0;
    expect(immediately.participants).toBe(before.participants + counted);
    expect(immediately.modularity).toBe(before.modularity);

    const after = await waitForFresh(app);
    expect(after.provenance.version).toBeGreaterThan(before.provenance.version);
    expect(after.participants).toBe(before.participants + 1);
    expect(after.ties).toBe(before.ties + 1);
  });
});
