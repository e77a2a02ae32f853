/**
 * Network KPIs: ecosystem health, participant metrics, centrality rankings, communities.
 * Structural values come from the KPI cache (never computed per request); window-based
 * values from one aggregate statement, cached by graph version and window (kpi-reads.ts).
 */
import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  Info,
  InputType,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { compareIds } from '../../kpi/graphology/graph';
import { latestVersionOf, type KpiRead } from '../../kpi/kpi-cache';
import { CENTRALITY_METRICS } from '../../kpi/definitions';
import { EXACT_NETWORK_FIGURES, EXACT_NODE_FIGURES, NETWORK_FIGURE_NAMES } from '../../kpi/incremental/exact-figures';
import { BadRequestError } from '../../core/errors';
import { loadNode } from '../../graphql/resolve';
import { canonicalFilter, valueFilterDescription } from '../../graphql/text-filters';
import { resolveWindow, WindowInput, type Window } from '../../core/window';
import type { RequestContext } from '../../context/context';
import { ParticipantKind } from '../participant/participant.enums';
import { Participant, PARTICIPANT_NODE } from '../participant/participant.type';
import { requestNow } from '../../context/context';
import { KpiWindow } from '../scorecard/window.type';
import {
  BridgeTie,
  CentralityEntry,
  CentralityMetricName,
  CentralityRanking,
  Community,
  CommunityList,
  HealthContribution,
  type HealthPartName,
  KpiBasisName,
  HealthWeights,
  FigureVersion,
  KpiProvenance,
  NetworkHealth,
  ParticipantMetrics,
  SinglePointOfFailure,
} from './analytics.types';
import { HEALTH_WEIGHTS, healthFigures, normalisedEntropy } from './health';
import { cachedWindowKpi, requestKpis } from './kpi-reads';
import { rankings, shares } from './rankings';
import { windowAggregates, type WindowAggregates } from './window-aggregates';
import { DerivedFrom } from '../../auth/derivation';

/** Every figure the KPIs report and the version it is exact for (exact-figures.ts lists the incremental ones). */
function figureVersions(read: KpiRead): FigureVersion[] {
  const exact = new Set<string>([...EXACT_NODE_FIGURES, ...EXACT_NETWORK_FIGURES]);
  const figures = [...CENTRALITY_METRICS, 'community', ...NETWORK_FIGURE_NAMES];
  return figures.map((figure) =>
    Object.assign(new FigureVersion(), { figure, version: exact.has(figure) ? latestVersionOf(read) : read.version }),
  );
}

function provenance(read: KpiRead): KpiProvenance {
  const { analytics } = read;
  return Object.assign(new KpiProvenance(), {
    version: read.version,
    currentVersion: read.currentVersion,
    stale: read.stale,
    computedAt: read.computedAt,
    restored: read.restored === true,
    exactVersion: latestVersionOf(read),
    figureVersions: figureVersions(read),
    engine: analytics.engine,
    elapsedMs: analytics.elapsedMs,
    betweennessSampled: analytics.betweenness.sampled,
    betweennessSampleSize: analytics.betweenness.sampleSize,
    betweennessErrorBound: analytics.betweenness.errorBound,
    eigenvectorSource: analytics.provenance.eigenvector.source,
    eigenvectorConverged: analytics.provenance.eigenvector.converged,
  });
}

/** Participants by id through the request's loader (one batched round trip). */
async function participants(ctx: RequestContext, ids: string[]): Promise<Participant[]> {
  const loaded = await Promise.all(ids.map((id) => loadNode(ctx, null, PARTICIPANT_NODE, id)));
  return loaded.filter((participant): participant is Participant => participant !== null);
}

async function participantsById(ctx: RequestContext, ids: string[]): Promise<Map<string, Participant>> {
  return new Map((await participants(ctx, ids)).map((participant) => [participant.key, participant]));
}

/** Key part of a window KPI: the window exactly (cached results are per window). */
export function windowKey(window: Window): string {
  return `${window.from.toISOString()}|${window.to.toISOString()}`;
}

const MINUTE_MS = 60_000;

/**
 * The end of the default window: the start of the next minute rather than this millisecond,
 * so dashboard reads within one minute ask for the same window and share a cached result
 * (everything recorded up to now is inside it).
 */
export function defaultWindowEnd(now: Date): Date {
  return new Date((Math.floor(now.getTime() / MINUTE_MS) + 1) * MINUTE_MS);
}

function inRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadRequestError(`"${name}" must be between ${min} and ${max} (got ${value})`);
  }
  return value;
}

@InputType({ description: 'Which participants a ranking considers.' })
export class CentralityFilter {
  @Field(() => [ParticipantKind], { nullable: true }) kind?: ParticipantKind[] | null;
  @Field(() => [String], { nullable: true, description: valueFilterDescription('Sectors') })
  sector?: string[] | null;
  @Field(() => [String], { nullable: true, description: valueFilterDescription('Regions') })
  region?: string[] | null;
}

