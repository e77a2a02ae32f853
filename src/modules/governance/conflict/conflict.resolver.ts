/** GraphQL entry points for conflicts. Thin: rules live in the service, Cypher in queries. */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { expectGlobalId } from '../../../core/global-id';
import { decodeFilterIds } from '../../../graphql/paging';
import { loadNode, rootConnection } from '../../../graphql/resolve';
import type { RequestContext } from '../../../context/context';
import { Partnership } from '../../partnership/partnership.type';
import { CONFLICT_PARTNERSHIP } from '../shared/governance.hops';
import { concernedPartnership, orderingOf } from '../shared/governance.resolve';
import { ConflictEscalateInput, ConflictOpenInput, ConflictResolveInput, ConflictsArgs } from './conflict.inputs';
import { ConflictEscalatePayload, ConflictOpenPayload, ConflictResolvePayload } from './conflict.payloads';
import { ConflictService, type ConflictResult } from './conflict.service';
import { Conflict, ConflictConnection, CONFLICT_NODE } from './conflict.type';

export const CONFLICT_DEFAULT_ORDER = { field: 'OPENED_AT', direction: 'DESC' } as const;

type ConflictPayload = ConflictOpenPayload | ConflictEscalatePayload | ConflictResolvePayload;

function toPayload<T extends ConflictPayload>(payload: T, result: ConflictResult): T {
  return Object.assign(payload, {
    conflict: result.record ? Conflict.from(result.record) : null,
    userErrors: result.userErrors,
  });
}

@Resolver(() => Conflict)
export class ConflictResolver {
  @Query(() => Conflict, { nullable: true, description: 'A conflict by its global id.' })
  conflict(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Conflict | null> {
    return loadNode(ctx, info, CONFLICT_NODE, expectGlobalId(id, 'Conflict'));
  }

  @Query(() => ConflictConnection, { description: 'Conflicts, filtered and ordered, a page at a time.' })
  conflicts(
    @Args(() => ConflictsArgs) args: ConflictsArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const filter = decodeFilterIds(args.filter, { partnership: 'Partnership' }, expectGlobalId);
    const ordering = orderingOf(args.orderBy, CONFLICT_DEFAULT_ORDER);
    return rootConnection(ctx, info, ConflictConnection, CONFLICT_NODE, args, filter, ordering);
  }

  @FieldResolver(() => Partnership, { description: 'The partnership the conflict arose in.' })
  partnership(
    @Root() conflict: Conflict,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Partnership> {
    return concernedPartnership(ctx, info, CONFLICT_PARTNERSHIP, conflict.key);
  }

  @Mutation(() => ConflictOpenPayload, { nullable: true, description: 'Opens a conflict within a partnership.' })
  async conflictOpen(
    @Arg('input', () => ConflictOpenInput) input: ConflictOpenInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ConflictOpenPayload> {
    return toPayload(new ConflictOpenPayload(), await new ConflictService(ctx.db, ctx.services.clock).open(input));
  }

  @Mutation(() => ConflictEscalatePayload, { nullable: true, description: 'Escalates an OPEN conflict.' })
  async conflictEscalate(
    @Arg('input', () => ConflictEscalateInput) input: ConflictEscalateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ConflictEscalatePayload> {
    return toPayload(
      new ConflictEscalatePayload(),
      await new ConflictService(ctx.db, ctx.services.clock).escalate(input),
    );
  }

  @Mutation(() => ConflictResolvePayload, { nullable: true, description: 'Resolves an OPEN or ESCALATED conflict.' })
  async conflictResolve(
    @Arg('input', () => ConflictResolveInput) input: ConflictResolveInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ConflictResolvePayload> {
    return toPayload(
      new ConflictResolvePayload(),
      await new ConflictService(ctx.db, ctx.services.clock).resolve(input),
    );
  }
}
