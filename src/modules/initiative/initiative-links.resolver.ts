/** The initiative fields on Partnership and Participant. */
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { hopConnection } from '../../graphql/resolve';
import type { RequestContext } from '../../context/context';
import { PARTICIPANT_INITIATIVES, PARTNERSHIP_INITIATIVES } from '../../model/hops';
import { Participant } from '../participant/participant.type';
import { Partnership } from '../partnership/partnership.type';
import { InitiativeLinkArgs } from './initiative.inputs';
import { InitiativeConnection, ParticipantInitiativeConnection, INITIATIVE_NODE } from './initiative.type';

const LATEST_FIRST = { field: 'STARTS_AT', direction: 'DESC' } as const;

@Resolver(() => Partnership)
export class InitiativePartnershipResolver {
  @FieldResolver(() => InitiativeConnection, {
    description: 'Initiatives run under this partnership, latest start first.',
  })
  initiatives(
    @Root() partnership: Partnership,
    @Args(() => InitiativeLinkArgs) args: InitiativeLinkArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return hopConnection(
      ctx,
      info,
      InitiativeConnection,
      PARTNERSHIP_INITIATIVES,
      partnership.key,
      args,
      { status: args.status },
      LATEST_FIRST,
      INITIATIVE_NODE,
    );
  }
}

@Resolver(() => Participant)
export class InitiativeParticipantResolver {
  @FieldResolver(() => ParticipantInitiativeConnection, {
    description: 'Initiatives this participant contributes to, latest start first, with its role in each.',
  })
  initiatives(
    @Root() participant: Participant,
    @Args(() => InitiativeLinkArgs) args: InitiativeLinkArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return hopConnection(
      ctx,
      info,
      ParticipantInitiativeConnection,
      PARTICIPANT_INITIATIVES,
      participant.key,
      args,
      { status: args.status },
      LATEST_FIRST,
      INITIATIVE_NODE,
      (edge) => ({ role: edge?.role }),
    );
  }
}
