/**
 * The KPIs a generated demo ecosystem produces, computed in process from the generated rows
 * with the API's own definitions: the collaboration graph of src/kpi (participants not
 * EXITED, partnerships not TERMINATED), the graphology engine, and the health arithmetic of
 * src/modules/analytics/health.ts over the default 90-day window ending at the anchor.
 */
import type { Batch } from '../src/seed/batches';
import type { CollaborationGraph } from '../src/kpi/collaboration-graph';
import { GraphologyEngine } from '../src/kpi/graphology-engine';
import { gini } from '../src/kpi/inequality/gini';
import { healthFigures, normalisedEntropy } from '../src/modules/analytics/health';
import type { WindowAggregates } from '../src/modules/analytics/window-aggregates';
import type { RowsByKind } from '../src/seed/rows';
import { DAY } from '../src/seed/time';

export interface SeedKpis {
  participants: number;
  partnerships: number;
  nodes: number;
  relationships: number;
  /** Non-exited participants (the nodes of C) and ties between them. */
  collaborators: number;
  ties: number;
  averageDegree: number;
  components: number;
  largestComponentShare: number;
  isolatedShare: number;
  transitivity: number;
  averageClustering: number;
  modularity: number;
  communities10: number;
  maxDegree: number;
  medianDegree: number;
  articulationPoints: number;
  largestCutOff: number;
  resilience: number;
  /** Gini of total value per partnership over partnerships with any value flow. */
  valueGini: number | null;
  /** Share of value in the top 10 % of those partnerships. */
  valueTop10: number;
  terminated: number;
  exited: number;
  activeShare: number;
  churn: number | null;
  engagementTrend: number | null;
  healthScore: number;
}

interface Rows {
  Participant: RowsByKind['Participant'][];
  Partnership: RowsByKind['Partnership'][];
  StageChange: RowsByKind['StageChange'][];
  Interaction: RowsByKind['Interaction'][];
  VALUE_FLOW: RowsByKind['VALUE_FLOW'][];
}

/** Keeps only the rows the KPIs need (the rest is counted and dropped). */
export function collectRows(batches: Iterable<Batch>): { rows: Rows; nodes: number; relationships: number } {
  const rows: Rows = { Participant: [], Partnership: [], StageChange: [], Interaction: [], VALUE_FLOW: [] };
  let nodes = 0;
  let relationships = 0;
  for (const batch of batches) {
    nodes += batch.nodes;
    relationships += batch.relationships;
    if (batch.kind in rows) (rows[batch.kind as keyof Rows] as unknown[]).push(...batch.statement.params.rows);
  }
  return { rows, nodes, relationships };
}

export function collaborationGraph(rows: Rows): CollaborationGraph {
  const present = new Map(rows.Participant.filter((p) => p.status !== 'EXITED').map((p) => [p.id, p]));
  const weights = new Map<string, number>();
  for (const s of rows.Partnership) {
    if (s.stage === 'TERMINATED') continue;
    const ids = [...new Set(s.parties.map((party) => party.participantId))].filter((id) => present.has(id)).sort();
    for (let i = 0; i < ids.length; i += 1)
      for (let j = i + 1; j < ids.length; j += 1) {
        const key = `${ids[i]}|${ids[j]}`;
        weights.set(key, (weights.get(key) ?? 0) + 1);
      }
  }
  return {
    nodes: [...present.values()]
      .map((p) => ({ id: p.id, kind: p.kind, sector: p.sector, region: p.region }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    edges: [...weights.entries()]
      .map(([key, weight]) => {
        const [source, target] = key.split('|') as [string, string];
        return { source, target, weight };
      })
      .sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : 1)),
  };
}

