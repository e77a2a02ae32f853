/** GraphQL entry points for initiatives. Thin: rules live in the service, Cypher in queries. */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../core/connection';
import { expectGlobalId } from '../../core/global-id';
import { decodeFilterIds } from '../../graphql/paging';
import { hopConnection, hopOne, loadNode, rootConnection } from '../../graphql/resolve';
import type { RequestContext } from '../../context/context';
import { INITIATIVE_CONTRIBUTORS, INITIATIVE_PARTNERSHIP } from '../../model/hops';
import { OrderDirection } from '../../graphql/order-direction';
import { Participant, PARTICIPANT_NODE } from '../participant/participant.type';
import { Partnership, PARTNERSHIP_NODE } from '../partnership/partnership.type';
import { InitiativeOrderField } from './initiative.enums';
import {
  InitiativeAddContributorInput,
  InitiativeCreateInput,
  InitiativesArgs,
  InitiativeUpdateStatusInput,
} from './initiative.inputs';
import {
  InitiativeAddContributorPayload,
  InitiativeCreatePayload,
  InitiativeUpdateStatusPayload,
} from './initiative.payloads';
import { InitiativeService, type InitiativeResult } from './initiative.service';
import { Initiative, InitiativeConnection, InitiativeContributorConnection, INITIATIVE_NODE } from './initiative.type';

function payloadObjects(result: InitiativeResult) {
  return {
    initiative: result.initiative ? Initiative.from(result.initiative) : null,
    contributor: result.contributor ? Participant.from(result.contributor) : null,
    userErrors: result.userErrors,
  };
}

@Resolver(() => Initiative)
export class InitiativeResolver {
  @Query(() => Initiative, { nullable: true, description: 'An initiative by its global id.' })
  initiative(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Initiative | null> {
    return loadNode(ctx, info, INITIATIVE_NODE, expectGlobalId(id, 'Initiative'));
  }

  @Query(() => InitiativeConnection, { description: 'Initiatives, filtered (or searched) and ordered.' })
  initiatives(
    @Args(() => InitiativesArgs) args: InitiativesArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const filter = decodeFilterIds(
      args.filter,
      { partnership: 'Partnership', participant: 'Participant' },
      expectGlobalId,
    );
    const ordering = args.orderBy
      ? { field: args.orderBy.field, direction: args.orderBy.direction }
      : { field: InitiativeOrderField.STARTS_AT, direction: OrderDirection.DESC };
    return rootConnection(ctx, info, InitiativeConnection, INITIATIVE_NODE, args, filter, ordering);
  }

  @FieldResolver(() => InitiativeContributorConnection, {
    description: 'The participants contributing, by name, with their roles.',
  })
  contributors(
    @Root() initiative: Initiative,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return hopConnection(
      ctx,
      info,
      InitiativeContributorConnection,
      INITIATIVE_CONTRIBUTORS,
      initiative.key,
      args,
      null,
      { field: 'NAME', direction: 'ASC' },
      PARTICIPANT_NODE,
      (edge) => ({ role: edge?.role }),
    );
  }

  @FieldResolver(() => Partnership, { nullable: true, description: 'The partnership it runs under, if any.' })
  partnership(
    @Root() initiative: Initiative,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Partnership | null> {
    return hopOne(ctx, info, INITIATIVE_PARTNERSHIP, initiative.key, 'NAME', PARTNERSHIP_NODE);
  }

  @Mutation(() => InitiativeCreatePayload, {
    nullable: true,
    description: 'Starts (or plans) an initiative with its contributors.',
  })
  async initiativeCreate(
    @Arg('input', () => InitiativeCreateInput) input: InitiativeCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<InitiativeCreatePayload> {
    const result = await new InitiativeService(ctx.db, ctx.services.clock).create(input);
    return Object.assign(new InitiativeCreatePayload(), payloadObjects(result));
  }

  @Mutation(() => InitiativeAddContributorPayload, {
    nullable: true,
    description: 'Adds a contributor with a role; adding one again keeps one link and updates its role.',
  })
  async initiativeAddContributor(
    @Arg('input', () => InitiativeAddContributorInput) input: InitiativeAddContributorInput,
    @Ctx() ctx: RequestContext,
  ): Promise<InitiativeAddContributorPayload> {
    const result = await new InitiativeService(ctx.db, ctx.services.clock).addContributor(input);
    return Object.assign(new InitiativeAddContributorPayload(), payloadObjects(result));
  }

  @Mutation(() => InitiativeUpdateStatusPayload, {
    nullable: true,
    description: 'Moves an initiative to another status; COMPLETED and CANCELLED are final.',
  })
  async initiativeUpdateStatus(
    @Arg('input', () => InitiativeUpdateStatusInput) input: InitiativeUpdateStatusInput,
    @Ctx() ctx: RequestContext,
  ): Promise<InitiativeUpdateStatusPayload> {
    const result = await new InitiativeService(ctx.db, ctx.services.clock).updateStatus(input);
    return Object.assign(new InitiativeUpdateStatusPayload(), payloadObjects(result));
  }
}