@ArgsType()
export class CentralityArgs {
  @Field(() => CentralityMetricName) metric!: CentralityMetricName;
  @Field(() => Int, { defaultValue: 10, description: '1..100.' }) top: number = 10;
  @Field(() => CentralityFilter, { nullable: true }) filter?: CentralityFilter | null;
}

@ObjectType({ description: 'The ecosystem as a whole over a time window.' })
export class Ecosystem {
  @Field(() => KpiWindow, { description: 'The window every figure below is computed over.' })
  window!: KpiWindow;
}

@Resolver(() => Ecosystem)
export class EcosystemResolver {
  @Query(() => Ecosystem, {
    description: 'Ecosystem-level KPIs over a window (default: the 90 days up to the start of the next minute).',
  })
  ecosystem(
    @Arg('window', () => WindowInput, { nullable: true }) window: WindowInput | null,
    @Ctx() ctx: RequestContext,
  ): Ecosystem {
    const resolved = resolveWindow(window, defaultWindowEnd(requestNow(ctx)));
    return Object.assign(new Ecosystem(), { window: KpiWindow.of(resolved) });
  }

  @FieldResolver(() => NetworkHealth)
  async health(@Root() ecosystem: Ecosystem, @Ctx() ctx: RequestContext): Promise<NetworkHealth> {
    const [read, [row]] = await Promise.all([
      requestKpis(ctx),
      cachedWindowKpi(ctx, `health|${windowKey(ecosystem.window)}`, () =>
        ctx.db.readRows(windowAggregates(ecosystem.window)),
      ),
    ]);
    // windowAggregates returns one row of exactly WindowAggregates' numbers (snapshot-tested).
    const aggregates = row as unknown as WindowAggregates;
    const structure = read.analytics.network;
    const kindCounts = new Map<string, number>();
    for (const node of read.graph.nodes) kindCounts.set(node.kind, (kindCounts.get(node.kind) ?? 0) + 1);
    const diversity = normalisedEntropy([...kindCounts.values()]);
    const figures = healthFigures({ structure, aggregates, diversity });
    return Object.assign(new NetworkHealth(), {
      score: figures.score,
      weights: Object.assign(new HealthWeights(), HEALTH_WEIGHTS, { retention: HEALTH_WEIGHTS.partnershipRetention }),
      structureBasis: KpiBasisName.CURRENT_GRAPH,
      contributions: figures.contributions.map((contribution) =>
        Object.assign(new HealthContribution(), contribution, {
          part: contribution.part as HealthPartName,
          basis: contribution.basis as KpiBasisName,
        }),
      ),
      participants: structure.nodeCount,
      ties: structure.edgeCount,
      density: structure.density,
      averageDegree: structure.averageDegree,
      transitivity: structure.transitivity,
      averageClustering: structure.averageClustering,
      components: structure.components,
      largestComponentShare: structure.largestComponentShare,
      modularity: structure.modularity,
      communities: new Set([...read.analytics.nodes.values()].map((node) => node.community)).size,
      bridgeCount: structure.bridges.length,
      resilience: structure.resilience,
      diversity,
      growth: figures.growth,
      churn: figures.churn,
      terminatedPartnerships: aggregates.terminatedPartnerships,
      partnershipsActiveAtStart: aggregates.partnershipsActiveAtStart,
      activeShare: figures.activeShare,
      activeParticipants: aggregates.activeParticipants,
      engagementTrend: figures.engagementTrend,
      provenance: provenance(read),
      structure,
    });
  }
}

const LISTED = { min: 1, max: 100, default: 20 } as const;

@Resolver(() => NetworkHealth)
export class ConcentrationRiskResolver {
  // Participants are loaded only when asked for: the medium demo graph has 1,150 articulation
  // points, two batches of participant reads on every health read otherwise.
  @DerivedFrom('PARTY_ANALYTICS')
  @FieldResolver(() => [Participant], {
    description: 'Participants whose removal disconnects their component (`singlePointsOfFailure` says how badly).',
  })
  async articulationPoints(@Root() health: NetworkHealth, @Ctx() ctx: RequestContext): Promise<Participant[]> {
    return participants(
      ctx,
      health.structure.articulationPoints.map((point) => point.id),
    );
  }

