/**
 * Network KPIs: ecosystem health, participant metrics, centrality rankings, communities.
 * Structural values come from the KPI cache (never computed per request); window-based
 * values from one aggregate statement.
 */
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  InputType,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { KpiRead } from '../../analytics/kpi-cache';
import { BadRequestError } from '../../core/errors';
import { loadNode } from '../../core/resolve';
import { resolveWindow, WindowInput } from '../../core/window';
import type { RequestContext } from '../../context/context';
import { PARTICIPANT } from '../../model/nodes';
import { ParticipantKind } from '../participant/participant.enums';
import { Participant, type ParticipantRecord } from '../participant/participant.type';
import {
  CentralityEntry,
  CentralityMetricName,
  CentralityRanking,
  Community,
  CommunityList,
  HealthWeights,
  KpiProvenance,
  NetworkHealth,
  ParticipantMetrics,
} from './analytics.types';
import { HEALTH_WEIGHTS, healthFigures, normalisedEntropy } from './health';
import { rankings, shares } from './rankings';
import { windowAggregates, type WindowAggregates } from './window-aggregates';

const toParticipant = (row: object) => Participant.from(row as ParticipantRecord);

function provenance(read: KpiRead): KpiProvenance {
  const { analytics } = read;
  return Object.assign(new KpiProvenance(), {
    version: read.version,
    currentVersion: read.currentVersion,
    stale: read.stale,
    computedAt: read.computedAt,
    engine: analytics.engine,
    elapsedMs: analytics.elapsedMs,
    betweennessSampled: analytics.betweenness.sampled,
    betweennessSampleSize: analytics.betweenness.sampleSize,
    betweennessErrorBound: analytics.betweenness.errorBound,
  });
}

/** Participants by id through the request's loader (one batched round trip). */
async function participants(ctx: RequestContext, ids: string[]): Promise<Participant[]> {
  const loaded = await Promise.all(ids.map((id) => loadNode(ctx, PARTICIPANT, id, toParticipant)));
  return loaded.filter((participant): participant is Participant => participant !== null);
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
  @Field(() => [String], { nullable: true }) sector?: string[] | null;
  @Field(() => [String], { nullable: true }) region?: string[] | null;
}

@ArgsType()
export class CentralityArgs {
  @Field(() => CentralityMetricName) metric!: CentralityMetricName;
  @Field(() => Int, { defaultValue: 10, description: '1..100.' }) top: number = 10;
  @Field(() => CentralityFilter, { nullable: true }) filter?: CentralityFilter | null;
}

@ObjectType({ description: 'The ecosystem as a whole over a time window.' })
export class Ecosystem {
  /** Resolved window, kept for the field resolvers. */
  window!: { from: Date; to: Date };
}

@Resolver(() => Ecosystem)
export class EcosystemResolver {
  @Query(() => Ecosystem, { description: 'Ecosystem-level KPIs over a window (default: the last 90 days).' })
  ecosystem(@Arg('window', () => WindowInput, { nullable: true }) window: WindowInput | null): Ecosystem {
    return Object.assign(new Ecosystem(), { window: resolveWindow(window) });
  }

  @FieldResolver(() => NetworkHealth)
  async health(@Root() ecosystem: Ecosystem, @Ctx() ctx: RequestContext): Promise<NetworkHealth> {
    const [read, [row]] = await Promise.all([
      ctx.services.kpis.read(),
      ctx.db.readRows(windowAggregates(ecosystem.window)),
    ]);
    const aggregates = row as unknown as WindowAggregates;
    const structure = read.analytics.network;
    const kindCounts = new Map<string, number>();
    for (const node of read.graph.nodes) kindCounts.set(node.kind, (kindCounts.get(node.kind) ?? 0) + 1);
    const diversity = normalisedEntropy([...kindCounts.values()]);
    const figures = healthFigures({ structure, aggregates, diversity });
    return Object.assign(new NetworkHealth(), {
      score: figures.score,
      weights: Object.assign(new HealthWeights(), HEALTH_WEIGHTS),
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
      articulationPoints: await participants(
        ctx,
        structure.articulationPoints.map((point) => point.id),
      ),
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
    const read = await ctx.services.kpis.read();
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
    const read = await ctx.services.kpis.read();
    return rankings(read.analytics, metric).rankOf.get(metrics.key) ?? null;
  }
}

@Resolver()
export class CentralityResolver {
  @Query(() => CentralityRanking, {
    description: 'The top participants by a centrality (e.g. brokers by betweenness).',
  })
  async centrality(@Args(() => CentralityArgs) args: CentralityArgs, @Ctx() ctx: RequestContext) {
    const top = inRange('top', args.top, 1, 100);
    const read = await ctx.services.kpis.read();
    const { filter } = args;
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
    const read = await ctx.services.kpis.read();
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
