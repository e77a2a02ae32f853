/** GraphQL entry points for committees. Thin: rules live in the service, Cypher in queries. */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../core/connection';
import { expectGlobalId } from '../../core/global-id';
import { decodeFilterIds } from '../../graphql/paging';
import { hopConnection, loadNode, rootConnection } from '../../graphql/resolve';
import type { RequestContext } from '../../context/context';
import { COMMITTEE_MEMBERS, COMMITTEE_PARTNERSHIPS } from '../../model/hops';
import { OrderDirection } from '../../graphql/order-direction';
import { Partnership, PartnershipConnection, PARTNERSHIP_NODE } from '../partnership/partnership.type';
import { Committee, CommitteeConnection, COMMITTEE_NODE } from './committee.type';
import { TeamMember, TeamMemberConnection, TEAM_MEMBER_NODE } from './team-member.type';
import { CommitteeOrderField } from './team.enums';
import { CommitteeAddMemberInput, CommitteeCreateInput, CommitteeOverseeInput, CommitteesArgs } from './team.inputs';
import { CommitteeAddMemberPayload, CommitteeCreatePayload, CommitteeOverseePayload } from './team.payloads';
import { TeamService, type TeamResult } from './team.service';

/** The payload objects of a team result (absent objects become null). */
function payloadObjects(result: TeamResult) {
  return {
    committee: result.committee ? Committee.from(result.committee) : null,
    teamMember: result.teamMember ? TeamMember.from(result.teamMember) : null,
    partnership: result.partnership ? Partnership.from(result.partnership) : null,
    userErrors: result.userErrors,
  };
}

@Resolver(() => Committee)
export class CommitteeResolver {
  @Query(() => Committee, { nullable: true, description: 'A committee by its global id.' })
  committee(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Committee | null> {
    return loadNode(ctx, info, COMMITTEE_NODE, expectGlobalId(id, 'Committee'));
  }

  @Query(() => CommitteeConnection, { description: 'Governance committees, filtered and ordered.' })
  committees(
    @Args(() => CommitteesArgs) args: CommitteesArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const filter = decodeFilterIds(args.filter, { partnership: 'Partnership' }, expectGlobalId);
    const ordering = {
      field: args.orderBy?.field ?? CommitteeOrderField.NAME,
      direction: args.orderBy?.direction ?? OrderDirection.ASC,
    };
    return rootConnection(ctx, info, CommitteeConnection, COMMITTEE_NODE, args, filter, ordering);
  }

  @FieldResolver(() => TeamMemberConnection, { description: 'The team members sitting on it, by name.' })
  members(
    @Root() committee: Committee,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return hopConnection(
      ctx,
      info,
      TeamMemberConnection,
      COMMITTEE_MEMBERS,
      committee.key,
      args,
      null,
      { field: 'NAME', direction: 'ASC' },
      TEAM_MEMBER_NODE,
    );
  }

  @FieldResolver(() => PartnershipConnection, { description: 'The partnerships it oversees, by name.' })
  partnerships(
    @Root() committee: Committee,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return hopConnection(
      ctx,
      info,
      PartnershipConnection,
      COMMITTEE_PARTNERSHIPS,
      committee.key,
      args,
      null,
      { field: 'NAME', direction: 'ASC' },
      PARTNERSHIP_NODE,
    );
  }

  @Mutation(() => CommitteeCreatePayload, { nullable: true, description: 'Sets up a governance committee.' })
  async committeeCreate(
    @Arg('input', () => CommitteeCreateInput) input: CommitteeCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CommitteeCreatePayload> {
    const result = await new TeamService(ctx.db, ctx.services.clock).createCommittee(input);
    return Object.assign(new CommitteeCreatePayload(), payloadObjects(result));
  }

  @Mutation(() => CommitteeAddMemberPayload, {
    nullable: true,
    description: 'Seats a team member on a committee; adding a member twice keeps one membership.',
  })
  async committeeAddMember(
    @Arg('input', () => CommitteeAddMemberInput) input: CommitteeAddMemberInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CommitteeAddMemberPayload> {
    const result = await new TeamService(ctx.db, ctx.services.clock).addMember(input);
    return Object.assign(new CommitteeAddMemberPayload(), payloadObjects(result));
  }

  @Mutation(() => CommitteeOverseePayload, {
    nullable: true,
    description: 'Puts a partnership under the oversight of a committee (idempotent).',
  })
  async committeeOversee(
    @Arg('input', () => CommitteeOverseeInput) input: CommitteeOverseeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CommitteeOverseePayload> {
    const result = await new TeamService(ctx.db, ctx.services.clock).oversee(input);
    return Object.assign(new CommitteeOverseePayload(), payloadObjects(result));
  }
}
