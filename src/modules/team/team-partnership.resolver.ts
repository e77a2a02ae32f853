/** The team's fields on Partnership: its owners and the committees overseeing it. */
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../core/connection';
import { hopConnection } from '../../graphql/resolve';
import type { RequestContext } from '../../context/context';
import { PARTNERSHIP_COMMITTEES, PARTNERSHIP_OWNERS } from '../../model/hops';
import { Partnership } from '../partnership/partnership.type';
import { CommitteeConnection, COMMITTEE_NODE } from './committee.type';
import { TeamMemberConnection, TEAM_MEMBER_NODE } from './team-member.type';

const BY_NAME = { field: 'NAME', direction: 'ASC' } as const;

@Resolver(() => Partnership)
export class TeamPartnershipResolver {
  @FieldResolver(() => TeamMemberConnection, { description: 'Team members owning this partnership, by name.' })
  owners(
    @Root() partnership: Partnership,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return hopConnection(
      ctx,
      info,
      TeamMemberConnection,
      PARTNERSHIP_OWNERS,
      partnership.key,
      args,
      null,
      BY_NAME,
      TEAM_MEMBER_NODE,
    );
  }

  @FieldResolver(() => CommitteeConnection, { description: 'Committees overseeing this partnership, by name.' })
  committees(
    @Root() partnership: Partnership,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return hopConnection(
      ctx,
      info,
      CommitteeConnection,
      PARTNERSHIP_COMMITTEES,
      partnership.key,
      args,
      null,
      BY_NAME,
      COMMITTEE_NODE,
    );
  }
}
