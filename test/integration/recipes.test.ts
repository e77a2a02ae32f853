/**
 * docs/recipes.md, run verbatim (issue 19, item 3): every recipe in the page is executed as
 * written against the demo ecosystem, and its answer is checked against an independent
 * computation over the same data — Cypher aggregates, or brute force on a collaboration graph
 * the test reads itself — never against the API's own figures. A recipe without a check, or a
 * check without a recipe, fails the suite, so the page and the test cannot drift apart.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import Graph, { UndirectedGraph } from 'graphology';
import { parse } from 'graphql';
import { connectedComponents } from 'graphology-components';
import { parse as parseGexf } from 'graphology-gexf';
import betweenness from 'graphology-metrics/centrality/betweenness';
import type { App } from '../../src/app';
import { fixedClock } from '../../src/core/clock';
import { toGlobalId } from '../../src/core/global-id';
import { currentTie } from '../../src/model/party-tie';
import { deleteData } from '../../src/seed/database';
import { seedDemoEcosystem } from '../../src/seed/seed';
import { authHeader, TEST_JWT_SECRET } from '../support/auth';
import { partnershipWithParties, raiseRisk } from '../support/event-fixtures';
import { wsClient } from '../support/ws-client';
import { startTestApp } from '../support/test-app';
import { testNeo4jTarget } from '../support/test-neo4j';

jest.setTimeout(600_000);

const ROOT = path.resolve(__dirname, '../..');
const ANCHOR = '2026-06-30';
const NOW = '2026-07-01T00:00:00.000Z';
const run = promisify(execFile);

interface Recipe {
  name: string;
  language: 'graphql' | 'sh';
  text: string;
  /** The JSON variables block under the recipe, when it has one. */
  variables?: Record<string, unknown>;
}

/** The recipes of docs/recipes.md: a `<!-- recipe: name -->` marker, its code block, an optional JSON block. */
function readRecipes(): Recipe[] {
  const page = fs.readFileSync(path.join(ROOT, 'docs/recipes.md'), 'utf8');
  const marker = /<!-- recipe: ([a-z-]+) -->\s*```(graphql|sh)\n([\s\S]*?)```(?:\s*```json\n([\s\S]*?)```)?/g;
  return [...page.matchAll(marker)].map(([, name, language, text, variables]) => ({
    name: name ?? '',
    language: language as Recipe['language'],
    text: text ?? '',
    variables: variables ? (JSON.parse(variables) as Record<string, unknown>) : undefined,
  }));
}

let app: App;
let home: string;
/** The collaboration graph, read here with its own statement (participant ids as keys). */
let collaboration: UndirectedGraph;

async function post(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await authHeader('ANALYST')) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`recipe failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function rows(cypher: string, params: Record<string, unknown> = {}) {
  return app.gateway.readRows({ cypher, params });
}

async function readCollaboration(): Promise<UndirectedGraph> {
  const graph = new UndirectedGraph();
  for (const row of await rows(`MATCH (p:Participant) WHERE p.status <> 'EXITED' RETURN p.id AS id`)) {
    graph.addNode(toGlobalId('Participant', String(row.id)));
  }
  const ties =
    await rows(`MATCH (a:Participant)-${currentTie('ra')}->(s:Partnership)<-${currentTie('rb')}-(b:Participant)
