/**
 * The GDS engine against NetworkX: Zachary's karate club (test/fixtures/karate.json) loaded
 * as participants and partnerships, every centrality of every member and every network KPI
 * compared with the reference; then a small graph that checks the definition of C (EXITED
 * participants and TERMINATED partnerships left out, isolated participants kept) and the
 * handling of dangling nodes; the bridges of the Les Misérables network (test/fixtures/
 * lesmis.json); sweeping projections a crashed computation left behind. Every projection must
 * be gone afterwards.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { App } from '../../src/app';
import { loadCollaborationGraph } from '../../src/kpi/collaboration-graph';
import { CENTRALITY_METRICS } from '../../src/kpi/definitions';
import type { GraphAnalytics } from '../../src/kpi/engine';
import { GdsEngine } from '../../src/kpi/gds-engine';
import { hoeffdingBound } from '../../src/kpi/graphology/source-sampling';
import { dropGraph as dropGraphStatement, LIST_GRAPHS, projectionName } from '../../src/kpi/gds/catalog';
import { loadConfig } from '../../src/config/config';
import type { Driver } from 'neo4j-driver';
import { Gateway, type GatewayOptions, type Tx } from '../../src/db/gateway';
import { deleteData } from '../../src/seed/database';
import { startTestApp } from '../support/test-app';

interface Karate {
  nodes: string[];
  edges: { source: string; target: string; weight: number }[];
  network: {
    nodeCount: number;
    edgeCount: number;
    density: number;
    averageDegree: number;
    transitivity: number;
    averageClustering: number;
    components: number;
    largestComponentShare: number;
    articulationPoints: string[];
    articulationCutOff: Record<string, number>;
    bridges: { source: string; target: string; weight: number; smallerSide: number }[];
    resilience: number;
    louvainModularitySeed42: number;
  };
  centrality: Record<
    'degree' | 'weightedDegree' | 'pageRank' | 'betweenness' | 'closeness' | 'eigenvector',
    Record<string, number>
  >;
  tolerances: { exact: number; iterative: number; modularity: number };
}

const karate = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'karate.json'), 'utf8')) as Karate;

interface Party {
  key: string;
  status?: string;
}

interface Deal {
  parties: string[];
  stage: string;
}

/** Writes participants (by test key) and partnerships; returns test key → participant id. */
async function load(gateway: Gateway, parties: Party[], deals: Deal[]): Promise<Map<string, string>> {
  await deleteData(gateway);
  const ids = new Map(parties.map((party) => [party.key, crypto.randomUUID()]));
  await gateway.writeRows({
    cypher: `UNWIND $rows AS row
CREATE (:Participant {id: row.id, externalId: row.key, name: row.key, kind: 'COMMUNITY', sector: 'Karate Club',
  region: 'Europe', tier: 'STANDARD', status: row.status, joinedAt: datetime(), createdAt: datetime(), updatedAt: datetime()})`,
    params: {
      rows: parties.map((party) => ({ id: ids.get(party.key), key: party.key, status: party.status ?? 'ACTIVE' })),
    },
  });
  await gateway.writeRows({
    cypher: `UNWIND $rows AS row
CREATE (s:Partnership {id: row.id, name: row.name, type: 'RESEARCH', subtype: 'ACADEMIC', stage: row.stage,
  strategicAlignment: 0.5, startedAt: datetime(), createdAt: datetime(), updatedAt: datetime()})
WITH s, row
UNWIND range(0, size(row.parties) - 1) AS i
MATCH (p:Participant {id: row.parties[i]})
CREATE (p)-[:PARTY_TO {role: CASE i WHEN 0 THEN 'LEAD' ELSE 'PARTNER' END}]->(s)`,
    params: {
      rows: deals.map((deal, i) => ({
        id: crypto.randomUUID(),
        name: `${deal.parties.join(' & ')} #${i}`,
        stage: deal.stage,
        parties: deal.parties.map((key) => ids.get(key)),
      })),
    },
  });
  return ids;
}

