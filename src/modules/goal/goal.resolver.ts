/** GraphQL entry points for goals. Thin: rules live in the service, Cypher in queries. */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { expectGlobalId } from '../../core/global-id';
import { decodeFilterIds } from '../../graphql/paging';
import { hopConnection, hopOne, loadNode, rootConnection } from '../../graphql/resolve';
import type { RequestContext } from '../../context/context';
import { GOAL_PROGRESS as GOAL_PROGRESS_HOP, ownerOf, partnershipOf } from '../../model/hops';
import { GOAL } from '../../model/nodes';
import { OrderDirection } from '../../graphql/order-direction';
import { Partnership, PARTNERSHIP_NODE } from '../partnership/partnership.type';
import { TeamMember, TEAM_MEMBER_NODE } from '../team/team-member.type';
import { GoalProgressConnection, GoalProgress, GOAL_PROGRESS_NODE } from './goal-progress.type';
import { mapLoaded } from '../../db/node-spec';
import { GoalOrderField } from './goal.enums';
import {
  GoalAddProgressInput,
  GoalCreateInput,
  GoalProgressArgs,
  GoalsArgs,
  GoalUpdateProgressInput,
} from './goal.inputs';
import { GoalAddProgressPayload, GoalCreatePayload, GoalUpdateProgressPayload } from './goal.payloads';
import { GoalService, type GoalResult } from './goal.service';
import { Goal, GoalConnection, GOAL_NODE } from './goal.type';
import { carriedBasis, withBasis } from '../../auth/derivation';

const GOAL_PARTNERSHIP = partnershipOf(GOAL, 'FOR');
const GOAL_OWNER = ownerOf(GOAL);

function payloadObjects(result: GoalResult) {
  return {
    goal: result.goal ? Goal.from(result.goal) : null,
    // A progress value is in the unit of its goal (money for a VALUE goal; unknown: treated as money).
    progress: result.progress
      ? withBasis(GoalProgress.from(result.progress), result.goal ? Goal.from(result.goal).basis() : ['MONEY'])
      : null,
    userErrors: result.userErrors,
  };
}

@Resolver(() => Goal)
export class GoalResolver {
  @Query(() => Goal, { nullable: true, description: 'A goal by its global id.' })
  goal(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Goal | null> {
    return loadNode(ctx, info, GOAL_NODE, expectGlobalId(id, 'Goal'));
  }

  @Query(() => GoalConnection, { description: 'Ecosystem and partnership goals, filtered and ordered.' })
  goals(@Args(() => GoalsArgs) args: GoalsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    const filter = decodeFilterIds(args.filter, { partnership: 'Partnership', owner: 'TeamMember' }, expectGlobalId);
    const ordering = {
      field: args.orderBy?.field ?? GoalOrderField.DUE,
      direction: args.orderBy?.direction ?? OrderDirection.ASC,
    };
    return rootConnection(ctx, info, GoalConnection, GOAL_NODE, args, filter, ordering);
  }

  @FieldResolver(() => Partnership, { nullable: true, description: 'The partnership; null for an ecosystem goal.' })
  partnership(
    @Root() goal: Goal,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Partnership | null> {
    return hopOne(ctx, info, GOAL_PARTNERSHIP, goal.key, 'NAME', PARTNERSHIP_NODE);
  }

  @FieldResolver(() => TeamMember, { nullable: true, description: 'The team member accountable for it.' })
  owner(@Root() goal: Goal, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<TeamMember | null> {
    return hopOne(ctx, info, GOAL_OWNER, goal.key, 'NAME', TEAM_MEMBER_NODE);
  }

  @FieldResolver(() => GoalProgressConnection, { description: 'The measurements so far, by `at`.' })
  progress(
    @Root() goal: Goal,
    @Args(() => GoalProgressArgs) args: GoalProgressArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return hopConnection(
      ctx,
      info,
      GoalProgressConnection,
      GOAL_PROGRESS_HOP,
      goal.key,
      args,
      null,
      { field: 'AT', direction: args.direction },
      // Each entry is in the unit of its goal: it carries the goal's basis.
      mapLoaded(GOAL_PROGRESS_NODE, (entry) => withBasis(entry, carriedBasis(goal) ?? ['MONEY'])),
    );
  }

  @Mutation(() => GoalCreatePayload, {
    nullable: true,
    description: 'Sets a goal for the ecosystem or one partnership.',
  })
  async goalCreate(
    @Arg('input', () => GoalCreateInput) input: GoalCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<GoalCreatePayload> {
    const result = await new GoalService(ctx.db, ctx.services.clock).create(input);
    return Object.assign(new GoalCreatePayload(), payloadObjects(result));
  }

  @Mutation(() => GoalUpdateProgressPayload, {
    nullable: true,
    description: "Records a measurement of a goal's metric; its value becomes the goal's `actual`.",
  })
  async goalUpdateProgress(
    @Arg('input', () => GoalUpdateProgressInput) input: GoalUpdateProgressInput,
    @Ctx() ctx: RequestContext,
  ): Promise<GoalUpdateProgressPayload> {
    const result = await new GoalService(ctx.db, ctx.services.clock).updateProgress(input);
    return Object.assign(new GoalUpdateProgressPayload(), payloadObjects(result));
  }

  @Mutation(() => GoalAddProgressPayload, {
    nullable: true,
    description:
      "Adds an amount to a cumulative goal's `actual` (read, add and write under the goal's lock) and records the new total.",
  })
  async goalAddProgress(
    @Arg('input', () => GoalAddProgressInput) input: GoalAddProgressInput,
    @Ctx() ctx: RequestContext,
  ): Promise<GoalAddProgressPayload> {
    const result = await new GoalService(ctx.db, ctx.services.clock).addProgress(input);
    return Object.assign(new GoalAddProgressPayload(), payloadObjects(result));
  }
}
