/** GraphQL entry points for graph exploration. */
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { canonicalFilter } from '../../graphql/text-filters';
import { BadRequestError } from '../../core/errors';
import { expectGlobalId, toGlobalId } from '../../core/global-id';
import type { RequestContext } from '../../context/context';
import { Participant } from '../participant/participant.type';
import { Partnership } from '../partnership/partnership.type';
import {
  CollaborationPathArgs,
  EXPLORATION_LIMITS,
  NeighborhoodArgs,
  SubgraphArgs,
  type SubgraphFilterInput,
  type TieFilterInput,
} from './exploration.inputs';
import type { SubgraphFilter, TieFilter } from './exploration.queries';
import { ExplorationService, type ViewData } from './exploration.service';
import { CollaborationPath, GraphEdge, GraphNode, GraphView } from './graph-view.type';

function inRange(name: string, value: number, limits: { min: number; max: number }): number {
  if (!Number.isInteger(value) || value < limits.min || value > limits.max) {
    throw new BadRequestError(`"${name}" must be between ${limits.min} and ${limits.max} (got ${value})`);
  }
  return value;
}

const list = <T>(values: T[] | null | undefined) => (values?.length ? values : null);

function tieFilter(input: TieFilterInput | null | undefined): TieFilter {
  return {
    partnershipTypes: list(input?.partnershipType),
    partnershipStages: list(input?.partnershipStage),
    includeTerminated: input?.includeTerminated ?? false,
    participantKinds: list(input?.participantKind),
  };
}

function subgraphFilter(input: SubgraphFilterInput | null | undefined): SubgraphFilter {
  return { ...tieFilter(input), sectors: list(input?.sector), regions: list(input?.region) };
}

function toView(data: ViewData, limit: number): GraphView {
  const degree = new Map<string, number>();
  for (const tie of data.ties) {
    degree.set(tie.fromId, (degree.get(tie.fromId) ?? 0) + 1);
    degree.set(tie.toId, (degree.get(tie.toId) ?? 0) + 1);
  }
  const nodeId = (key: string) => toGlobalId('Participant', key);
  return Object.assign(new GraphView(), {
    nodes: data.nodes.map(({ record, depth }) =>
      Object.assign(new GraphNode(), {
        id: nodeId(record.id),
        label: record.name,
        participant: Participant.from(record),
        depth,
        degree: degree.get(record.id) ?? 0,
      }),
    ),
    edges: data.ties.map((tie) =>
      Object.assign(new GraphEdge(), {
        id: `${nodeId(tie.fromId)}~${nodeId(tie.toId)}~${toGlobalId('Partnership', tie.partnership.id)}`,
        source: nodeId(tie.fromId),
        target: nodeId(tie.toId),
        partnership: Partnership.from(tie.partnership),
        strength: tie.strength,
      }),
    ),
    truncated: data.truncated,
    limit,
  });
}

@Resolver(() => Participant)
export class NeighborhoodResolver {
  @FieldResolver(() => GraphView, {
    description: 'The ego network around this participant: who it works with, and who they work with.',
  })
  async neighborhood(
    @Root() participant: Participant,
    @Args(() => NeighborhoodArgs) args: NeighborhoodArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<GraphView> {
    const depth = inRange('depth', args.depth, EXPLORATION_LIMITS.depth);
    const limit = inRange('limit', args.limit, EXPLORATION_LIMITS.neighborhoodNodes);
    const data = await new ExplorationService(ctx.db, ctx.services.clock).neighborhood(
      { ...participant, id: participant.key },
      depth,
      limit,
      tieFilter(args.filter),
    );
    return toView(data, limit);
  }
}

@Resolver()
export class ExplorationResolver {
  @Query(() => CollaborationPath, {
    nullable: true,
    description:
      'The shortest chain of partnerships between two participants ("who can introduce us"), or with weighted: true the chain of strongest ties. Null when none within maxHops.',
  })
  async collaborationPath(
    @Args(() => CollaborationPathArgs) args: CollaborationPathArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<CollaborationPath | null> {
    const maxHops = inRange('maxHops', args.maxHops, EXPLORATION_LIMITS.maxHops);
    const from = expectGlobalId(args.from, 'Participant');
    const to = expectGlobalId(args.to, 'Participant');
    if (from === to) throw new BadRequestError('"from" and "to" must be different participants');
    const path = await new ExplorationService(ctx.db, ctx.services.clock).path(
      from,
      to,
      maxHops,
      args.weighted,
      tieFilter(args.filter),
    );
    if (!path) return null;
    return Object.assign(new CollaborationPath(), {
      hops: path.partnerships.length,
      participants: path.participants.map((record) => Participant.from(record)),
      partnerships: path.partnerships.map((record) => Partnership.from(record)),
      cost: path.cost,
    });
  }

  @Query(() => GraphView, {
    description: 'A filtered view of the collaboration graph, the best-connected participants first, hard-capped.',
  })
  async subgraph(
    @Args(() => SubgraphArgs) args: SubgraphArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<GraphView> {
    const limit = inRange('limit', args.limit, EXPLORATION_LIMITS.subgraphNodes);
    const filter = await canonicalFilter(ctx, info, 'SubgraphFilterInput', args.filter);
    return toView(
      await new ExplorationService(ctx.db, ctx.services.clock).subgraph(subgraphFilter(filter), limit),
      limit,
    );
  }
}
