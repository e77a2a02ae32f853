/** GraphQL entry points for risks. Thin: rules live in the service, Cypher in queries. */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { expectGlobalId } from '../../../core/global-id';
import { decodeFilterIds } from '../../../graphql/paging';
import { loadNode, rootConnection } from '../../../graphql/resolve';
import type { RequestContext } from '../../../context/context';
import { Partnership } from '../../partnership/partnership.type';
import { TeamMember } from '../../team/team-member.type';
import { RISK_OWNER, RISK_PARTNERSHIP } from '../shared/governance.hops';
import { concernedPartnership, orderingOf, owningMember } from '../shared/governance.resolve';
import { RiskRaiseInput, RisksArgs, RiskUpdateInput } from './risk.inputs';
import { RiskRaisePayload, RiskUpdatePayload } from './risk.payloads';
import { RiskService, type RiskResult } from './risk.service';
import { Risk, RiskConnection, RISK_NODE } from './risk.type';

export const RISK_DEFAULT_ORDER = { field: 'RAISED_AT', direction: 'DESC' } as const;

function toPayload<T extends RiskRaisePayload | RiskUpdatePayload>(payload: T, result: RiskResult): T {
  return Object.assign(payload, {
    risk: result.record ? Risk.from(result.record) : null,
    userErrors: result.userErrors,
  });
}

@Resolver(() => Risk)
export class RiskResolver {
  @Query(() => Risk, { nullable: true, description: 'A risk by its global id.' })
  risk(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Risk | null> {
    return loadNode(ctx, info, RISK_NODE, expectGlobalId(id, 'Risk'));
  }

  @Query(() => RiskConnection, { description: 'Risks, filtered and ordered, a page at a time.' })
  risks(@Args(() => RisksArgs) args: RisksArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    const filter = decodeFilterIds(args.filter, { partnership: 'Partnership', owner: 'TeamMember' }, expectGlobalId);
    const ordering = orderingOf(args.orderBy, RISK_DEFAULT_ORDER);
    return rootConnection(ctx, info, RiskConnection, RISK_NODE, args, filter, ordering);
  }

  @FieldResolver(() => Partnership, { description: 'The partnership the risk concerns.' })
  partnership(@Root() risk: Risk, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Partnership> {
    return concernedPartnership(ctx, info, RISK_PARTNERSHIP, risk.key);
  }

  @FieldResolver(() => TeamMember, { nullable: true, description: 'The team member who owns the risk.' })
  owner(@Root() risk: Risk, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<TeamMember | null> {
    return owningMember(ctx, info, RISK_OWNER, risk.key);
  }

  @Mutation(() => RiskRaisePayload, { nullable: true, description: 'Raises an OPEN risk about a partnership.' })
  async riskRaise(
    @Arg('input', () => RiskRaiseInput) input: RiskRaiseInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RiskRaisePayload> {
    const result = await new RiskService(ctx.db, ctx.services.clock).raise(input);
    return toPayload(new RiskRaisePayload(), result);
  }

  @Mutation(() => RiskUpdatePayload, {
    nullable: true,
    description: "Changes a risk's severity, likelihood, status or due date; a CLOSED risk is final.",
  })
  async riskUpdate(
    @Arg('input', () => RiskUpdateInput) input: RiskUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RiskUpdatePayload> {
    return toPayload(new RiskUpdatePayload(), await new RiskService(ctx.db, ctx.services.clock).update(input));
  }
}
