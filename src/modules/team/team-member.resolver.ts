/** GraphQL entry points for team members. Thin: rules live in the service, Cypher in queries. */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../core/connection';
import { expectGlobalId } from '../../core/global-id';
import { hopConnection, loadNode, rootConnection } from '../../graphql/resolve';
import type { RequestContext } from '../../context/context';
import { TEAM_MEMBER_COMMITTEES, TEAM_MEMBER_PARTNERSHIPS } from '../../model/hops';
import { OrderDirection } from '../../graphql/order-direction';
import { PartnershipConnection, PARTNERSHIP_NODE } from '../partnership/partnership.type';
import { CommitteeConnection, COMMITTEE_NODE } from './committee.type';
import { TeamMember, TeamMemberConnection, TEAM_MEMBER_NODE } from './team-member.type';
import { TeamMemberOrderField } from './team.enums';
import { TeamMemberCreateInput, TeamMembersArgs } from './team.inputs';
import { TeamMemberCreatePayload } from './team.payloads';
import { TeamService } from './team.service';

@Resolver(() => TeamMember)
export class TeamMemberResolver {
  @Query(() => TeamMember, { nullable: true, description: 'A team member by its global id.' })
  teamMember(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<TeamMember | null> {
    return loadNode(ctx, info, TEAM_MEMBER_NODE, expectGlobalId(id, 'TeamMember'));
  }

  @Query(() => TeamMemberConnection, { description: 'Members of the partnership team, filtered and ordered.' })
  teamMembers(
    @Args(() => TeamMembersArgs) args: TeamMembersArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const ordering = {
      field: args.orderBy?.field ?? TeamMemberOrderField.NAME,
      direction: args.orderBy?.direction ?? OrderDirection.ASC,
    };
    return rootConnection(ctx, info, TeamMemberConnection, TEAM_MEMBER_NODE, args, args.filter, ordering);
  }

  @FieldResolver(() => PartnershipConnection, { description: 'Partnerships this member owns, by name.' })
  ownedPartnerships(
    @Root() member: TeamMember,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return hopConnection(
      ctx,
      info,
      PartnershipConnection,
      TEAM_MEMBER_PARTNERSHIPS,
      member.key,
      args,
      null,
      { field: 'NAME', direction: 'ASC' },
      PARTNERSHIP_NODE,
    );
  }

  @FieldResolver(() => CommitteeConnection, { description: 'Committees this member sits on, by name.' })
  committees(
    @Root() member: TeamMember,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return hopConnection(
      ctx,
      info,
      CommitteeConnection,
      TEAM_MEMBER_COMMITTEES,
      member.key,
      args,
      null,
      { field: 'NAME', direction: 'ASC' },
      COMMITTEE_NODE,
    );
  }

  @Mutation(() => TeamMemberCreatePayload, { nullable: true, description: 'Adds a member to the partnership team.' })
  async teamMemberCreate(
    @Arg('input', () => TeamMemberCreateInput) input: TeamMemberCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<TeamMemberCreatePayload> {
    const result = await new TeamService(ctx.db, ctx.services.clock).createTeamMember(input);
    return Object.assign(new TeamMemberCreatePayload(), {
      teamMember: result.teamMember ? TeamMember.from(result.teamMember) : null,
      userErrors: result.userErrors,
    });
  }
}