WHERE a.id < b.id AND s.stage <> 'TERMINATED' AND a.status <> 'EXITED' AND b.status <> 'EXITED'
RETURN DISTINCT a.id AS a, b.id AS b`);
  for (const row of ties)
    graph.addEdge(toGlobalId('Participant', String(row.a)), toGlobalId('Participant', String(row.b)));
  return graph;
}

const componentCount = (graph: Graph) => connectedComponents(graph).length;

/** Breadth-first hop distances from `source`. */
function distancesFrom(graph: Graph, source: string): Map<string, number> {
  const distance = new Map([[source, 0]]);
  const queue = [source];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as string;
    graph.forEachNeighbor(node, (next) => {
      if (!distance.has(next)) {
        distance.set(next, (distance.get(node) ?? 0) + 1);
        queue.push(next);
      }
    });
  }
  return distance;
}

/** Participants of `node`'s component cut off from the largest piece left without it. */
function cutOffBy(graph: Graph, node: string): number {
  const component = connectedComponents(graph).find((members) => members.includes(node)) ?? [];
  const without = graph.copy();
  without.dropNode(node);
  const pieces = connectedComponents(without).filter((members) => members.some((member) => component.includes(member)));
  const largest = Math.max(0, ...pieces.map((piece) => piece.length));
  return component.length - 1 - largest;
}

interface LiveEvent {
  ecosystemEvents: { sequence: number; kind: string; at: string; summary: string; subjectId: string };
}

type Entry = { rank: number; value: number; participant: { id: string } };
const ids = new Map<string, string>();

/** Independent checks, by recipe name. Each gets the recipe's answer. */
const CHECKS: Record<string, (data: Record<string, unknown>) => Promise<void> | void> = {
  brokers(data) {
    const entries = (data.centrality as { entries: Entry[] }).entries;
    const reference = betweenness(collaboration, { normalized: true });
    const top = Object.values(reference)
      .sort((a, b) => b - a)
      .slice(0, 10);
    expect(entries.map((entry) => entry.value)).toEqual(top.map((value) => expect.closeTo(value, 9)));
    for (const entry of entries) expect(entry.value).toBeCloseTo(reference[entry.participant.id] ?? Number.NaN, 9);
    ids.set('broker', entries[0]?.participant.id ?? '');
  },
  hubs(data) {
    const entries = (data.centrality as { entries: Entry[] }).entries;
    const degrees = collaboration.mapNodes((node) => collaboration.degree(node)).sort((a, b) => b - a);
    expect(entries.map((entry) => entry.value)).toEqual(degrees.slice(0, 10));
    for (const entry of entries) expect(entry.value).toBe(collaboration.degree(entry.participant.id));
  },
  async 'health-drivers'(data) {
    type Part = { part: string; basis: string; value: number; weight: number; points: number };
    type Health = {
      score: number;
      contributions: Part[];
      participants: number;
      components: number;
      largestComponentShare: number;
    };
    const health = (data.ecosystem as { health: Health }).health;
    const sum = health.contributions.reduce((total, part) => total + part.points, 0);
    expect(sum).toBeCloseTo(health.score, 9);
    for (const part of health.contributions) expect(part.points).toBeCloseTo(100 * part.weight * part.value, 9);
    const components = connectedComponents(collaboration);
    const largest = Math.max(...components.map((members) => members.length));
    expect(health.participants).toBe(collaboration.order);
    expect(health.components).toBe(components.length);
    expect(health.largestComponentShare).toBeCloseTo(largest / collaboration.order, 12);
    const share = health.contributions.find((part) => part.part === 'LARGEST_COMPONENT_SHARE');
    expect(share?.value).toBeCloseTo(largest / collaboration.order, 12);

    // The basis is true: a window a year earlier changes the parts taken from the window's
    // events and leaves those computed on today's graph as they are.
    const withWindow = recipeText('health-drivers')
      .replace('query HealthDrivers {', 'query HealthDrivers($window: WindowInput) {')
      .replace('ecosystem {', 'ecosystem(window: $window) {');
    const earlier = await post(withWindow, { window: { from: '2025-04-01T00:00:00Z', to: '2025-07-01T00:00:00Z' } });
    const before = new Map(
      (earlier.ecosystem as { health: Health }).health.contributions.map((part) => [part.part, part.value]),
    );
    expect(new Set(health.contributions.map((part) => part.basis))).toEqual(
      new Set(['WINDOW_EVENTS', 'CURRENT_GRAPH']),
    );
    for (const part of health.contributions.filter((candidate) => candidate.basis === 'CURRENT_GRAPH')) {
      expect([part.part, before.get(part.part)]).toEqual([part.part, part.value]);
    }
    const windowed = health.contributions.filter((part) => part.basis === 'WINDOW_EVENTS');
    expect(windowed.some((part) => before.get(part.part) !== part.value)).toBe(true);
  },
  bridges(data) {
    const health = (data.ecosystem as { health: unknown }).health as {
      bridgeCount: number;
      bridges: { smallerSide: number; participants: { id: string }[] }[];
    };
    const before = componentCount(collaboration);
    const smallerSides = new Map<string, number>();
    collaboration.forEachEdge((edge, _attributes, source, target) => {
      const without = collaboration.copy();
      without.dropEdge(edge);
      if (componentCount(without) === before) return;
      const side = connectedComponents(without).find((members) => members.includes(source)) ?? [];
      const other = connectedComponents(without).find((members) => members.includes(target)) ?? [];
      smallerSides.set([source, target].sort().join('|'), Math.min(side.length, other.length));
    });
    expect(health.bridgeCount).toBe(smallerSides.size);
    const largest = [...smallerSides.values()].sort((a, b) => b - a).slice(0, 5);
    expect(health.bridges.map((bridge) => bridge.smallerSide)).toEqual(largest);
    for (const bridge of health.bridges) {
      const key = bridge.participants
        .map((participant) => participant.id)
        .sort()
        .join('|');
      expect([key, smallerSides.get(key)]).toEqual([key, bridge.smallerSide]);
    }
  },
  'single-points-of-failure'(data) {
    const points = (data.ecosystem as { health: unknown }).health as {
      singlePointsOfFailure: { cutOff: number; participant: { id: string } }[];
    };
    const cutOffs = collaboration
      .mapNodes((node) => cutOffBy(collaboration, node))
      .filter((cutOff) => cutOff > 0)
      .sort((a, b) => b - a);
    expect(points.singlePointsOfFailure.map((point) => point.cutOff)).toEqual(cutOffs.slice(0, 5));
    for (const point of points.singlePointsOfFailure) {
      expect(point.cutOff).toBe(cutOffBy(collaboration, point.participant.id));
    }
  },
  async 'value-concentration'(data) {
    const answer = data.valueConcentration as {
      totalVolume: number;
      participants: number;
      gini: number;
      elephantFactor: number;
    };
    const volumes = (
      await rows(
        `MATCH (a:Participant)-[f:VALUE_FLOW]->(b:Participant)
