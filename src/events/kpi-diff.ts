/**
 * What changed between two KPI snapshots, for `kpisUpdated` (pure; docs/subscriptions.md).
 * Community ids are only comparable within one computation, so a "community move" is judged by
 * membership: the participant moved when the Jaccard overlap of its community before and after
 * is below one half.
 */
import { CENTRALITY_METRICS, type CentralityMetric } from '../kpi/definitions';
import type { GraphAnalytics, NetworkStructure } from '../kpi/engine';
import { rankings } from '../kpi/rankings';

export interface KpiChange {
  metric: string;
  before: number | null;
  after: number;
}

export interface RankChange {
  metric: CentralityMetric;
  before: number | null;
  after: number;
}

export interface CommunityMove {
  before: number | null;
  after: number;
  /** Jaccard overlap of the two communities' members (0 when the participant is new). */
  overlap: number;
}

export interface ParticipantDiff {
  participantKey: string;
  changes: KpiChange[];
  rankChanges: RankChange[];
  communityMove: CommunityMove | null;
}

/** Differences below this are floating-point noise between equal computations. */
const EPSILON = 1e-12;
const MOVE_OVERLAP = 0.5;

const NETWORK_FIGURES: ((n: NetworkStructure) => [string, number])[] = [
  (n) => ['nodeCount', n.nodeCount],
  (n) => ['edgeCount', n.edgeCount],
  (n) => ['density', n.density],
  (n) => ['averageDegree', n.averageDegree],
  (n) => ['transitivity', n.transitivity],
  (n) => ['averageClustering', n.averageClustering],
  (n) => ['components', n.components],
  (n) => ['largestComponentShare', n.largestComponentShare],
  (n) => ['modularity', n.modularity],
  (n) => ['articulationPoints', n.articulationPoints.length],
  (n) => ['bridges', n.bridges.length],
  (n) => ['resilience', n.resilience],
];

function changed(before: number | null, after: number): boolean {
  return before === null || Math.abs(after - before) > EPSILON;
}

/** Network-level figures that changed (all of them when there is no `before`). */
export function networkChanges(before: NetworkStructure | undefined, after: NetworkStructure): KpiChange[] {
  return NETWORK_FIGURES.flatMap((figure) => {
    const [metric, value] = figure(after);
    const previous = before ? figure(before)[1] : null;
    return changed(previous, value) ? [{ metric, before: previous, after: value }] : [];
  });
}

/** 1-based rank of every participant by a metric (ties: smaller id first), memoised per snapshot. */
export function rankOf(analytics: GraphAnalytics, metric: CentralityMetric): Map<string, number> {
  return rankings(analytics, metric).rankOf;
}

const membersCache = new WeakMap<GraphAnalytics, Map<number, Set<string>>>();

function communityMembers(analytics: GraphAnalytics): Map<number, Set<string>> {
  let members = membersCache.get(analytics);
  if (!members) {
    members = new Map();
    for (const [id, node] of analytics.nodes) {
      let set = members.get(node.community);
      if (!set) members.set(node.community, (set = new Set()));
      set.add(id);
    }
    membersCache.set(analytics, members);
  }
  return members;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const id of a) if (b.has(id)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * A participant's changes; rank changes are reported when |Δrank| ≥ `rankThreshold`.
 * Undefined when the participant is not in `after` (it left the graph).
 */
export function participantDiff(
  before: GraphAnalytics | undefined,
  after: GraphAnalytics,
  participantKey: string,
  rankThreshold: number,
): ParticipantDiff | undefined {
  const now = after.nodes.get(participantKey);
  if (!now) return undefined;
  const then = before?.nodes.get(participantKey);
  const changes = CENTRALITY_METRICS.flatMap((metric) => {
    const previous = then ? then[metric] : null;
    return changed(previous, now[metric]) ? [{ metric, before: previous, after: now[metric] }] : [];
  });
  const rankChanges = CENTRALITY_METRICS.flatMap((metric) => {
    const rankAfter = rankOf(after, metric).get(participantKey) as number;
    const rankBefore = before ? (rankOf(before, metric).get(participantKey) ?? null) : null;
    const moved = rankBefore === null || Math.abs(rankAfter - rankBefore) >= rankThreshold;
    return moved ? [{ metric, before: rankBefore, after: rankAfter }] : [];
  });
  let communityMove: CommunityMove | null = null;
  const membersAfter = communityMembers(after).get(now.community) as Set<string>;
  const membersBefore = then && before ? communityMembers(before).get(then.community) : undefined;
  const overlap = membersBefore ? jaccard(membersBefore, membersAfter) : 0;
  if (overlap < MOVE_OVERLAP) {
    communityMove = { before: then ? then.community : null, after: now.community, overlap };
  }
  return { participantKey, changes, rankChanges, communityMove };
}

/** True when the diff has anything to report. */
export function hasChanges(diff: ParticipantDiff): boolean {
  return diff.changes.length > 0 || diff.rankChanges.length > 0 || diff.communityMove !== null;
}