/** Weighted modularity (NetworkX `community.modularity`, resolution 1) of a partition. */
function modularityOf(
  edges: { source: string; target: string; weight: number }[],
  community: (id: string) => number,
): number {
  const total = edges.reduce((sum, edge) => sum + edge.weight, 0);
  const inside = new Map<number, number>();
  const strength = new Map<number, number>();
  for (const { source, target, weight } of edges) {
    const [a, b] = [community(source), community(target)];
    if (a === b) inside.set(a, (inside.get(a) ?? 0) + weight);
    strength.set(a, (strength.get(a) ?? 0) + weight);
    strength.set(b, (strength.get(b) ?? 0) + weight);
  }
  let q = 0;
  for (const [c, degree] of strength) q += (inside.get(c) ?? 0) / total - (degree / (2 * total)) ** 2;
  return q;
}

/** NetworkX `pagerank` (dangling mass spread uniformly) by plain power iteration. */
function networkxPageRank(nodes: string[], edges: { source: string; target: string; weight: number }[]) {
  const n = nodes.length;
  const strength = new Map(nodes.map((id) => [id, 0]));
  for (const { source, target, weight } of edges) {
    strength.set(source, strength.get(source)! + weight);
    strength.set(target, strength.get(target)! + weight);
  }
  let x = new Map(nodes.map((id) => [id, 1 / n]));
  for (let iteration = 0; iteration < 10_000; iteration++) {
    const dangling = nodes.filter((id) => strength.get(id) === 0).reduce((sum, id) => sum + x.get(id)!, 0);
    const next = new Map(nodes.map((id) => [id, (0.85 * dangling) / n + 0.15 / n]));
    for (const { source, target, weight } of edges) {
      next.set(target, next.get(target)! + (0.85 * x.get(source)! * weight) / strength.get(source)!);
      next.set(source, next.get(source)! + (0.85 * x.get(target)! * weight) / strength.get(target)!);
    }
    const change = nodes.reduce((sum, id) => sum + Math.abs(next.get(id)! - x.get(id)!), 0);
    x = next;
    if (change < 1e-15) break;
  }
  return x;
}

interface LesMis {
  nodes: string[];
  edges: { source: string; target: string; weight: number }[];
  network: Pick<Karate['network'], 'articulationPoints' | 'articulationCutOff' | 'bridges'>;
}

const lesmis = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'lesmis.json'), 'utf8')) as LesMis;

/** Fails every statement calling the given procedure; the others run. */
class FailingGateway extends Gateway {
  projected = false;
  constructor(
    driver: Driver,
    options: GatewayOptions,
    private readonly procedure: string,
  ) {
    super(driver, options);
  }

  // The engine tags its transaction through a scoped gateway: keep failing there too.
  override scoped(): Gateway {
    return this;
  }

  override read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return super.read((tx) =>
      work({
        changed: () => false,
        emit: () => undefined,
        run: (statement) => {
          if (statement.cypher.includes('gds.graph.project(')) this.projected = true;
          if (statement.cypher.includes(this.procedure)) return Promise.reject(new Error(`${this.procedure} refused`));
          return tx.run(statement);
        },
      }),
    );
  }
}

const database = loadConfig({ NODE_ENV: 'test' }).neo4j.database;
let app: App;
let gateway: Gateway;
beforeAll(async () => {
  app = await startTestApp();
  // The engine's own gateway: one computation is one long transaction.
  gateway = new Gateway(app.driver, {
    database,
    queryTimeoutMs: 300_000,
  });
}, 120_000);
afterAll(async () => {
  await app.stop();
});

async function projections(): Promise<string[]> {
  return (await gateway.readRows(LIST_GRAPHS)).map((row) => String(row.graphName));
}