WHERE f.correctedBy IS NULL AND f.at >= datetime($from) AND f.at < datetime($to)
UNWIND [a.id, b.id] AS id
RETURN id, sum(f.amount) AS volume`,
        { from: '2026-01-01T00:00:00Z', to: NOW },
      )
    )
      .map((row) => Number(row.volume))
      .filter((volume) => volume > 0)
      .sort((a, b) => a - b);
    const total = volumes.reduce((sum, volume) => sum + volume, 0);
    const n = volumes.length;
    const gini = (2 * volumes.reduce((sum, volume, i) => sum + (i + 1) * volume, 0)) / (n * total) - (n + 1) / n;
    let carried = 0;
    let elephants = 0;
    for (const volume of [...volumes].reverse()) {
      if (carried >= total / 2) break;
      carried += volume;
      elephants += 1;
    }
    expect(answer.participants).toBe(n);
    expect(answer.totalVolume).toBeCloseTo(total, 6);
    expect(answer.gini).toBeCloseTo(gini, 9);
    expect(answer.elephantFactor).toBe(elephants);
  },
  async 'value-by-month'(data) {
    const forecast = data.forecast as {
      history: { periodStart: string; value: number; events: number }[];
      points: unknown[];
    };
    expect(forecast.points).toHaveLength(3);
    const months = await rows(
      `MATCH (:Participant)-[f:VALUE_FLOW]->(:Participant)
