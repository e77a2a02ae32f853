/**
 * `drawableGraph`: the whole collaboration graph in one request, on the small demo seed.
 * Compared with the collaboration graph the KPIs are computed on and with `participant.metrics`;
 * then the bounds (first, edge cap, cost limit) and disclosure levels.
 */
import type { App } from '../../src/app';
import { loadCollaborationGraph, type CollaborationGraph } from '../../src/kpi/collaboration-graph';
import { expectGlobalId } from '../../src/core/global-id';
import { deleteData } from '../../src/seed/database';
import { seedDemoEcosystem } from '../../src/seed/seed';
// Every array of the drawing: the explorer's own query GraphDrawing (web/src/graph/graph.graphql).
import {
  GraphDrawingDocument as DrawableGraphDocument,
  DrawableGraphStructureDocument,
  DrawingMetricsDocument,
  type GraphDrawingQuery as DrawableGraphQuery,
  type DrawingMetricsQuery,
} from '../generated/operations';
import { authHeader } from '../support/auth';
import { execute, executeOk } from '../support/graphql-client';
import { startTestApp } from '../support/test-app';

let app: App;
let graph: CollaborationGraph;
type Metrics = NonNullable<DrawingMetricsQuery['participants']['nodes'][number]['metrics']>;
const metricsById = new Map<string, Metrics>();
let drawing: DrawableGraphQuery['drawableGraph'];

beforeAll(async () => {
  app = await startTestApp();
  await deleteData(app.gateway);
  await seedDemoEcosystem(app.gateway, { size: 'small', seed: 7, anchor: '2026-06-30' });
  graph = await loadCollaborationGraph(app.gateway);
  drawing = (await executeOk(app.url, DrawableGraphDocument, { first: 1_000, significantDigits: 17 })).drawableGraph;
  let after: string | null = null;
  for (;;) {
    const page: DrawingMetricsQuery = await executeOk(app.url, DrawingMetricsDocument, { after });
    for (const participant of page.participants.nodes) {
      if (participant.metrics) metricsById.set(participant.id, participant.metrics);
    }
    if (!page.participants.pageInfo.hasNextPage) break;
    after = page.participants.pageInfo.endCursor ?? null;
  }
}, 120_000);
afterAll(async () => {
  await app.stop();
});

const key = (globalId: string) => expectGlobalId(globalId, 'Participant');

