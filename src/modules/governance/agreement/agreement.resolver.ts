/** GraphQL entry points for agreements. Thin: rules live in the service, Cypher in queries. */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { expectGlobalId } from '../../../core/global-id';
import { decodeFilterIds } from '../../../graphql/paging';
import { loadNode, rootConnection } from '../../../graphql/resolve';
import type { RequestContext } from '../../../context/context';
import { Partnership } from '../../partnership/partnership.type';
import { AGREEMENT_PARTNERSHIP } from '../shared/governance.hops';
import { concernedPartnership, orderingOf } from '../shared/governance.resolve';
import {
  AgreementCreateInput,
  AgreementExecuteInput,
  AgreementsArgs,
  AgreementUpdateStatusInput,
} from './agreement.inputs';
import { AgreementCreatePayload, AgreementExecutePayload, AgreementUpdateStatusPayload } from './agreement.payloads';
import { AgreementService, type AgreementResult } from './agreement.service';
import { Agreement, AgreementConnection, AGREEMENT_NODE } from './agreement.type';

export const AGREEMENT_DEFAULT_ORDER = { field: 'CREATED_AT', direction: 'DESC' } as const;

type AgreementPayload = AgreementCreatePayload | AgreementExecutePayload | AgreementUpdateStatusPayload;

function toPayload<T extends AgreementPayload>(payload: T, result: AgreementResult): T {
  return Object.assign(payload, {
    agreement: result.record ? Agreement.from(result.record) : null,
    userErrors: result.userErrors,
  });
}

@Resolver(() => Agreement)
export class AgreementResolver {
  @Query(() => Agreement, { nullable: true, description: 'An agreement by its global id.' })
  agreement(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Agreement | null> {
    return loadNode(ctx, info, AGREEMENT_NODE, expectGlobalId(id, 'Agreement'));
  }

  @Query(() => AgreementConnection, { description: 'Agreements, filtered and ordered, a page at a time.' })
  agreements(
    @Args(() => AgreementsArgs) args: AgreementsArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const filter = decodeFilterIds(args.filter, { partnership: 'Partnership' }, expectGlobalId);
    const ordering = orderingOf(args.orderBy, AGREEMENT_DEFAULT_ORDER);
    return rootConnection(ctx, info, AgreementConnection, AGREEMENT_NODE, args, filter, ordering);
  }

  @FieldResolver(() => Partnership, { description: 'The partnership the agreement concerns.' })
  partnership(
    @Root() agreement: Agreement,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Partnership> {
    return concernedPartnership(ctx, info, AGREEMENT_PARTNERSHIP, agreement.key);
  }

  @Mutation(() => AgreementCreatePayload, {
    nullable: true,
    description: 'Drafts an agreement concerning a partnership.',
  })
  async agreementCreate(
    @Arg('input', () => AgreementCreateInput) input: AgreementCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AgreementCreatePayload> {
    return toPayload(
      new AgreementCreatePayload(),
      await new AgreementService(ctx.db, ctx.services.clock).create(input),
    );
  }

  @Mutation(() => AgreementExecutePayload, {
    nullable: true,
    description: 'Records that a DRAFT or NEGOTIATING agreement was signed: it becomes EXECUTED.',
  })
  async agreementExecute(
    @Arg('input', () => AgreementExecuteInput) input: AgreementExecuteInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AgreementExecutePayload> {
    return toPayload(
      new AgreementExecutePayload(),
      await new AgreementService(ctx.db, ctx.services.clock).execute(input),
    );
  }

  @Mutation(() => AgreementUpdateStatusPayload, {
    nullable: true,
    description: 'Moves an agreement to NEGOTIATING, EXPIRED or TERMINATED (see AgreementStatus for the moves).',
  })
  async agreementUpdateStatus(
    @Arg('input', () => AgreementUpdateStatusInput) input: AgreementUpdateStatusInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AgreementUpdateStatusPayload> {
    return toPayload(
      new AgreementUpdateStatusPayload(),
      await new AgreementService(ctx.db, ctx.services.clock).updateStatus(input),
    );
  }
}