WHERE f.correctedBy IS NULL AND f.kind <> 'COST' AND f.at >= datetime($from) AND f.at < datetime($to)
WITH datetime({year: f.at.year, month: f.at.month, day: 1}) AS month, f
RETURN toString(month) AS month, sum(f.amount) AS value, count(f) AS events`,
      { from: '2024-07-01T00:00:00Z', to: NOW },
    );
    const byMonth = new Map(months.map((row) => [new Date(String(row.month)).toISOString(), row]));
    expect(forecast.history).toHaveLength(24);
    expect(forecast.history[0]?.periodStart).toBe('2024-07-01T00:00:00.000Z');
    for (const point of forecast.history) {
      const month = byMonth.get(point.periodStart);
      expect([point.periodStart, point.value, point.events]).toEqual([
        point.periodStart,
        expect.closeTo(Number(month?.value ?? 0), 6),
        Number(month?.events ?? 0),
      ]);
    }
    expect(forecast.history.some((point) => point.value > 0)).toBe(true);
  },
  async communities(data) {
    type Community = { id: number; size: number; internalDensity: number; kinds: { share: number }[] };
    const answer = data.communities as { total: number; modularity: number; communities: Community[] };
    // The partition, participant by participant, as the API's metrics give it; every figure of
    // the recipe is recomputed from it on the test's own graph.
    const communityOf = new Map<string, number>();
    let after: string | null = null;
    do {
      const page = (await post(
        `query($after: String) { participants(first: 100, after: $after) { nodes { id status metrics { community } }
          pageInfo { hasNextPage endCursor } } }`,
        { after },
      )) as {
        participants: {
          nodes: { id: string; status: string; metrics: { community: number } | null }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      };
      for (const node of page.participants.nodes) {
        if (node.metrics && node.status !== 'EXITED') communityOf.set(node.id, node.metrics.community);
      }
      after = page.participants.pageInfo.hasNextPage ? page.participants.pageInfo.endCursor : null;
    } while (after);
    const members = new Map<number, string[]>();
    for (const [id, community] of communityOf) members.set(community, [...(members.get(community) ?? []), id]);
    const sizes = [...members.values()].map((group) => group.length).filter((size) => size >= 2);
    expect(answer.total).toBe(members.size);
    expect(answer.communities.map((community) => community.size)).toEqual(sizes.sort((a, b) => b - a).slice(0, 5));
    for (const community of answer.communities) {
      const group = members.get(community.id) ?? [];
      let internal = 0;
      collaboration.forEachEdge((_edge, _attributes, a, b) => {
        if (group.includes(a) && group.includes(b)) internal += 1;
      });
      expect(community.internalDensity).toBeCloseTo(internal / ((group.length * (group.length - 1)) / 2), 12);
      expect(community.kinds.reduce((sum, kind) => sum + kind.share, 0)).toBeCloseTo(1, 12);
    }
    // Weighted modularity (NetworkX's definition, resolution 1) of that partition on C.
    const weighted =
      await rows(`MATCH (a:Participant)-${currentTie('ra')}->(s:Partnership)<-${currentTie('rb')}-(b:Participant)
WHERE a.id < b.id AND s.stage <> 'TERMINATED' AND a.status <> 'EXITED' AND b.status <> 'EXITED'
RETURN a.id AS a, b.id AS b, count(DISTINCT s) AS w`);
    const strength = new Map<string, number>();
    let total = 0;
    let inside = 0;
    for (const row of weighted) {
      const [a, b, w] = [
        toGlobalId('Participant', String(row.a)),
        toGlobalId('Participant', String(row.b)),
        Number(row.w),
      ];
      strength.set(a, (strength.get(a) ?? 0) + w);
      strength.set(b, (strength.get(b) ?? 0) + w);
      total += w;
      if (communityOf.get(a) === communityOf.get(b)) inside += w;
    }
    const byCommunity = new Map<number, number>();
    for (const [id, s] of strength)
      byCommunity.set(communityOf.get(id) ?? -1, (byCommunity.get(communityOf.get(id) ?? -1) ?? 0) + s);
    const expected = inside / total - [...byCommunity.values()].reduce((sum, s) => sum + (s / (2 * total)) ** 2, 0);
    expect(answer.modularity).toBeCloseTo(expected, 9);
  },
  async 'weekly-engagement'(data) {
    type Week = { start: string; interactions: number; weight: number; participants: number };
    const answer = (data.ecosystem as { engagement: { interactionsByPeriod: Week[] } }).engagement;
    const records = await rows(
      `MATCH (i:Interaction) WHERE i.correctedBy IS NULL AND i.at >= datetime($from) AND i.at < datetime($to)