describe("Zachary's karate club", () => {
  let ids: Map<string, string>;
  let member: Map<string, string>;
  let result: GraphAnalytics;
  let wallMs: number;
  const { exact, iterative, modularity } = karate.tolerances;

  beforeAll(async () => {
    ids = await load(
      gateway,
      karate.nodes.map((key) => ({ key })),
      karate.edges.flatMap((edge) =>
        Array.from({ length: edge.weight }, () => ({ parties: [edge.source, edge.target], stage: 'MANAGEMENT' })),
      ),
    );
    member = new Map([...ids].map(([key, id]) => [id, key]));
    const graph = await loadCollaborationGraph(gateway);
    const started = performance.now();
    result = await new GdsEngine(gateway).compute(graph);
    wallMs = performance.now() - started;
  }, 120_000);

  it('computes every centrality of every member as NetworkX does', () => {
    expect(result.engine).toBe('gds');
    expect(result.nodes.size).toBe(karate.nodes.length);
    const tolerance = {
      degree: exact,
      weightedDegree: exact,
      betweenness: exact,
      closeness: exact,
      pageRank: iterative,
      eigenvector: iterative,
    };
    const misses = [];
    for (const [metric, within] of Object.entries(tolerance) as [keyof typeof tolerance, number][]) {
      for (const key of karate.nodes) {
        const value = result.nodes.get(ids.get(key)!)![metric];
        const expected = karate.centrality[metric][key]!;
        if (!(Math.abs(value - expected) <= within)) misses.push({ metric, key, value, expected });
      }
    }
    expect(misses).toEqual([]);
    // Eigenvector included: GDS converged here, the in-process fallback did not run.
    expect(result.provenance.eigenvector).toEqual({ source: 'gds', converged: true });
    expect(result.provenance.centralities).toEqual(Object.fromEntries(CENTRALITY_METRICS.map((m) => [m, 'gds'])));
    expect(result.betweenness).toEqual({ sampled: false, sampleSize: karate.nodes.length, errorBound: 0 });
    // The computation's own time: positive, and within the time the call took around it.
    expect(result.elapsedMs).toBeGreaterThan(0);
    expect(result.elapsedMs).toBeLessThanOrEqual(wallMs);
  });

  it('computes every network KPI as NetworkX does', () => {
    const network = result.network;
    const expected = karate.network;
    expect(network.nodeCount).toBe(expected.nodeCount);
    expect(network.edgeCount).toBe(expected.edgeCount);
    expect(network.components).toBe(expected.components);
    const keys = [
      'density',
      'averageDegree',
      'transitivity',
      'averageClustering',
      'largestComponentShare',
      'resilience',
    ] as const;
    const misses = keys
      .map((key) => ({ key, value: network[key], expected: expected[key] }))
      .filter(({ value, expected }) => !(Math.abs(value - expected) <= exact));
    expect(misses).toEqual([]);
    expect(network.articulationPoints.map((point) => member.get(point.id))).toEqual(expected.articulationPoints);
  });

  it('finds the bridges with GDS, and what they and the articulation points would cut off, as NetworkX does', () => {
    // Ends in participant-id order (random uuids); the reference names them by member.
    const bridges = result.network.bridges.map((bridge) => {
      const [source, target] = [member.get(bridge.source)!, member.get(bridge.target)!].sort();
      return { ...bridge, source, target };
    });
    expect(bridges).toEqual(karate.network.bridges);
    const cutOff = result.network.articulationPoints.map((point) => [member.get(point.id), point.cutOff]);
    expect(Object.fromEntries(cutOff)).toEqual(karate.network.articulationCutOff);
  });

  it('reports the modularity of the Louvain partition it returns, at least as good as NetworkX', () => {
    const community = (key: string) => result.nodes.get(ids.get(key)!)!.community;
    expect(Math.abs(result.network.modularity - modularityOf(karate.edges, community))).toBeLessThanOrEqual(exact);
    // GDS's Louvain finds a better partition than NetworkX's seed 42 (0.4439 vs 0.4266):
    // Louvain is a heuristic, so only "not worse than the reference" is a fair requirement.
    expect(result.network.modularity).toBeGreaterThanOrEqual(karate.network.louvainModularitySeed42 - modularity);
    expect(new Set([...result.nodes.values()].map((node) => node.community)).size).toBeGreaterThan(1);
  });

  it('samples betweenness sources uniformly above the threshold, reproducibly, within its error bound, and says so', async () => {
    const engine = new GdsEngine(gateway, { exactBetweennessMaxNodes: 10, betweennessSampleSize: 17, seed: 7 });
    const graph = await loadCollaborationGraph(gateway);
    const [first, second] = [await engine.compute(graph), await engine.compute(graph)];
    // Uniform sources (in process; GDS 2.13's own sampler is degree-biased): a real bound.
    expect(first.betweenness).toEqual({ sampled: true, sampleSize: 17, errorBound: hoeffdingBound(17) });
    expect(first.provenance.centralities.betweenness).toBe('in-process');
    expect(first.provenance.centralities.closeness).toBe('gds');
    for (const [id, node] of second.nodes) expect(node.betweenness).toBe(first.nodes.get(id)!.betweenness);
    // Only betweenness depends on the sample.
    for (const [id, node] of first.nodes) {
      expect(node.pageRank).toBeCloseTo(result.nodes.get(id)!.pageRank, 12);
      expect(node.closeness).toBe(result.nodes.get(id)!.closeness);
    }
    // Extrapolated by n / k: the scores stay on NetworkX's scale, the top broker on top.
    const top = [...first.nodes].sort(([, a], [, b]) => b.betweenness - a.betweenness)[0]![0];
    expect(member.get(top)).toBe('member-00');
    const meanError =
      karate.nodes.reduce(
        (sum, key) => sum + Math.abs(first.nodes.get(ids.get(key)!)!.betweenness - karate.centrality.betweenness[key]!),
        0,
      ) / karate.nodes.length;
    const maxError = Math.max(
      ...karate.nodes.map((key) =>
        Math.abs(first.nodes.get(ids.get(key)!)!.betweenness - karate.centrality.betweenness[key]!),
      ),
    );
    expect(maxError).toBeLessThanOrEqual(first.betweenness.errorBound!);
    expect(meanError).toBeLessThan(0.05);
    // Unbiased: the sampled scores sum close to the exact ones (GDS's degree-biased sampler
    // overestimated by 2.4× on the large seed).
    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
    const sampledSum = sum(karate.nodes.map((key) => first.nodes.get(ids.get(key)!)!.betweenness));
    const exactSum = sum(karate.nodes.map((key) => karate.centrality.betweenness[key]!));
    expect(sampledSum / exactSum).toBeGreaterThan(0.7);
    expect(sampledSum / exactSum).toBeLessThan(1.3);
  });

  it('drops its projections when an algorithm fails', async () => {
    const failing = new FailingGateway(app.driver, { database, queryTimeoutMs: 300_000 }, 'gds.louvain');
    await expect(new GdsEngine(failing).compute(await loadCollaborationGraph(gateway))).rejects.toThrow(
      'gds.louvain refused',
    );
    expect(failing.projected).toBe(true);
    expect(await projections()).toEqual([]);
  });

  it('drops every projection it made', async () => {
    expect(await projections()).toEqual([]);
  });
});

