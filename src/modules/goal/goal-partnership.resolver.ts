/** Partnership.goals: the goals set for a partnership. */
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../core/connection';
import { hopConnection } from '../../graphql/resolve';
import type { RequestContext } from '../../context/context';
import { PARTNERSHIP_GOALS } from '../../model/hops';
import { Partnership } from '../partnership/partnership.type';
import { GoalConnection, GOAL_NODE } from './goal.type';

@Resolver(() => Partnership)
export class GoalPartnershipResolver {
  @FieldResolver(() => GoalConnection, { description: 'Goals set for this partnership, soonest due first.' })
  goals(
    @Root() partnership: Partnership,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return hopConnection(
      ctx,
      info,
      GoalConnection,
      PARTNERSHIP_GOALS,
      partnership.key,
      args,
      null,
      { field: 'DUE', direction: 'ASC' },
      GOAL_NODE,
    );
  }
}