OPTIONAL MATCH (p:Participant)-[:ENGAGED_IN]->(i)
RETURN i.at AS at, i.weight AS weight, collect(p.id) AS engaged`,
      { from: '2026-01-05T00:00:00Z', to: '2026-07-06T00:00:00Z' },
    );
    const weeks = new Map<string, { interactions: number; weight: number; participants: Set<string> }>();
    for (const record of records) {
      const at = record.at as Date;
      const monday = new Date(
        Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() - ((at.getUTCDay() + 6) % 7)),
      );
      const engaged = record.engaged as string[];
      if (engaged.length === 0) continue;
      const week = weeks.get(monday.toISOString()) ?? { interactions: 0, weight: 0, participants: new Set<string>() };
      week.interactions += 1;
      week.weight += Number(record.weight);
      for (const id of engaged) week.participants.add(id);
      weeks.set(monday.toISOString(), week);
    }
    expect(answer.interactionsByPeriod.length).toBeGreaterThan(20);
    expect(
      Object.fromEntries(
        answer.interactionsByPeriod.map((week) => [week.start, [week.interactions, week.weight, week.participants]]),
      ),
    ).toEqual(
      Object.fromEntries(
        [...weeks].map(([start, week]) => [
          start,
          [week.interactions, expect.closeTo(week.weight, 9), week.participants.size],
        ]),
      ),
    );
  },
  async search(data) {
    const hits = data.search as { node: { id: string; name: string; region: string } }[];
    const matching = await rows(
      `MATCH (p:Participant)
WHERE any(field IN [p.name, p.sector, p.region, p.externalId] WHERE toLower(field) =~ '(^|.*[^a-z0-9])robot.*')
RETURN count(p) AS n`,
    );
    expect(hits).toHaveLength(Math.min(10, Number(matching[0]?.n)));
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      const [row] = await rows(
        `MATCH (p:Participant {id: $id}) RETURN [p.name, p.sector, p.region, p.externalId] AS fields`,
        { id: Buffer.from(hit.node.id, 'base64url').toString().split(':')[1] },
      );
      expect((row?.fields as string[]).some((field) => /(^|[^a-z0-9])robot/.test(field.toLowerCase()))).toBe(true);
    }
  },
  async 'value-by-region'(data) {
    const answer = data.breakdown as { total: number; totalValue: number; buckets: { key: string; value: number }[] };
    const window = { from: '2025-07-01T00:00:00Z', to: NOW };
    const flows = `MATCH (a:Participant)-[f:VALUE_FLOW]->(b:Participant)
