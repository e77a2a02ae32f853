/** GraphQL entry points for interactions. Thin: rules live in the service, Cypher in queries. */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../core/connection';
import { expectGlobalId } from '../../core/global-id';
import { hopConnection, hopOne, loadNode, rootConnection } from '../../graphql/resolve';
import type { RequestContext } from '../../context/context';
import { INTERACTION_PARTICIPANTS, INTERACTION_PARTNERSHIP } from '../../model/hops';
import { ParticipantConnection, PARTICIPANT_NODE } from '../participant/participant.type';
import { Partnership, PARTNERSHIP_NODE } from '../partnership/partnership.type';
import { InteractionCorrectInput, InteractionRecordInput, InteractionsArgs } from './interaction.inputs';
import { InteractionCorrectPayload, InteractionRecordPayload } from './interaction.payloads';
import { InteractionService, type InteractionResult } from './interaction.service';
import { Interaction, InteractionConnection, INTERACTION_NODE } from './interaction.type';
import { interactionListing } from './interaction.listing';

function toPayload<T extends InteractionRecordPayload | InteractionCorrectPayload>(
  payload: T,
  result: InteractionResult,
): T {
  return Object.assign(payload, {
    interaction: result.interaction ? Interaction.from(result.interaction) : null,
    userErrors: result.userErrors,
  });
}

@Resolver(() => Interaction)
export class InteractionResolver {
  @Query(() => Interaction, {
    nullable: true,
    description: 'An interaction by its global id (corrected ones too, for their history).',
  })
  interaction(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Interaction | null> {
    return loadNode(ctx, info, INTERACTION_NODE, expectGlobalId(id, 'Interaction'));
  }

  @Query(() => InteractionConnection, {
    description: 'Interactions (corrected ones replaced by their corrections), filtered, a page at a time.',
  })
  interactions(
    @Args(() => InteractionsArgs) args: InteractionsArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const { filter, ordering } = interactionListing(args);
    return rootConnection(ctx, info, InteractionConnection, INTERACTION_NODE, args, filter, ordering);
  }

  @FieldResolver(() => ParticipantConnection, { description: 'The participants who engaged in it, by name.' })
  participants(
    @Root() interaction: Interaction,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return hopConnection(
      ctx,
      info,
      ParticipantConnection,
      INTERACTION_PARTICIPANTS,
      interaction.key,
      args,
      null,
      { field: 'NAME', direction: 'ASC' },
      PARTICIPANT_NODE,
    );
  }

  @FieldResolver(() => Partnership, { description: 'The partnership it happened within.' })
  partnership(
    @Root() interaction: Interaction,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Partnership | null> {
    return hopOne(ctx, info, INTERACTION_PARTNERSHIP, interaction.key, 'NAME', PARTNERSHIP_NODE);
  }

  @FieldResolver(() => Interaction, { nullable: true, description: 'The earlier interaction this one corrects.' })
  corrects(
    @Root() interaction: Interaction,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Interaction | null> {
    return interaction.correctsKey
      ? loadNode(ctx, info, INTERACTION_NODE, interaction.correctsKey)
      : Promise.resolve(null);
  }

  @Mutation(() => InteractionRecordPayload, {
    nullable: true,
    description: 'Records an engagement event within a partnership.',
  })
  async interactionRecord(
    @Arg('input', () => InteractionRecordInput) input: InteractionRecordInput,
    @Ctx() ctx: RequestContext,
  ): Promise<InteractionRecordPayload> {
    const result = await new InteractionService(ctx.db, ctx.services.clock).record(input);
    return toPayload(new InteractionRecordPayload(), result);
  }

  @Mutation(() => InteractionCorrectPayload, {
    nullable: true,
    description: 'Corrects an interaction by recording a corrected copy; the original stays, hidden from lists.',
  })
  async interactionCorrect(
    @Arg('input', () => InteractionCorrectInput) input: InteractionCorrectInput,
    @Ctx() ctx: RequestContext,
  ): Promise<InteractionCorrectPayload> {
    return toPayload(
      new InteractionCorrectPayload(),
      await new InteractionService(ctx.db, ctx.services.clock).correct(input),
    );
  }
}
