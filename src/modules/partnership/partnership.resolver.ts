/** GraphQL entry points for partnerships and their lifecycle. Thin: rules live in the service. */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../core/connection';
import { expectGlobalId } from '../../core/global-id';
import { decodeFilterIds } from '../../graphql/paging';
import { fieldConnection, hopConnection, loadNode, rootConnection } from '../../graphql/resolve';
import { lookaheadField } from '../../graphql/lookahead';
import { viewerName } from '../../auth/viewer';
import type { RequestContext } from '../../context/context';
import { PARTNERSHIP_PARTIES, PARTNERSHIP_STAGE_HISTORY } from '../../model/hops';
import { OrderDirection } from '../../graphql/order-direction';
import { PARTICIPANT_NODE } from '../participant/participant.type';
import { PartnershipOrderField } from './partnership.enums';
import {
  PartnershipAddPartyInput,
  PartnershipCreateInput,
  PartnershipMoveStageInput,
  PartnershipOwnerInput,
  PartnershipRemovePartyInput,
  PartnershipsArgs,
  PartnershipUpdateInput,
  StageHistoryArgs,
} from './partnership.inputs';
import { PartnershipPartyConnection } from './partnership-party.type';
import { partyHistory } from './partnership.queries';
import { PartyPeriod, type PartyPeriodRecord } from './party-period.type';
import {
  PartnershipAddPartyPayload,
  PartnershipAssignOwnerPayload,
  PartnershipCreatePayload,
  PartnershipMoveStagePayload,
  PartnershipRemoveOwnerPayload,
  PartnershipRemovePartyPayload,
  PartnershipUpdatePayload,
} from './partnership.payloads';
import { PartnershipService, type PartnershipResult } from './partnership.service';
import { Partnership, PartnershipConnection, PARTNERSHIP_NODE } from './partnership.type';
import { StageChange, StageChangeConnection, STAGE_CHANGE_NODE } from './stage-change.type';

const service = (ctx: RequestContext) => new PartnershipService(ctx.db, viewerName(ctx.viewer), ctx.services.clock);

function payload<T extends object>(Payload: new () => T, result: PartnershipResult): T {
  return Object.assign(new Payload(), {
    partnership: result.partnership ? Partnership.from(result.partnership) : null,
    userErrors: result.userErrors,
  });
}

/** A partnership's current parties: read ahead with the partnerships of a list (graphql/lookahead.ts). */
const PARTIES_OF_PARTNERSHIP = lookaheadField({
  typeName: 'Partnership',
  fieldName: 'parties',
  hop: PARTNERSHIP_PARTIES,
  child: PARTICIPANT_NODE,
  listing: () => ({ filter: null, ordering: { field: 'NAME', direction: 'ASC' } }),
});