function windowAggregates(rows: Rows, anchor: number): WindowAggregates {
  const from = anchor - 90 * DAY;
  const previousFrom = from - 90 * DAY;
  const at = (iso: string) => Date.parse(iso);
  const present = new Set(rows.Participant.filter((p) => p.status !== 'EXITED').map((p) => p.id));
  const active = new Set<string>();
  let interactionWeight = 0;
  let previousInteractionWeight = 0;
  for (const i of rows.Interaction) {
    const t = at(i.at);
    if (t >= from && t < anchor) {
      interactionWeight += i.weight;
      for (const id of i.participantIds) if (present.has(id)) active.add(id);
    } else if (t >= previousFrom && t < from) previousInteractionWeight += i.weight;
  }
  const terminatedAt = new Map<string, number>();
  for (const c of rows.StageChange) if (c.to === 'TERMINATED') terminatedAt.set(c.partnershipId, at(c.at));
  const started = rows.Partnership.map((s) => ({ id: s.id, t: at(s.startedAt) }));
  return {
    participants: present.size,
    activeParticipants: active.size,
    participantsAtStart: rows.Participant.filter((p) => at(p.joinedAt) < from).length,
    newParticipants: rows.Participant.filter((p) => at(p.joinedAt) >= from && at(p.joinedAt) < anchor).length,
    partnershipsAtStart: started.filter((s) => s.t < from).length,
    newPartnerships: started.filter((s) => s.t >= from && s.t < anchor).length,
    partnershipsActiveAtStart: started.filter((s) => s.t < from && !((terminatedAt.get(s.id) ?? Infinity) < from))
      .length,
    terminatedPartnerships: [...terminatedAt.values()].filter((t) => t >= from && t < anchor).length,
    interactionWeight,
    previousInteractionWeight,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
};

export async function seedKpis(batches: Iterable<Batch>, anchor: number): Promise<SeedKpis> {
  const { rows, nodes, relationships } = collectRows(batches);
  const graph = collaborationGraph(rows);
  const analytics = await new GraphologyEngine().compute(graph);
  const network = analytics.network;
  const degrees = [...analytics.nodes.values()].map((n) => n.degree);
  const connected = degrees.filter((d) => d > 0);
  const communitySizes = new Map<number, number>();
  for (const n of analytics.nodes.values()) communitySizes.set(n.community, (communitySizes.get(n.community) ?? 0) + 1);
  const kinds = new Map<string, number>();
  for (const n of graph.nodes) kinds.set(n.kind, (kinds.get(n.kind) ?? 0) + 1);
  const aggregates = windowAggregates(rows, anchor);
  const health = healthFigures({ structure: network, aggregates, diversity: normalisedEntropy([...kinds.values()]) });

  const value = new Map<string, number>();
  for (const v of rows.VALUE_FLOW) value.set(v.partnershipId, (value.get(v.partnershipId) ?? 0) + v.amount);
  const values = [...value.values()].sort((a, b) => b - a);
  const total = values.reduce((a, b) => a + b, 0);
  const top = values.slice(0, Math.max(1, Math.round(values.length / 10))).reduce((a, b) => a + b, 0);

  return {
    participants: rows.Participant.length,
    partnerships: rows.Partnership.length,
    nodes,
    relationships,
    collaborators: network.nodeCount,
    ties: network.edgeCount,
    averageDegree: network.averageDegree,
    components: network.components,
    largestComponentShare: network.largestComponentShare,
    isolatedShare: degrees.filter((d) => d === 0).length / Math.max(1, degrees.length),
    transitivity: network.transitivity,
    averageClustering: network.averageClustering,
    modularity: network.modularity,
    communities10: [...communitySizes.values()].filter((size) => size >= 10).length,
    maxDegree: Math.max(0, ...connected),
    medianDegree: median(connected),
    articulationPoints: network.articulationPoints.length,
    largestCutOff: Math.max(0, ...network.articulationPoints.map((a) => a.cutOff ?? 0)),
    resilience: network.resilience,
    valueGini: gini(values),
    valueTop10: total > 0 ? top / total : 0,
    terminated: rows.Partnership.filter((s) => s.stage === 'TERMINATED').length,
    exited: rows.Participant.filter((p) => p.status === 'EXITED').length,
    activeShare: health.activeShare,
    churn: health.churn,
    engagementTrend: health.engagementTrend,
    healthScore: health.score,
  };
}