WHERE f.correctedBy IS NULL AND f.kind <> 'COST' AND f.at >= datetime($from) AND f.at < datetime($to)`;
    const [total] = await rows(`${flows} RETURN count(f) AS flows, sum(f.amount) AS value`, window);
    const regions = await rows(
      `${flows} UNWIND [a.region, b.region] AS region WITH DISTINCT f, region RETURN region, sum(f.amount) AS value`,
      window,
    );
    expect(answer.total).toBe(Number(total?.flows));
    expect(answer.totalValue).toBeCloseTo(Number(total?.value), 4);
    expect(Object.fromEntries(answer.buckets.map((bucket) => [bucket.key, bucket.value]))).toEqual(
      Object.fromEntries(regions.map((row) => [String(row.region), expect.closeTo(Number(row.value), 4)])),
    );
  },
  async 'pipeline-by-stage'(data) {
    const answer = data.breakdown as { total: number; buckets: { key: string; count: number }[] };
    const stages = await rows('MATCH (s:Partnership) RETURN s.stage AS stage, count(*) AS n');
    expect(answer.total).toBe(stages.reduce((sum, row) => sum + Number(row.n), 0));
    expect(Object.fromEntries(answer.buckets.map((bucket) => [bucket.key, bucket.count]))).toEqual(
      Object.fromEntries(stages.map((row) => [String(row.stage), Number(row.n)])),
    );
  },
  async 'regions-and-sectors'(data) {
    const facets = data.facets as Record<'regions' | 'sectors', { value: string; count: number }[]>;
    for (const [field, property] of [
      ['regions', 'region'],
      ['sectors', 'sector'],
    ] as const) {
      const counted = await rows(
        `MATCH (p:Participant) WHERE p.status <> 'EXITED' RETURN p.${property} AS value, count(*) AS n`,
      );
      expect(Object.fromEntries(facets[field].map((facet) => [facet.value, facet.count]))).toEqual(
        Object.fromEntries(counted.map((row) => [String(row.value), Number(row.n)])),
      );
    }
  },
  async 'partnerships-of-a-participant'(data) {
    const participant = data.participant as { partnerships: { totalCount: number; nodes: { stage: string }[] } };
    const stages = await rows(
      `MATCH (p:Participant {id: $id})-${currentTie('r')}->(s:Partnership) RETURN s.stage AS stage`,
      {
        id: Buffer.from(ids.get('broker') ?? '', 'base64url')
          .toString()
          .split(':')[1],
      },
    );
    expect(participant.partnerships.totalCount).toBe(stages.length);
    expect(participant.partnerships.nodes.map((node) => node.stage).sort()).toEqual(
      stages.map((row) => String(row.stage)).sort(),
    );
    expect(stages.length).toBeGreaterThan(1);
  },
  'recommended-partners'(data) {
    const recommendations = data.recommendPartners as { score: number; participant: { id: string } }[];
    const source = ids.get('broker') ?? '';
    const neighbours = new Set(collaboration.neighbors(source));
    const scores = new Map<string, number>();
    for (const z of neighbours) {
      for (const v of collaboration.neighbors(z)) {
        if (v === source || neighbours.has(v)) continue;
        scores.set(v, (scores.get(v) ?? 0) + 1 / Math.log(collaboration.degree(z)));
      }
    }
    const best = [...scores.values()].sort((a, b) => b - a).slice(0, 5);
    expect(recommendations.map((recommendation) => recommendation.score)).toEqual(
      best.map((score) => expect.closeTo(score, 9)),
    );
    for (const recommendation of recommendations) {
      expect(recommendation.score).toBeCloseTo(scores.get(recommendation.participant.id) ?? Number.NaN, 9);
    }
  },
  async 'at-risk-partnerships'(data) {
    type Item = { partnership: { id: string }; reasons: { code: string }[] };
    const report = data.atRiskPartnerships as { asOf: string; totalCount: number; partnerships: Item[] };
    expect(report.partnerships).toHaveLength(report.totalCount);
    const asOf = Date.parse(report.asOf);
    expect(asOf).toBe(Date.parse(NOW));
    // Each partnership's raw stage history and goals, worked out here: its stage at `asOf` and
    // since when, whether it is running, stalled (EVALUATION/NEGOTIATION > 90 days), overdue.
    const facts = await rows(
      `MATCH (s:Partnership)