  @FieldResolver(() => [BridgeTie], {
    description:
      'Ties whose loss would split their component, the ones cutting off the most participants first (then by participant ids).',
  })
  async bridges(
    @Root() health: NetworkHealth,
    @Arg('first', () => Int, { defaultValue: LISTED.default, description: `${LISTED.min}..${LISTED.max}.` })
    first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<BridgeTie[]> {
    inRange('first', first, LISTED.min, LISTED.max);
    const chosen = [...health.structure.bridges]
      .sort((a, b) => b.smallerSide - a.smallerSide || compareIds(a.source, b.source) || compareIds(a.target, b.target))
      .slice(0, first);
    const people = await participantsById(
      ctx,
      chosen.flatMap((tie) => [tie.source, tie.target]),
    );
    return chosen.flatMap((tie) => {
      const [source, target] = [people.get(tie.source), people.get(tie.target)];
      if (!source || !target) return [];
      return [
        Object.assign(new BridgeTie(), {
          participants: [source, target],
          weight: tie.weight,
          smallerSide: tie.smallerSide,
        }),
      ];
    });
  }

  @FieldResolver(() => [SinglePointOfFailure], {
    description:
      'Articulation points with how many participants each would cut off, most first (then by participant id).',
  })
  async singlePointsOfFailure(
    @Root() health: NetworkHealth,
    @Arg('first', () => Int, { defaultValue: LISTED.default, description: `${LISTED.min}..${LISTED.max}.` })
    first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<SinglePointOfFailure[]> {
    inRange('first', first, LISTED.min, LISTED.max);
    const chosen = [...health.structure.articulationPoints]
      .sort((a, b) => (b.cutOff ?? -1) - (a.cutOff ?? -1) || compareIds(a.id, b.id))
      .slice(0, first);
    const people = await participantsById(
      ctx,
      chosen.map((point) => point.id),
    );
    return chosen.flatMap((point) => {
      const participant = people.get(point.id);
      return participant ? [Object.assign(new SinglePointOfFailure(), { participant, cutOff: point.cutOff })] : [];
    });
  }
}

@Resolver(() => Participant)
export class ParticipantMetricsResolver {
  @FieldResolver(() => ParticipantMetrics, {
    nullable: true,
    description: 'Centralities and community on the collaboration graph; null for EXITED participants.',
  })
  async metrics(@Root() participant: Participant, @Ctx() ctx: RequestContext): Promise<ParticipantMetrics | null> {
    const read = await requestKpis(ctx);
    const node = read.analytics.nodes.get(participant.key);
    if (!node) return null;
    return Object.assign(new ParticipantMetrics(), node, { key: participant.key, provenance: provenance(read) });
  }
}

@Resolver(() => ParticipantMetrics)
export class ParticipantRankResolver {
  @FieldResolver(() => Int, { nullable: true, description: 'Rank among all participants by a metric (1 = highest).' })
  async rankIn(
    @Root() metrics: ParticipantMetrics,
    @Arg('metric', () => CentralityMetricName) metric: CentralityMetricName,
    @Ctx() ctx: RequestContext,
  ): Promise<number | null> {
    const read = await requestKpis(ctx);
    return rankings(read.analytics, metric).rankOf.get(metrics.key) ?? null;
  }
}

@Resolver()
export class CentralityResolver {
  @Query(() => CentralityRanking, {
    description: 'The top participants by a centrality (e.g. brokers by betweenness).',
  })
  async centrality(
    @Args(() => CentralityArgs) args: CentralityArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const top = inRange('top', args.top, 1, 100);
    const filter = await canonicalFilter(ctx, info, 'CentralityFilter', args.filter);
    const read = await requestKpis(ctx);
    const eligible = new Set(
      read.graph.nodes
        .filter(
          (node) =>
            (!filter?.kind?.length || filter.kind.includes(node.kind as ParticipantKind)) &&
            (!filter?.sector?.length || filter.sector.includes(node.sector)) &&
            (!filter?.region?.length || filter.region.includes(node.region)),
        )
        .map((node) => node.id),
    );
    const ranked = rankings(read.analytics, args.metric).order.filter((entry) => eligible.has(entry.id));
    const chosen = ranked.slice(0, top);
    const people = new Map(
      (
        await participants(
          ctx,
          chosen.map((entry) => entry.id),
        )
      ).map((p) => [p.key, p]),
    );
    return Object.assign(new CentralityRanking(), {
      metric: args.metric,
      matched: ranked.length,
      entries: chosen
        .filter((entry) => people.has(entry.id))
        .map((entry, i) =>
          Object.assign(new CentralityEntry(), { rank: i + 1, participant: people.get(entry.id), value: entry.value }),
        ),
      provenance: provenance(read),
    });
  }

  @Query(() => CommunityList, { description: 'Louvain communities of the collaboration graph, largest first.' })
  async communities(
    @Arg('first', () => Int, { defaultValue: 20, description: '1..100 communities.' }) first: number,
    @Arg('minSize', () => Int, { defaultValue: 2, description: 'Skip smaller communities (isolates are size 1).' })
    minSize: number,
    @Arg('membersLimit', () => Int, { defaultValue: 10, description: '0..100 members listed per community.' })
    membersLimit: number,
    @Ctx() ctx: RequestContext,
  ): Promise<CommunityList> {
    inRange('first', first, 1, 100);
    inRange('membersLimit', membersLimit, 0, 100);
    const read = await requestKpis(ctx);
    const groups = shares(read);
    const selected = groups.filter((group) => group.size >= Math.max(1, minSize)).slice(0, first);
    const communities = await Promise.all(
      selected.map(async (group) =>
        Object.assign(new Community(), group, {
          members: await participants(ctx, group.memberIds.slice(0, membersLimit)),
        }),
      ),
    );
    return Object.assign(new CommunityList(), {
      communities,
      total: groups.length,
      modularity: read.analytics.network.modularity,
      provenance: provenance(read),
    });
  }
}