describe('the collaboration graph C', () => {
  // a–b share two live partnerships (one of them three-party with c); c–d only a TERMINATED
  // one; x is EXITED; e and f have no partnership at all.
  const parties: Party[] = [
    { key: 'a' },
    { key: 'b' },
    { key: 'c' },
    { key: 'd' },
    { key: 'e' },
    { key: 'f', status: 'PROSPECT' },
    { key: 'x', status: 'EXITED' },
  ];
  const deals: Deal[] = [
    { parties: ['a', 'b'], stage: 'MANAGEMENT' },
    { parties: ['a', 'b', 'c'], stage: 'RENEWAL' },
    { parties: ['c', 'd'], stage: 'TERMINATED' },
    { parties: ['a', 'x'], stage: 'MANAGEMENT' },
  ];
  const edges = [
    { source: 'a', target: 'b', weight: 2 },
    { source: 'a', target: 'c', weight: 1 },
    { source: 'b', target: 'c', weight: 1 },
  ];
  let ids: Map<string, string>;
  let result: GraphAnalytics;
  const node = (key: string) => result.nodes.get(ids.get(key)!)!;

  beforeAll(async () => {
    ids = await load(gateway, parties, deals);
    result = await new GdsEngine(gateway).compute(await loadCollaborationGraph(gateway));
  }, 120_000);

  it('keeps isolated participants, leaves out EXITED ones and TERMINATED partnerships', () => {
    expect([...result.nodes.keys()].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f'].map((key) => ids.get(key)).sort());
    expect(result.network).toMatchObject({
      nodeCount: 6,
      edgeCount: 3,
      components: 4,
      articulationPoints: [],
      bridges: [],
    });
    expect(result.network.density).toBeCloseTo(3 / 15, 12);
    expect(result.network.largestComponentShare).toBeCloseTo(0.5, 12);
    expect([node('a'), node('b'), node('c'), node('d')].map((n) => [n.degree, n.weightedDegree])).toEqual([
      [2, 3],
      [2, 3],
      [2, 2],
      [0, 0],
    ]);
  });

  it('spreads the rank of dangling (isolated) participants as NetworkX does', () => {
    const reference = networkxPageRank(['a', 'b', 'c', 'd', 'e', 'f'], edges);
    for (const [key, expected] of reference) expect(Math.abs(node(key).pageRank - expected)).toBeLessThanOrEqual(1e-9);
    const sum = [...result.nodes.values()].reduce((total, n) => total + n.pageRank, 0);
    expect(sum).toBeCloseTo(1, 12);
  });

  it('gives the other KPIs their NetworkX values on a disconnected graph', () => {
    // Leading eigenvector of [[0,2,1],[2,0,1],[1,1,0]]: λ = 1 + √3, c = 2a / λ, unit norm.
    const lambda = 1 + Math.sqrt(3);
    const a = 1 / Math.sqrt(2 + (2 / lambda) ** 2);
    expect(node('a').eigenvector).toBeCloseTo(a, 6);
    expect(node('c').eigenvector).toBeCloseTo((2 * a) / lambda, 6);
    expect(node('e').eigenvector).toBeCloseTo(0, 12);
    // Wasserman–Faust: (r − 1) / Σd × (r − 1) / (n − 1), r = 3 reachable, Σd = 2.
    expect(node('a').closeness).toBeCloseTo(0.4, 12);
    expect(node('f').closeness).toBe(0);
    expect(['a', 'b', 'c', 'd'].map((key) => node(key).betweenness)).toEqual([0, 0, 0, 0]);
    expect(result.network.transitivity).toBeCloseTo(1, 12);
    expect(result.network.averageClustering).toBeCloseTo(0.5, 12);
    // The triangle is one community, each isolated participant its own.
    expect(new Set(['a', 'b', 'c'].map((key) => node(key).community)).size).toBe(1);
    expect(new Set(['a', 'd', 'e', 'f'].map((key) => node(key).community)).size).toBe(4);
    expect(result.network.modularity).toBeCloseTo(0, 12);
    // ⌈5 % of 6⌉ = 1 removed (a or b: degree 2, weighted 3): the largest component keeps 2 of 3.
    expect(result.network.resilience).toBeCloseTo(2 / 3, 12);
  });

  it('drops every projection it made', async () => {
    expect(await projections()).toEqual([]);
  });
});

describe('the Les Misérables network: 18 bridges, 8 articulation points', () => {
  it('finds every bridge with its weight and smaller side, and every cut-off, as NetworkX does', async () => {
    const ids = await load(
      gateway,
      lesmis.nodes.map((key) => ({ key })),
      lesmis.edges.flatMap((edge) =>
        Array.from({ length: edge.weight }, () => ({ parties: [edge.source, edge.target], stage: 'MANAGEMENT' })),
      ),
    );
    const character = new Map([...ids].map(([key, id]) => [id, key]));
    const result = await new GdsEngine(gateway).compute(await loadCollaborationGraph(gateway));
    const bridges = result.network.bridges
      .map((bridge) => {
        const [source, target] = [character.get(bridge.source)!, character.get(bridge.target)!].sort();
        return { ...bridge, source, target };
      })
      .sort((a, b) => a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
    expect(bridges).toHaveLength(18);
    expect(bridges).toEqual(lesmis.network.bridges);
    const cutOff = result.network.articulationPoints.map((point) => [character.get(point.id), point.cutOff]);
    expect(Object.fromEntries(cutOff)).toEqual(lesmis.network.articulationCutOff);
    expect(await projections()).toEqual([]);
  });
});

describe('projections left behind by a crashed computation', () => {
  /** A one-node projection under the given name, as a crashed computation would leave it. */
  async function leave(name: string): Promise<void> {
    await gateway.readRows({
      cypher: 'WITH gds.graph.project($name, 1, null) AS graph RETURN graph.graphName AS graphName',
      params: { name },
    });
  }

  it('are dropped before the next computation; a projection in use and other names are kept', async () => {
    await load(gateway, [{ key: 'a' }, { key: 'b' }], [{ parties: ['a', 'b'], stage: 'MANAGEMENT' }]);
    const crashed = crypto.randomUUID();
    await leave(projectionName(crashed, 0));
    await leave(projectionName(crashed, 1));
    await leave('ecograph-kpi-stale');
    await leave('not-ours');

    // A computation in flight elsewhere: its transaction is open, tagged with its compute id.
    const running = crypto.randomUUID();
    const session = app.driver.session({ database });
    const transaction = session.beginTransaction({ metadata: { kpiCompute: running } });
    try {
      await transaction.run('WITH gds.graph.project($name, 1, null) AS graph RETURN graph.graphName', {
        name: projectionName(running, 0),
      });
      const before = await projections();
      expect(before).toEqual(
        expect.arrayContaining([projectionName(crashed, 0), projectionName(running, 0), 'ecograph-kpi-stale']),
      );

      const engine = new GdsEngine(gateway);
      const result = await engine.compute(await loadCollaborationGraph(gateway));
      expect(engine.sweepError).toBeUndefined();
      expect(result.network.edgeCount).toBe(1);
      expect(await projections()).toEqual([projectionName(running, 0), 'not-ours'].sort());
    } finally {
      await transaction.rollback();
      await session.close();
    }

    // Its transaction over, the running computation's projection is a leftover too.
    expect(await new GdsEngine(gateway).sweepLeftovers()).toEqual([projectionName(running, 0)]);
    await gateway.readRows(dropGraphStatement('not-ours'));
    expect(await projections()).toEqual([]);
  });
});

describe('eigenvector centrality where GDS cannot converge', () => {
  it('still gives the leading eigenvector of a long path', async () => {
    // On a path the two leading eigenvalues are close: power iteration needs thousands of
    // supersteps, and GDS overflows after ~320 (see gds/eigenvector-fallback.ts).
    const k = 40;
    const keys = Array.from({ length: k }, (_, i) => `p${String(i).padStart(2, '0')}`);
    const ids = await load(
      gateway,
      keys.map((key) => ({ key })),
      keys.slice(1).map((key, i) => ({ parties: [keys[i]!, key], stage: 'MANAGEMENT' })),
    );
    const result = await new GdsEngine(gateway).compute(await loadCollaborationGraph(gateway));
    // GDS's result was refused; the in-process kernel ran and converged.
    expect(result.provenance.eigenvector).toEqual({ source: 'in-process', converged: true });
    expect(result.provenance.centralities.eigenvector).toBe('in-process');
    expect(result.provenance.centralities.pageRank).toBe('gds');
    // x_i = √(2 / (k + 1)) · sin(iπ / (k + 1)), i = 1..k.
    const misses = keys
      .map((key, i) => ({
        key,
        value: result.nodes.get(ids.get(key)!)!.eigenvector,
        expected: Math.sqrt(2 / (k + 1)) * Math.sin(((i + 1) * Math.PI) / (k + 1)),
      }))
      .filter(({ value, expected }) => !(Math.abs(value - expected) <= karate.tolerances.iterative));
    expect(misses).toEqual([]);
    expect(await projections()).toEqual([]);
  });
});

describe('graphs without an edge or a participant', () => {
  it('computes isolated participants only', async () => {
    const ids = await load(gateway, [{ key: 'a' }, { key: 'b' }], []);
    const result = await new GdsEngine(gateway).compute(await loadCollaborationGraph(gateway));
    expect(result.network).toMatchObject({ nodeCount: 2, edgeCount: 0, components: 2, modularity: 0 });
    expect(result.network.largestComponentShare).toBe(0.5);
    // One of two removed: the other is still a component of one.
    expect(result.network.resilience).toBe(1);
    expect(result.nodes.get(ids.get('a')!)!.pageRank).toBeCloseTo(0.5, 12);
    expect(await projections()).toEqual([]);
  });

  it('computes an empty ecosystem', async () => {
    await deleteData(gateway);
    const result = await new GdsEngine(gateway).compute(await loadCollaborationGraph(gateway));
    expect(result.network.nodeCount).toBe(0);
    expect(result.nodes.size).toBe(0);
    expect(await projections()).toEqual([]);
  });
});
