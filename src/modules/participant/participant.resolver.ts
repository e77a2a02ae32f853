/** GraphQL entry points for participants. Thin: rules live in the service, Cypher in queries. */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { expectGlobalId } from '../../core/global-id';
import { fieldConnection, loadNode, rootConnection } from '../../graphql/resolve';
import { lookaheadField } from '../../graphql/lookahead';
import { canonicalFilter } from '../../graphql/text-filters';
import type { RequestContext } from '../../context/context';
import { PARTICIPANT_PARTNERSHIPS } from '../../model/hops';
import { PARTNERSHIP_NODE } from '../partnership/partnership.type';
import { ParticipantOrderField } from './participant.enums';
import { OrderDirection } from '../../graphql/order-direction';
import {
  ParticipantCreateInput,
  ParticipantPartnershipsArgs,
  ParticipantsArgs,
  ParticipantUpdateInput,
} from './participant.inputs';
import { ParticipantCreatePayload, ParticipantUpdatePayload } from './participant.payloads';
import { joinedAtHistory } from './participant.queries';
import { ParticipantService, type ParticipantResult } from './participant.service';
import { JoinedAtChange, type JoinedAtChangeRecord } from './joined-at-change.type';
import { viewerName } from '../../auth/viewer';
import {
  Participant,
  ParticipantConnection,
  ParticipantPartnershipConnection,
  PARTICIPANT_NODE,
} from './participant.type';

function toPayload<T extends ParticipantCreatePayload | ParticipantUpdatePayload>(
  payload: T,
  result: ParticipantResult,
): T {
  return Object.assign(payload, {
    participant: result.participant ? Participant.from(result.participant) : null,
    userErrors: result.userErrors,
  });
}

/** A participant's partnerships: read ahead with the participants of a list (graphql/lookahead.ts). */
const PARTNERSHIPS_OF_PARTICIPANT = lookaheadField({
  typeName: 'Participant',
  fieldName: 'partnerships',
  hop: PARTICIPANT_PARTNERSHIPS,
  child: PARTNERSHIP_NODE,
  listing: (args: ParticipantPartnershipsArgs) => ({
    filter: { stage: args.stage },
    ordering: { field: 'NAME', direction: 'ASC' },
  }),
});

@Resolver(() => Participant)
export class ParticipantResolver {
  @Query(() => Participant, { nullable: true, description: 'A participant by its global id.' })
  participant(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Participant | null> {
    return loadNode(ctx, info, PARTICIPANT_NODE, expectGlobalId(id, 'Participant'));
  }

  @Query(() => ParticipantConnection, { description: 'Participants, filtered and ordered, a page at a time.' })
  async participants(
    @Args(() => ParticipantsArgs) args: ParticipantsArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const ordering = {
      field: args.orderBy?.field ?? ParticipantOrderField.NAME,
      direction: args.orderBy?.direction ?? OrderDirection.ASC,
    };
    const filter = await canonicalFilter(ctx, info, 'ParticipantFilter', args.filter);
    return rootConnection(ctx, info, ParticipantConnection, PARTICIPANT_NODE, args, filter, ordering);
  }

  @FieldResolver(() => ParticipantPartnershipConnection, {
    description: 'Partnerships this participant is party to, by name, with its role in each.',
  })
  partnerships(
    @Root() participant: Participant,
    @Args(() => ParticipantPartnershipsArgs) args: ParticipantPartnershipsArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return fieldConnection(
      ctx,
      info,
      ParticipantPartnershipConnection,
      PARTNERSHIPS_OF_PARTICIPANT,
      PARTNERSHIP_NODE,
      participant.key,
      args,
      (edge) => ({ role: edge?.role }),
    );
  }

  @FieldResolver(() => [JoinedAtChange], {
    description: 'Every change of joinedAt, oldest first, each keeping the value it replaced.',
  })
  async joinedAtHistory(@Root() participant: Participant, @Ctx() ctx: RequestContext): Promise<JoinedAtChange[]> {
    const loader = ctx.scope.loader<JoinedAtChangeRecord[]>('participant-joined-at-history', async (ids) => {
      const rows = await ctx.db.readRows(joinedAtHistory(ids));
      const byId = new Map(rows.map((row) => [String(row.participantId), row.changes as JoinedAtChangeRecord[]]));
      return ids.map((id) => byId.get(id) ?? []);
    });
    return (await loader.load(participant.key)).map((record) => JoinedAtChange.from(record));
  }

  @Mutation(() => ParticipantCreatePayload, { nullable: true, description: 'Adds a participant to the ecosystem.' })
  async participantCreate(
    @Arg('input', () => ParticipantCreateInput) input: ParticipantCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ParticipantCreatePayload> {
    return toPayload(
      new ParticipantCreatePayload(),
      await new ParticipantService(ctx.db, ctx.services.clock, viewerName(ctx.viewer)).create(input),
    );
  }

  @Mutation(() => ParticipantUpdatePayload, { nullable: true, description: "Changes a participant's properties." })
  async participantUpdate(
    @Arg('input', () => ParticipantUpdateInput) input: ParticipantUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ParticipantUpdatePayload> {
    return toPayload(
      new ParticipantUpdatePayload(),
      await new ParticipantService(ctx.db, ctx.services.clock, viewerName(ctx.viewer)).update(input),
    );
  }
}
