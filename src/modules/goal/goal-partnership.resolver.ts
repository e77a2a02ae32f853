/** Partnership.goals: the goals set for a partnership. */
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
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
  ) {
    return hopConnection(
      ctx,
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