OPTIONAL MATCH (s)-[:HAD_STAGE]->(c:StageChange)
WITH s, collect({to: c.to, at: c.at, id: c.id}) AS changes
OPTIONAL MATCH (g:Goal)-[:FOR]->(s)
RETURN s.id AS id, s.stage AS stage, changes, collect({due: g.due, actual: g.actual, target: g.target}) AS goals`,
    );
    const running = new Set<string>();
    const stalled = new Set<string>();
    const overdue = new Set<string>();
    for (const row of facts) {
      type Change = { to: string | null; at: Date | null; id: string | null };
      const changes = (row.changes as Change[])
        .filter((change) => change.at !== null && change.at.getTime() <= asOf)
        .sort(
          (a, b) => (b.at as Date).getTime() - (a.at as Date).getTime() || String(b.id).localeCompare(String(a.id)),
        );
      const stage = changes[0]?.to ?? String(row.stage);
      const since = changes[0]?.at ?? null;
      if (stage === 'IDENTIFICATION' || stage === 'TERMINATED') continue;
      const id = toGlobalId('Partnership', String(row.id));
      running.add(id);
      if (['EVALUATION', 'NEGOTIATION'].includes(stage) && since && (asOf - since.getTime()) / 86_400_000 > 90) {
        stalled.add(id);
      }
      type GoalFacts = { due: Date | null; actual: number | null; target: number | null };
      const late = (row.goals as GoalFacts[]).some(
        (goal) =>
          goal.due !== null && goal.target !== null && goal.due.getTime() < asOf && (goal.actual ?? 0) < goal.target,
      );
      if (late) overdue.add(id);
    }
    const withReason = (code: string) =>
      new Set(
        report.partnerships.filter((item) => item.reasons.some((r) => r.code === code)).map((i) => i.partnership.id),
      );
    expect(stalled.size + overdue.size).toBeGreaterThan(0);
    expect(withReason('STALLED_STAGE')).toEqual(stalled);
    expect(withReason('OVERDUE_GOALS')).toEqual(overdue);
    for (const item of report.partnerships) expect(running.has(item.partnership.id)).toBe(true);
  },
  async 'overdue-goals'(data) {
    type Node = { id: string; status: string; due: string; attainment: number | null };
    const goals = data.goals as { totalCount: number; nodes: Node[] };
    const expected = await rows(
      'MATCH (g:Goal) WHERE g.due < datetime($before) RETURN g.id AS id, g.actual AS actual, g.target AS target',
      { before: NOW },
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(goals.totalCount).toBe(expected.length);
    expect(goals.nodes).toHaveLength(Math.min(100, expected.length));
    const byId = new Map(expected.map((row) => [toGlobalId('Goal', String(row.id)), row]));
    for (const node of goals.nodes) {
      const row = byId.get(node.id);
      expect(row).toBeDefined();
      const [actual, target] = [Number(row?.actual ?? 0), Number(row?.target)];
      expect(node.status).toBe(actual >= target ? 'MET' : 'OVERDUE');
      expect(node.attainment).toBeCloseTo(actual / target, 12);
    }
    const dues = goals.nodes.map((node) => Date.parse(node.due));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
  },
  'introduction-path'(data) {
    const path = data.collaborationPath as { hops: number; participants: { id: string }[]; partnerships: unknown[] };
    const from = ids.get('broker') ?? '';
    const to = ids.get('far') ?? '';
    expect(path.hops).toBe(distancesFrom(collaboration, from).get(to));
    expect(path.participants.map((participant) => participant.id)).toEqual([
      from,
      ...path.participants.slice(1, -1).map((participant) => participant.id),
      to,
    ]);
    path.participants.slice(1).forEach((participant, i) => {
      expect(collaboration.hasEdge(path.participants[i]?.id ?? '', participant.id)).toBe(true);
    });
    expect(path.partnerships).toHaveLength(path.hops);
  },
};

/** Real ids for the recipes whose variables name participants. */
function variablesFor(recipe: Recipe): Record<string, unknown> {
  const given = recipe.variables ?? {};
  const real: Record<string, Record<string, unknown>> = {
    'partnerships-of-a-participant': { id: ids.get('broker') },
    'recommended-partners': { id: ids.get('broker') },
    'introduction-path': { from: ids.get('broker'), to: ids.get('far') },
  };
  const substituted = real[recipe.name];
  if (substituted) expect(Object.keys(substituted).sort()).toEqual(Object.keys(given).sort());
  return { ...given, ...substituted };
}

const recipes = readRecipes();
const recipeText = (name: string) => recipes.find((recipe) => recipe.name === name)?.text ?? '';

beforeAll(async () => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'ecograph-recipes-'));
  app = await startTestApp({}, { clock: fixedClock(NOW) });
  await deleteData(app.gateway);
  await seedDemoEcosystem(app.gateway, { size: 'small', seed: 42, anchor: ANCHOR });
  collaboration = await readCollaboration();
});

afterAll(async () => {
  await app?.stop();
  fs.rmSync(home, { recursive: true, force: true });
});

it('has an independent check for every recipe in docs/recipes.md, and a recipe for every check', () => {
  expect(recipes.length).toBeGreaterThanOrEqual(20);
  const ownTests = ['export-to-gephi', 'live-activity'];
  expect(recipes.map((recipe) => recipe.name).sort()).toEqual([...Object.keys(CHECKS), ...ownTests].sort());
});

// In page order: the first recipes' answers give the later ones their ids, as they would a reader.
it.each(
  recipes
    .filter((recipe) => recipe.language === 'graphql' && !recipe.text.startsWith('subscription'))
    .map((recipe) => [recipe.name, recipe] as const),
)('recipe "%s" answers what an independent computation says', async (name, recipe) => {
  if (name === 'introduction-path') {
    const distances = distancesFrom(collaboration, ids.get('broker') ?? '');
    const far = [...distances].filter(([, hops]) => hops >= 3).sort(([a], [b]) => a.localeCompare(b))[0];
    ids.set('far', far?.[0] ?? '');
  }
  // Whole-graph KPIs are computed on first use: read until this graph version's are in.
  let data: Record<string, unknown> | undefined;
  for (let attempt = 0; !data; attempt++) {
    try {
      data = await post(recipe.text, variablesFor(recipe));
    } catch (error) {
      if (attempt > 20 || !String(error).includes('DEADLINE_EXCEEDED')) throw error;
    }
  }
  await CHECKS[name]?.(data);
});

it('recipe "export-to-gephi" writes the collaboration graph as its command says', async () => {
  const recipe = recipes.find((candidate) => candidate.name === 'export-to-gephi');
  const [npx, command, ...args] = (recipe?.text ?? '').trim().split(/\s+/);
  expect([npx, command]).toEqual(['npx', 'ecograph']);
  const target = testNeo4jTarget();
  await run(process.execPath, [path.join(ROOT, 'scripts/bin/ecograph.cjs'), ...args], {
    cwd: home,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      NEO4J_URI: target.uri,
      NEO4J_USER: target.user,
      NEO4J_PASSWORD: target.password,
      ECOGRAPH_HOME: home,
      AUTH_JWT_SECRET: TEST_JWT_SECRET,
    },
  });
  const graph = parseGexf(Graph, fs.readFileSync(path.join(home, 'ecosystem.gexf'), 'utf8'));
  expect([graph.order, graph.size]).toEqual([collaboration.order, collaboration.size]);
  collaboration.forEachEdge((_edge, _attributes, source, target) => expect(graph.hasEdge(source, target)).toBe(true));
});

it('recipe "live-activity" delivers a change as it is committed, numbered as the outbox records it', async () => {
  const client = wsClient(app.url, { connectionParams: async () => authHeader('ANALYST') });
  try {
    await client.connected;
    const document = parse(recipeText('live-activity')) as TypedDocumentNode<LiveEvent, Record<string, never>>;
    const feed = client.subscribe(document);
    const { id } = await partnershipWithParties(app.url, app.gateway, '2026-06-01T00:00:00Z');
    // The server starts listening once it has the subscription: raise risks until one arrives.
    let event: LiveEvent | undefined;
    for (let attempt = 0; !event && attempt < 10; attempt++) {
      await raiseRisk(app.url, id, `Recipe risk ${attempt}`, '2026-09-30T00:00:00Z');
      event = (await feed.waitFor(1, 3_000).catch(() => []))[0];
    }
    const live = event?.ecosystemEvents;
    expect(live).toMatchObject({ kind: 'RISK_RAISED', summary: expect.stringContaining('Recipe risk') });
    const [recorded] = await rows(`MATCH (e:OutboxEvent {sequence: $sequence}) RETURN e.kind AS kind, e.body AS body`, {
      sequence: live?.sequence,
    });
    expect(recorded?.kind).toBe('RISK_RAISED');
    expect(String(recorded?.body)).toContain(live?.summary.match(/Recipe risk \d+/)?.[0] ?? 'missing');
  } finally {
    await client.dispose();
  }
});
