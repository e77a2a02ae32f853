/** GraphQL entry points for participants. Thin: rules live in the service, Cypher in queries. */
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { checkPageSize, decodeCursor, toPage } from '../../core/connection';
import { expectGlobalId } from '../../core/global-id';
import type { RequestContext } from '../../context/context';
import { Partnership } from '../partnership/partnership.type';
import { OrderDirection, ParticipantOrderField } from './participant.enums';
import {
  ParticipantCreateInput,
  ParticipantPartnershipsArgs,
  ParticipantsArgs,
  ParticipantUpdateInput,
} from './participant.inputs';
import { ParticipantCreatePayload, ParticipantUpdatePayload } from './participant.payloads';
import type { ParticipantResult } from './participant.service';
import {
  Participant,
  ParticipantConnection,
  ParticipantPartnershipConnection,
  ParticipantPartnershipEdge,
  type ParticipantRecord,
} from './participant.type';

function sortValue(record: ParticipantRecord, field: ParticipantOrderField): string {
  switch (field) {
    case ParticipantOrderField.NAME:
      return record.name;
    case ParticipantOrderField.JOINED_AT:
      return record.joinedAt.toISOString();
    case ParticipantOrderField.CREATED_AT:
      return record.createdAt.toISOString();
  }
}

function toPayload<T extends ParticipantCreatePayload | ParticipantUpdatePayload>(
  payload: T,
  result: ParticipantResult,
): T {
  return Object.assign(payload, {
    participant: result.participant ? Participant.from(result.participant) : null,
    userErrors: result.userErrors,
  });
}

@Resolver(() => Participant)
export class ParticipantResolver {
  @Query(() => Participant, { nullable: true, description: 'A participant by its global id.' })
  async participant(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Participant | null> {
    const record = await ctx.loaders.participants.byId.load(expectGlobalId(id, 'Participant'));
    return record ? Participant.from(record) : null;
  }

  @Query(() => ParticipantConnection, { description: 'Participants, filtered and ordered, a page at a time.' })
  async participants(@Args(() => ParticipantsArgs) args: ParticipantsArgs, @Ctx() ctx: RequestContext) {
    const first = checkPageSize(args.first);
    const orderField = args.orderBy?.field ?? ParticipantOrderField.NAME;
    const direction = args.orderBy?.direction ?? OrderDirection.ASC;
    const records = await ctx.participants.list({
      filter: args.filter,
      orderField,
      direction,
      limit: first + 1,
      after: args.after ? decodeCursor(args.after) : null,
    });
    const page = toPage(
      records.map((record) => Participant.from(record)),
      first,
      (participant) => ({ value: sortValue(participant, orderField), id: participant.key }),
      Boolean(args.after),
    );
    return Object.assign(new ParticipantConnection(), page, {
      countAll: () => ctx.participants.count(args.filter),
    });
  }

  @FieldResolver(() => ParticipantPartnershipConnection, {
    description: 'Partnerships this participant is party to, by name.',
  })
  async partnerships(
    @Root() participant: Participant,
    @Args(() => ParticipantPartnershipsArgs) args: ParticipantPartnershipsArgs,
    @Ctx() ctx: RequestContext,
  ) {
    const first = checkPageSize(args.first);
    const loader = ctx.loaders.participants.partnerships({
      stages: args.stage?.length ? args.stage : null,
      limit: first + 1,
      after: args.after ?? null,
    });
    const { items, total } = await loader.load(participant.key);
    const page = toPage(
      items.map((item) => ({ role: item.role, partnership: Partnership.from(item.partnership) })),
      first,
      (item) => ({ value: item.partnership.name, id: item.partnership.key }),
      Boolean(args.after),
    );
    return Object.assign(new ParticipantPartnershipConnection(), {
      pageInfo: page.pageInfo,
      nodes: page.nodes.map((item) => item.partnership),
      edges: page.edges.map((edge) =>
        Object.assign(new ParticipantPartnershipEdge(), {
          cursor: edge.cursor,
          role: edge.node.role,
          node: edge.node.partnership,
        }),
      ),
      countAll: () => Promise.resolve(total),
    });
  }

  @Mutation(() => ParticipantCreatePayload, { description: 'Adds a participant to the ecosystem.' })
  async participantCreate(
    @Arg('input', () => ParticipantCreateInput) input: ParticipantCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ParticipantCreatePayload> {
    return toPayload(new ParticipantCreatePayload(), await ctx.participantService.create(input));
  }

  @Mutation(() => ParticipantUpdatePayload, { description: "Changes a participant's properties." })
  async participantUpdate(
    @Arg('input', () => ParticipantUpdateInput) input: ParticipantUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ParticipantUpdatePayload> {
    return toPayload(new ParticipantUpdatePayload(), await ctx.participantService.update(input));
  }
}
