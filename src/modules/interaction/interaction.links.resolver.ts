/** Attaches interactions to Partnership and Participant (type-graphql merges resolver classes). */
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { hopConnection, type SelectionInfo } from '../../graphql/resolve';
import type { RequestContext } from '../../context/context';
import type { HopSpec } from '../../db/node-spec';
import { PARTICIPANT_INTERACTIONS, PARTNERSHIP_INTERACTIONS } from '../../model/hops';
import { Participant } from '../participant/participant.type';
import { Partnership } from '../partnership/partnership.type';
import { InteractionsArgs } from './interaction.inputs';
import { interactionListing } from './interaction.listing';
import { InteractionConnection, INTERACTION_NODE } from './interaction.type';

function interactionsOf(
  ctx: RequestContext,
  info: SelectionInfo,
  hop: HopSpec,
  parentKey: string,
  args: InteractionsArgs,
) {
  const { filter, ordering } = interactionListing(args);
  return hopConnection(ctx, info, InteractionConnection, hop, parentKey, args, filter, ordering, INTERACTION_NODE);
}

@Resolver(() => Partnership)
export class PartnershipInteractionsResolver {
  @FieldResolver(() => InteractionConnection, { description: 'Interactions within this partnership, newest first.' })
  interactions(
    @Root() partnership: Partnership,
    @Args(() => InteractionsArgs) args: InteractionsArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return interactionsOf(ctx, info, PARTNERSHIP_INTERACTIONS, partnership.key, args);
  }
}

@Resolver(() => Participant)
export class ParticipantInteractionsResolver {
  @FieldResolver(() => InteractionConnection, {
    description: 'Interactions this participant engaged in, newest first.',
  })
  interactions(
    @Root() participant: Participant,
    @Args(() => InteractionsArgs) args: InteractionsArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return interactionsOf(ctx, info, PARTICIPANT_INTERACTIONS, participant.key, args);
  }
}