describe('drawableGraph', () => {
  it('has exactly the participants and ties of the collaboration graph, with their weights', () => {
    expect(drawing.totalNodes).toBe(graph.nodes.length);
    expect(drawing.totalEdges).toBe(graph.edges.length);
    expect(drawing.truncated).toBe(false);
    expect(drawing.identities).toBe(true);
    const ids = drawing.nodes.id!.map(key);
    expect([...ids].sort()).toEqual(graph.nodes.map((node) => node.id).sort());
    expect(drawing.nodes.label).toHaveLength(ids.length);
    const drawn = drawing.edges.source.map((source, j) => {
      const [a, b] = [ids[source]!, ids[drawing.edges.target[j]!]!].sort();
      return `${a}|${b}|${drawing.edges.weight[j]}`;
    });
    expect(drawn.sort()).toEqual(graph.edges.map((edge) => `${edge.source}|${edge.target}|${edge.weight}`).sort());
  });

  it('gives every participant its kind, sector and region by dictionary index', () => {
    const ids = drawing.nodes.id!.map(key);
    const info = new Map(graph.nodes.map((node) => [node.id, node]));
    ids.forEach((id, i) => {
      expect(drawing.kinds[drawing.nodes.kind[i]!]).toBe(info.get(id)!.kind);
      expect(drawing.sectors[drawing.nodes.sector[i]!]).toBe(info.get(id)!.sector);
      expect(drawing.regions[drawing.nodes.region[i]!]).toBe(info.get(id)!.region);
      expect(drawing.statuses[drawing.nodes.status[i]!]).not.toBe('EXITED');
    });
  });

  it('lists one partnership class per shared partnership, never TERMINATED', () => {
    drawing.edges.partnerships.forEach((classes, j) => expect(classes).toHaveLength(drawing.edges.weight[j]!));
    expect(drawing.partnershipClasses.length).toBeGreaterThan(1);
    expect(drawing.partnershipClasses.map((c) => c.stage)).not.toContain('TERMINATED');
  });

  it('carries the same metrics as participant.metrics (exact with 17 digits)', () => {
    const ids = drawing.nodes.id!;
    expect(metricsById.size).toBe(ids.length);
    ids.forEach((id, i) => {
      const metrics = metricsById.get(id)!;
      expect({
        degree: drawing.nodes.degree[i],
        weightedDegree: drawing.nodes.weightedDegree[i],
        pageRank: drawing.nodes.pageRank[i],
        betweenness: drawing.nodes.betweenness[i],
        closeness: drawing.nodes.closeness[i],
        eigenvector: drawing.nodes.eigenvector[i],
        community: drawing.nodes.community[i],
      }).toEqual(metrics);
    });
  });

  it('rounds float metrics to the significant digits asked for', async () => {
    const rounded = (await executeOk(app.url, DrawableGraphDocument, { first: 1_000 })).drawableGraph;
    rounded.nodes.pageRank.forEach((value, i) => {
      const exact = drawing.nodes.pageRank[i]!;
      expect(Math.abs(value - exact)).toBeLessThanOrEqual(Math.abs(exact) * 5e-6);
    });
    expect(rounded.nodes.pageRank.some((value, i) => value !== drawing.nodes.pageRank[i])).toBe(true);
  });

  it('orders nodes by component, the largest first, and cuts at `first`', async () => {
    const components = drawing.nodes.component;
    expect(components.every((c, i) => i === 0 || c >= components[i - 1]!)).toBe(true);
    const sizes = new Map<number, number>();
    for (const c of components) sizes.set(c, (sizes.get(c) ?? 0) + 1);
    expect(Math.max(...sizes.values())).toBe(sizes.get(0));

    const cut = (await executeOk(app.url, DrawableGraphDocument, { first: 25 })).drawableGraph;
    expect(cut.truncated).toBe(true);
    expect(cut.nodes.id).toEqual(drawing.nodes.id!.slice(0, 25));
    expect(cut.totalNodes).toBe(drawing.totalNodes);
    expect(cut.edges.source.length).toBeGreaterThan(0);
    expect(cut.edges.source.length).toBeLessThanOrEqual(4 * 25);
    expect([...cut.edges.source, ...cut.edges.target].every((index) => index < 25)).toBe(true);
  });

  it('costs one round trip (the graph version) when the snapshot and details are warm', async () => {
    const warm = await execute(
      app.url,
      DrawableGraphStructureDocument,
      { first: 100 },
      {
        'x-ecograph-round-trips': '1',
      },
    );
    expect(warm.errors).toBeUndefined();
    expect(warm.extensions?.roundTrips).toBe(1);
  });

  it('refuses `first` and `significantDigits` outside their bounds, saying the range', async () => {
    for (const variables of [
      { first: 0 },
      { first: 20_001 },
      { first: 10, significantDigits: 0 },
      { first: 10, significantDigits: 18 },
    ]) {
      const result = await execute(app.url, DrawableGraphStructureDocument, variables as { first: number });
      if ('significantDigits' in variables) {
        const full = await execute(app.url, DrawableGraphDocument, variables);
        expect(full.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(full.errors?.[0]?.message).toMatch(/"significantDigits" must be between 1 and 17/);
      } else {
        expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0]?.message).toMatch(/"first" must be between 1 and 20000/);
      }
    }
  });

  it('fits the medium seed (first: 10,000, every array) under the cost limit and refuses 20,000 by cost', async () => {
    const medium = await execute(app.url, DrawableGraphDocument, { first: 10_000 });
    expect(medium.errors).toBeUndefined();
    const refused = await execute(app.url, DrawableGraphDocument, { first: 20_000 });
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
    // Fewer arrays cost less: the structure alone of 20,000 nodes fits.
    const structure = await execute(app.url, DrawableGraphStructureDocument, { first: 20_000 });
    expect(structure.errors).toBeUndefined();
  });

  it('hides ids and labels under AGGREGATE disclosure (VIEWER by default), keeps structure and metrics', async () => {
    const viewer = (
      await executeOk(
        app.url,
        DrawableGraphDocument,
        { first: 1_000, significantDigits: 17 },
        await authHeader('VIEWER'),
      )
    ).drawableGraph;
    expect(viewer.identities).toBe(false);
    expect(viewer.nodes.id).toBeNull();
    expect(viewer.nodes.label).toBeNull();
    expect(viewer.nodes.degree).toEqual(drawing.nodes.degree);
    expect(viewer.nodes.pageRank).toEqual(drawing.nodes.pageRank);
    expect(viewer.edges).toEqual(drawing.edges);
    const analyst = (
      await executeOk(app.url, DrawableGraphStructureDocument, { first: 10 }, await authHeader('ANALYST'))
    ).drawableGraph;
    expect(analyst.identities).toBe(true);
  });
});