@Resolver(() => Partnership)
export class PartnershipResolver {
  @Query(() => Partnership, { nullable: true, description: 'A partnership by its global id.' })
  partnership(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Partnership | null> {
    return loadNode(ctx, info, PARTNERSHIP_NODE, expectGlobalId(id, 'Partnership'));
  }

  @Query(() => PartnershipConnection, { description: 'Partnerships, filtered and ordered, a page at a time.' })
  partnerships(
    @Args(() => PartnershipsArgs) args: PartnershipsArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const filter = decodeFilterIds(args.filter, { owner: 'TeamMember', party: 'Participant' }, expectGlobalId);
    const ordering = {
      field: args.orderBy?.field ?? PartnershipOrderField.NAME,
      direction: args.orderBy?.direction ?? OrderDirection.ASC,
    };
    return rootConnection(ctx, info, PartnershipConnection, PARTNERSHIP_NODE, args, filter, ordering);
  }

  @FieldResolver(() => PartnershipPartyConnection, { description: 'The participants party to it, with their roles.' })
  parties(
    @Root() partnership: Partnership,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return fieldConnection(
      ctx,
      info,
      PartnershipPartyConnection,
      PARTIES_OF_PARTNERSHIP,
      PARTICIPANT_NODE,
      partnership.key,
      args,
      (edge) => ({ role: edge?.role, addedAt: edge?.addedAt }),
    );
  }

  @FieldResolver(() => [PartyPeriod], {
    description:
      'Every period a participant was or is party to it, oldest first: removed parties and earlier roles included (`parties` lists only the current ones).',
  })
  async partyHistory(@Root() partnership: Partnership, @Ctx() ctx: RequestContext): Promise<PartyPeriod[]> {
    const loader = ctx.scope.loader<PartyPeriodRecord[]>('partnership-party-history', async (ids) => {
      const rows = await ctx.db.readRows(partyHistory(ids));
      const byId = new Map(rows.map((row) => [String(row.partnershipId), row.periods as PartyPeriodRecord[]]));
      return ids.map((id) => byId.get(id) ?? []);
    });
    return (await loader.load(partnership.key)).map((record) => PartyPeriod.from(record));
  }

  @FieldResolver(() => StageChangeConnection, { description: 'Every lifecycle move, oldest first by default.' })
  stageHistory(
    @Root() partnership: Partnership,
    @Args(() => StageHistoryArgs) args: StageHistoryArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return hopConnection(
      ctx,
      info,
      StageChangeConnection,
      PARTNERSHIP_STAGE_HISTORY,
      partnership.key,
      args,
      null,
      { field: 'AT', direction: args.direction },
      STAGE_CHANGE_NODE,
    );
  }

  @Mutation(() => PartnershipCreatePayload, {
    nullable: true,
    description: 'Starts a partnership at IDENTIFICATION with its parties (and owners).',
  })
  async partnershipCreate(
    @Arg('input', () => PartnershipCreateInput) input: PartnershipCreateInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(PartnershipCreatePayload, await service(ctx).create(input));
  }

  @Mutation(() => PartnershipUpdatePayload, { nullable: true, description: "Changes a partnership's properties." })
  async partnershipUpdate(
    @Arg('input', () => PartnershipUpdateInput) input: PartnershipUpdateInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(PartnershipUpdatePayload, await service(ctx).update(input));
  }

  @Mutation(() => PartnershipMoveStagePayload, {
    nullable: true,
    description: 'Moves a partnership through its lifecycle, enforcing the guard rules (docs/lifecycle.md).',
  })
  async partnershipMoveStage(
    @Arg('input', () => PartnershipMoveStageInput) input: PartnershipMoveStageInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PartnershipMoveStagePayload> {
    const result = await service(ctx).moveStage(input);
    return Object.assign(new PartnershipMoveStagePayload(), {
      partnership: result.partnership ? Partnership.from(result.partnership) : null,
      stageChange: result.stageChange ? StageChange.from(result.stageChange) : null,
      userErrors: result.userErrors,
    });
  }

  @Mutation(() => PartnershipAddPartyPayload, { nullable: true, description: 'Adds a party (or changes its role).' })
  async partnershipAddParty(
    @Arg('input', () => PartnershipAddPartyInput) input: PartnershipAddPartyInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(PartnershipAddPartyPayload, await service(ctx).addParty(input));
  }

  @Mutation(() => PartnershipRemovePartyPayload, { nullable: true, description: 'Removes a party.' })
  async partnershipRemoveParty(
    @Arg('input', () => PartnershipRemovePartyInput) input: PartnershipRemovePartyInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(PartnershipRemovePartyPayload, await service(ctx).removeParty(input));
  }

  @Mutation(() => PartnershipAssignOwnerPayload, {
    nullable: true,
    description: 'Makes a team member an owner (idempotent).',
  })
  async partnershipAssignOwner(
    @Arg('input', () => PartnershipOwnerInput) input: PartnershipOwnerInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(PartnershipAssignOwnerPayload, await service(ctx).assignOwner(input));
  }

  @Mutation(() => PartnershipRemoveOwnerPayload, { nullable: true, description: 'Removes an owner.' })
  async partnershipRemoveOwner(
    @Arg('input', () => PartnershipOwnerInput) input: PartnershipOwnerInput,
    @Ctx() ctx: RequestContext,
  ) {
    return payload(PartnershipRemoveOwnerPayload, await service(ctx).removeOwner(input));
  }
}
