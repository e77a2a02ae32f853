/** GraphQL entry points for decisions. Thin: rules live in the service, Cypher in queries. */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { expectGlobalId } from '../../../core/global-id';
import { decodeFilterIds } from '../../../graphql/paging';
import { loadNode, rootConnection } from '../../../graphql/resolve';
import type { RequestContext } from '../../../context/context';
import { Partnership } from '../../partnership/partnership.type';
import { TeamMember } from '../../team/team-member.type';
import { DECISION_OWNER, DECISION_PARTNERSHIP } from '../shared/governance.hops';
import { concernedPartnership, orderingOf, owningMember } from '../shared/governance.resolve';
import { DecisionRecordInput, DecisionsArgs } from './decision.inputs';
import { DecisionRecordPayload } from './decision.payloads';
import { DecisionService } from './decision.service';
import { Decision, DecisionConnection, DECISION_NODE } from './decision.type';

export const DECISION_DEFAULT_ORDER = { field: 'DECIDED_AT', direction: 'DESC' } as const;

@Resolver(() => Decision)
export class DecisionResolver {
  @Query(() => Decision, { nullable: true, description: 'A decision by its global id.' })
  decision(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Decision | null> {
    return loadNode(ctx, info, DECISION_NODE, expectGlobalId(id, 'Decision'));
  }

  @Query(() => DecisionConnection, { description: 'Decisions, filtered and ordered, a page at a time.' })
  decisions(
    @Args(() => DecisionsArgs) args: DecisionsArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const filter = decodeFilterIds(args.filter, { partnership: 'Partnership', owner: 'TeamMember' }, expectGlobalId);
    const ordering = orderingOf(args.orderBy, DECISION_DEFAULT_ORDER);
    return rootConnection(ctx, info, DecisionConnection, DECISION_NODE, args, filter, ordering);
  }

  @FieldResolver(() => Partnership, { description: 'The partnership the decision concerns.' })
  partnership(
    @Root() decision: Decision,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Partnership> {
    return concernedPartnership(ctx, info, DECISION_PARTNERSHIP, decision.key);
  }

  @FieldResolver(() => TeamMember, { nullable: true, description: 'The team member accountable for it.' })
  owner(
    @Root() decision: Decision,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<TeamMember | null> {
    return owningMember(ctx, info, DECISION_OWNER, decision.key);
  }

  @Mutation(() => DecisionRecordPayload, {
    nullable: true,
    description: 'Records a decision taken about a partnership.',
  })
  async decisionRecord(
    @Arg('input', () => DecisionRecordInput) input: DecisionRecordInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DecisionRecordPayload> {
    const result = await new DecisionService(ctx.db, ctx.services.clock).record(input);
    return Object.assign(new DecisionRecordPayload(), {
      decision: result.record ? Decision.from(result.record) : null,
      userErrors: result.userErrors,
    });
  }
}
